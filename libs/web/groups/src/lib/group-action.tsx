import { friendlyMessage, GroupViewerStatus } from '@hearth/web/graphql';
import { LIMITS } from '@hearth/shared/util';
import { Button, ConfirmDialog, Dialog, Notice, TextArea } from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { useCancelJoinRequest } from './api/use-cancel-join-request';
import { useJoinGroup } from './api/use-join-group';
import { useLeaveGroup } from './api/use-leave-group';
import { useRequestToJoin } from './api/use-request-to-join';

export interface ActionGroup {
  id: string;
  name: string;
  visibility: 'OPEN' | 'CLOSED' | 'SECRET';
  archived: boolean;
  viewerStatus: GroupViewerStatus;
  viewerRole?: string | null;
  membershipQuestions: string[];
}

/** The one thing the viewer can do next: join, ask to join, cancel, accept (elsewhere) or leave. */
export function GroupAction({ group, onChanged }: { group: ActionGroup; onChanged: () => void }) {
  const [join, joining] = useJoinGroup();
  const [cancel, cancelling] = useCancelJoinRequest();
  const [leave, leaving] = useLeaveGroup();
  const [asking, setAsking] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setError(friendlyMessage(err));
    }
  };
  const input = { variables: { input: { groupId: group.id } } };
  let action = null;
  if (group.archived && group.viewerStatus !== 'MEMBER')
    action = <p className="h-muted">This group is archived.</p>;
  else if (group.viewerStatus === 'MEMBER')
    action = (
      <Button onClick={() => setConfirmLeave(true)} busy={leaving.loading}>
        Leave group
      </Button>
    );
  else if (group.viewerStatus === 'BANNED')
    action = <p className="h-muted">You can’t join this group.</p>;
  else if (group.viewerStatus === 'REQUESTED')
    action = (
      <>
        <span className="h-muted">Your request is waiting for approval.</span>
        <Button small busy={cancelling.loading} onClick={() => void run(() => cancel(input))}>
          Cancel request
        </Button>
      </>
    );
  else if (group.viewerStatus === 'INVITED' || group.visibility === 'OPEN')
    action = (
      <Button variant="primary" busy={joining.loading} onClick={() => void run(() => join(input))}>
        {group.viewerStatus === 'INVITED' ? 'Accept invitation and join' : 'Join group'}
      </Button>
    );
  else if (group.visibility === 'CLOSED')
    action = (
      <Button variant="primary" onClick={() => setAsking(true)}>
        Ask to join
      </Button>
    );
  return (
    <div>
      <div className="h-row">{action}</div>
      {error && <Notice tone="error">{error}</Notice>}
      {asking && (
        <RequestToJoinDialog
          group={group}
          onClose={() => setAsking(false)}
          onDone={() => {
            setAsking(false);
            onChanged();
          }}
        />
      )}
      <ConfirmDialog
        open={confirmLeave}
        title={`Leave ${group.name}?`}
        confirmLabel="Leave group"
        danger
        busy={leaving.loading}
        onCancel={() => setConfirmLeave(false)}
        onConfirm={() => {
          setConfirmLeave(false);
          void run(() => leave(input));
        }}
      >
        {group.visibility === 'OPEN'
          ? 'You can join again at any time.'
          : 'To come back you will need to ask or be invited again.'}
      </ConfirmDialog>
    </div>
  );
}

export function RequestToJoinDialog({
  group,
  onClose,
  onDone,
}: {
  group: ActionGroup;
  onClose: () => void;
  onDone: () => void;
}) {
  const [answers, setAnswers] = useState<string[]>(group.membershipQuestions.map(() => ''));
  const [missing, setMissing] = useState(false);
  const [request, requesting] = useRequestToJoin();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (answers.some((a) => !a.trim())) {
      setMissing(true);
      return;
    }
    try {
      await request({
        variables: { input: { groupId: group.id, answers: answers.map((a) => a.trim()) } },
      });
      onDone();
    } catch {
      // shown below
    }
  };
  return (
    <Dialog title={`Ask to join ${group.name}`} open onClose={onClose}>
      <p className="h-muted">
        The group’s admins will see your request
        {group.membershipQuestions.length ? ' and your answers' : ''}.
      </p>
      {requesting.error && <Notice tone="error">{friendlyMessage(requesting.error)}</Notice>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {group.membershipQuestions.map((q, i) => (
          <TextArea
            key={i}
            label={q}
            required
            maxLength={LIMITS.membershipQuestions.answerMax}
            value={answers[i] ?? ''}
            onChange={(e) => setAnswers(answers.map((a, j) => (j === i ? e.target.value : a)))}
            error={missing && !answers[i]?.trim() ? 'Please answer this question.' : null}
          />
        ))}
        <div className="h-dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={requesting.loading}>
            Send request
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
