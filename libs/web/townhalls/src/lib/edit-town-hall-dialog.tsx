import type { TownHallFieldsFragment, UpdateTownHallInput } from '@hearth/web/graphql';
import { Button, Dialog, Notice } from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { localInputValue } from './labels';
import { useRefetchOnScreen } from './live-town-hall';
import {
  checkTownHallForm,
  serverErrors,
  type TownHallFormErrors,
  TownHallFormFields,
  type TownHallFormValues,
} from './town-hall-form';
import { useUpdateTownHall } from './api/use-update-town-hall';

/** Views that show what an edit can change (the town hall itself updates from the reply). */
const AFTER_EDIT = ['TownHalls', 'TownHallSummary'];

export type EditableTownHall = Pick<
  TownHallFieldsFragment,
  | 'id'
  | 'title'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'allowAnonymous'
  | 'preModerated'
  | 'voteBudget'
  | 'audienceGroupName'
> & {
  hosts: Array<{ id: string; displayName: string }>;
  moderators: Array<{ id: string; displayName: string }>;
};

/** The form's values for a town hall as it is. */
export function valuesOf(t: EditableTownHall): TownHallFormValues {
  return {
    title: t.title,
    description: t.description,
    startsAt: localInputValue(new Date(t.startsAt)),
    endsAt: localInputValue(new Date(t.endsAt)),
    hosts: t.hosts.map(({ id, displayName }) => ({ id, displayName })),
    moderators: t.moderators.map(({ id, displayName }) => ({ id, displayName })),
    allowAnonymous: t.allowAnonymous,
    preModerated: t.preModerated,
    voteBudget: t.voteBudget === null || t.voteBudget === undefined ? '' : String(t.voteBudget),
  };
}

const samePeople = (a: Array<{ id: string }>, b: Array<{ id: string }>) =>
  a.length === b.length && a.every((p) => b.some((q) => q.id === p.id));

/**
 * What changed between the form as it opened and as it is now: only that is sent. A vote budget
 * emptied is 0, which the API reads as "no limit".
 */
export function changesOf(
  id: string,
  before: TownHallFormValues,
  after: TownHallFormValues,
): UpdateTownHallInput {
  const input: UpdateTownHallInput = { id };
  const { budget, start, end } = checkTownHallForm(after);
  if (after.title.trim() !== before.title.trim()) input.title = after.title.trim();
  if (after.description.trim() !== before.description.trim())
    input.description = after.description.trim();
  if (after.startsAt !== before.startsAt) input.startsAt = start.toISOString();
  if (after.endsAt !== before.endsAt) input.endsAt = end.toISOString();
  if (after.allowAnonymous !== before.allowAnonymous) input.allowAnonymous = after.allowAnonymous;
  if (after.preModerated !== before.preModerated) input.preModerated = after.preModerated;
  if (after.voteBudget.trim() !== before.voteBudget.trim()) input.voteBudget = budget ?? 0;
  if (!samePeople(after.hosts, before.hosts)) input.hostIds = after.hosts.map((h) => h.id);
  if (!samePeople(after.moderators, before.moderators))
    input.moderatorIds = after.moderators.map((m) => m.id);
  return input;
}

/** "Edit town hall": everything but its audience, prefilled; sends only what changed. */
export function EditTownHallDialog({
  townHall,
  open,
  onClose,
}: {
  townHall: EditableTownHall;
  open: boolean;
  onClose: () => void;
}) {
  const [before] = useState(() => valuesOf(townHall));
  const [values, setValues] = useState(before);
  const [errors, setErrors] = useState<TownHallFormErrors>({});
  const after = useRefetchOnScreen(AFTER_EDIT);
  const [update, updating] = useUpdateTownHall(after);
  const server = serverErrors(updating.error);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: next } = checkTownHallForm(values);
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    const input = changesOf(townHall.id, before, values);
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    try {
      const res = await update({ variables: { input } });
      if (res.data) onClose();
    } catch {
      // shown from updating.error
    }
  };

  return (
    <Dialog title="Edit town hall" open={open} onClose={onClose}>
      {server.general && <Notice tone="error">{server.general}</Notice>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TownHallFormFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={errors}
          server={server}
          audience={
            <div className="h-field">
              <span className="th-audience-fixed__label">Audience</span>
              <p className="th-audience-fixed__value">
                {townHall.audienceGroupName
                  ? `Group: ${townHall.audienceGroupName}`
                  : 'The whole organisation'}
              </p>
              <span className="h-field__hint">
                The audience cannot be changed once the town hall is created.
              </span>
            </div>
          }
        />
        <div className="h-dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={updating.loading}>
            Save changes
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
