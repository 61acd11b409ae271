import { errorField, friendlyMessage } from '@hearth/web/graphql';
import { Checkbox, TextArea, TextField } from '@hearth/web/ui';
import { ReactNode } from 'react';
import { Person, PeoplePicker } from './people-picker';

/** The API's limits. */
export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 150;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const VOTE_BUDGET_MAX = 100;
export const HOSTS_MAX = 10;
export const MODERATORS_MAX = 20;

/** What the create and edit dialogs share (the audience is each dialog's own). */
export interface TownHallFormValues {
  title: string;
  description: string;
  /** datetime-local values, in the browser's time zone. */
  startsAt: string;
  endsAt: string;
  hosts: Person[];
  moderators: Person[];
  allowAnonymous: boolean;
  preModerated: boolean;
  /** As typed: empty for no limit. */
  voteBudget: string;
}

export type TownHallFormField =
  'title' | 'description' | 'startsAt' | 'endsAt' | 'hostIds' | 'moderatorIds' | 'voteBudget';

export type TownHallFormErrors = Partial<Record<TownHallFormField, string>>;

/** The form's values, read and checked: what is wrong, and otherwise what to send. */
export function checkTownHallForm(values: TownHallFormValues): {
  errors: TownHallFormErrors;
  budget: number | null;
  start: Date;
  end: Date;
} {
  const budget = values.voteBudget.trim() === '' ? null : Number(values.voteBudget);
  const start = new Date(values.startsAt);
  const end = new Date(values.endsAt);
  const errors: TownHallFormErrors = {};
  if (values.title.trim().length < TITLE_MIN_LENGTH)
    errors.title = `Give the town hall a title of at least ${TITLE_MIN_LENGTH} characters.`;
  if (Number.isNaN(start.getTime())) errors.startsAt = 'Choose when it starts.';
  if (Number.isNaN(end.getTime()) || end <= start) errors.endsAt = 'It must end after it starts.';
  if (!values.hosts.length) errors.hostIds = 'Choose at least one host.';
  if (budget !== null && (!Number.isInteger(budget) || budget < 1 || budget > VOTE_BUDGET_MAX))
    errors.voteBudget = `A whole number from 1 to ${VOTE_BUDGET_MAX}, or leave it empty for no limit.`;
  return { errors, budget, start, end };
}

const FIELDS: readonly string[] = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'hostIds',
  'moderatorIds',
  'voteBudget',
] satisfies TownHallFormField[];

/**
 * A mutation's error, shown where it belongs: beside the field it names (`extensions.field`), or
 * above the form (`general`) when it names none of the form's fields.
 */
export function serverErrors(
  error: unknown,
  own: readonly string[] = [],
): { field: string | null; message: string | null; general: string | null } {
  if (!error) return { field: null, message: null, general: null };
  const field = errorField(error);
  const message = friendlyMessage(error);
  const placed = field !== null && (FIELDS.includes(field) || own.includes(field));
  return { field, message, general: placed ? null : message };
}

/**
 * The fields of a town hall: title and description, then `audience` (each dialog's own), when,
 * hosts and moderators, and its rules. Errors are the form's own checks, else the server's.
 */
export function TownHallFormFields({
  values,
  onChange,
  errors,
  server,
  audience,
}: {
  values: TownHallFormValues;
  onChange: (patch: Partial<TownHallFormValues>) => void;
  errors: TownHallFormErrors;
  server: { field: string | null; message: string | null };
  audience?: ReactNode;
}) {
  const errorFor = (field: TownHallFormField) =>
    errors[field] ?? (server.field === field ? server.message : null);
  return (
    <>
      <TextField
        label="Title"
        required
        maxLength={TITLE_MAX_LENGTH}
        value={values.title}
        onChange={(e) => onChange({ title: e.target.value })}
        hint="For example “Q3 all-hands” or “Ask the leadership team”."
        error={errorFor('title')}
      />
      <TextArea
        label="Description"
        maxLength={DESCRIPTION_MAX_LENGTH}
        value={values.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errorFor('description')}
      />
      {audience}
      <div className="th-dates">
        <TextField
          label="Starts"
          type="datetime-local"
          value={values.startsAt}
          onChange={(e) => onChange({ startsAt: e.target.value })}
          error={errorFor('startsAt')}
        />
        <TextField
          label="Ends"
          type="datetime-local"
          value={values.endsAt}
          onChange={(e) => onChange({ endsAt: e.target.value })}
          error={errorFor('endsAt')}
        />
      </div>
      <PeoplePicker
        label="Hosts"
        hint="They answer questions and run the session. Type two letters of a name."
        chosen={values.hosts}
        onChange={(hosts) => onChange({ hosts })}
        max={HOSTS_MAX}
        error={errorFor('hostIds')}
      />
      <PeoplePicker
        label="Moderators"
        hint="They publish, reject and merge questions. Type two letters of a name."
        chosen={values.moderators}
        onChange={(moderators) => onChange({ moderators })}
        max={MODERATORS_MAX}
        error={errorFor('moderatorIds')}
      />
      <Checkbox
        label="Allow anonymous questions"
        hint="Nobody, moderators included, sees who asked an anonymous question."
        checked={values.allowAnonymous}
        onChange={(e) => onChange({ allowAnonymous: e.target.checked })}
      />
      <Checkbox
        label="Moderate questions before they are published"
        checked={values.preModerated}
        onChange={(e) => onChange({ preModerated: e.target.checked })}
      />
      <TextField
        label="Votes per person"
        type="number"
        inputMode="numeric"
        min={1}
        max={VOTE_BUDGET_MAX}
        value={values.voteBudget}
        onChange={(e) => onChange({ voteBudget: e.target.value })}
        hint="Leave empty for no limit."
        error={errorFor('voteBudget')}
      />
    </>
  );
}
