import { friendlyMessage, type TownHallState } from '@hearth/web/graphql';
import { Button, ConfirmDialog, Notice } from '@hearth/web/ui';
import { ReactNode, useState } from 'react';
import { useRefetchOnScreen } from './live-town-hall';
import { useSetTownHallState } from './api/use-set-town-hall-state';

export interface StateTownHall {
  id: string;
  title: string;
  state: TownHallState;
  viewer: { canManage: boolean; canHost: boolean };
}

interface Step {
  to: TownHallState;
  label: string;
  /** Steps that cannot be undone ask first. */
  confirm?: { title: string; text: string };
}

const AFTER_STATE = ['TownHalls', 'TownHallQuestions', 'TownHallSummary'];

const END: Step = {
  to: 'ENDED',
  label: 'End',
  confirm: {
    title: 'End the town hall?',
    text: 'No more questions or votes will be taken. This cannot be undone; the summary stays.',
  },
};

/**
 * The steps a viewer may take from a state (DRAFT → OPEN → LIVE → ENDED → ARCHIVED, never back):
 * managers take any; hosts may only go live and end.
 */
export function nextSteps(t: StateTownHall): Step[] {
  const manage = t.viewer.canManage;
  const host = manage || t.viewer.canHost;
  switch (t.state) {
    case 'DRAFT':
      return [
        ...(manage ? [{ to: 'OPEN' as const, label: 'Open for questions' }] : []),
        ...(host ? [{ to: 'LIVE' as const, label: 'Go live' }] : []),
      ];
    case 'OPEN':
      return host ? [{ to: 'LIVE', label: 'Go live' }, END] : [];
    case 'LIVE':
      return host ? [END] : [];
    case 'ENDED':
      return manage
        ? [
            {
              to: 'ARCHIVED',
              label: 'Archive',
              confirm: {
                title: 'Archive the town hall?',
                text: 'It moves out of the lists; its summary can still be read.',
              },
            },
          ]
        : [];
    case 'ARCHIVED':
      return [];
  }
}

/** The state buttons: "Open for questions", "Go live", "End", "Archive"; `children` go beside them. */
export function StateActions({
  townHall,
  children,
}: {
  townHall: StateTownHall;
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState<Step | null>(null);
  const after = useRefetchOnScreen(AFTER_STATE);
  const [setState, setting] = useSetTownHallState(after);
  const steps = nextSteps(townHall);
  if (steps.length === 0 && !children) return null;
  const go = (step: Step) =>
    void setState({ variables: { id: townHall.id, state: step.to } })
      .catch(() => undefined)
      .finally(() => setAsking(null));
  return (
    <div className="th-state-actions">
      {setting.error && (
        <Notice tone="error">
          The town hall’s state was not changed. {friendlyMessage(setting.error)}
        </Notice>
      )}
      <div className="h-row">
        {steps.map((step, i) => (
          <Button
            key={step.to}
            small
            variant={i === 0 && !step.confirm ? 'primary' : 'secondary'}
            busy={setting.loading && !asking}
            onClick={() => (step.confirm ? setAsking(step) : go(step))}
          >
            {step.label}
          </Button>
        ))}
        {children}
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={asking?.confirm?.title ?? ''}
        confirmLabel={asking?.label ?? ''}
        danger={asking?.to === 'ENDED'}
        busy={setting.loading}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && go(asking)}
      >
        <p>{asking?.confirm?.text}</p>
      </ConfirmDialog>
    </div>
  );
}
