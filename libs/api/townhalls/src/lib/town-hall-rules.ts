import { TownHallAnswerState, TownHallState } from './town-hall.model';

/** Limits, in one place (the README quotes them). */
export const LIMITS = {
  titleMin: 3,
  titleMax: 150,
  descriptionMax: 5000,
  questionMin: 5,
  questionMax: 500,
  answerMax: 5000,
  noteMax: 500,
  hostsMax: 10,
  moderatorsMax: 20,
  budgetMax: 100,
  /** Questions per person and town hall within `askWindowSeconds` (anonymous ones included). */
  asksPerWindow: 5,
  askWindowSeconds: 600,
  listMax: 200,
  /** Groups offered at once in the "New town hall" form; a search finds the rest. */
  hostingGroups: 50,
  hostingSearchMax: 100,
} as const;

/** What a person is to a town hall, worked out in SQL (see ACCESS_COLUMNS). */
export interface TownHallAccess {
  manager: boolean;
  host: boolean;
  moderator: boolean;
  audience: boolean;
  state: TownHallState;
}

export const canSee = (a: TownHallAccess): boolean =>
  a.manager || a.host || a.moderator || (a.audience && a.state !== TownHallState.DRAFT);

export const canModerate = (a: TownHallAccess): boolean =>
  (a.manager || a.host || a.moderator) &&
  a.state !== TownHallState.DRAFT &&
  a.state !== TownHallState.ARCHIVED;

/** Asking and voting: the audience, while the town hall takes questions. */
export const canTakePart = (a: TownHallAccess): boolean =>
  a.audience && (a.state === TownHallState.OPEN || a.state === TownHallState.LIVE);

const ORDER: TownHallState[] = [
  TownHallState.DRAFT,
  TownHallState.OPEN,
  TownHallState.LIVE,
  TownHallState.ENDED,
  TownHallState.ARCHIVED,
];

/**
 * Whether `to` may follow `from`: forward only, skipping allowed (a town hall may go LIVE from a
 * DRAFT, or END without having been LIVE), except that a DRAFT cannot end or be archived.
 */
export function canMove(from: TownHallState, to: TownHallState): boolean {
  const a = ORDER.indexOf(from);
  const b = ORDER.indexOf(to);
  if (b <= a) return false;
  if (from === TownHallState.DRAFT && b > ORDER.indexOf(TownHallState.LIVE)) return false;
  return true;
}

/** Who may move a town hall to `to`: managers always; hosts may take it live and end it. */
export function mayMove(a: TownHallAccess, to: TownHallState): boolean {
  if (a.manager) return true;
  return a.host && (to === TownHallState.LIVE || to === TownHallState.ENDED);
}

/**
 * Answer states a question in `current` may move to, in a town hall in `state`. ANSWERING and
 * ANSWERED_LIVE happen while LIVE; writing and deferring also before and after it.
 */
export function answerMoveAllowed(
  state: TownHallState,
  current: TownHallAnswerState | null,
  to: TownHallAnswerState,
): boolean {
  const live = state === TownHallState.LIVE;
  const open = live || state === TownHallState.OPEN || state === TownHallState.ENDED;
  switch (to) {
    case TownHallAnswerState.ANSWERING:
      return live && (current === null || current === TownHallAnswerState.DEFERRED);
    case TownHallAnswerState.ANSWERED_LIVE:
      return (
        live &&
        (current === null ||
          current === TownHallAnswerState.ANSWERING ||
          current === TownHallAnswerState.DEFERRED)
      );
    case TownHallAnswerState.ANSWERED_IN_WRITING:
      return (
        open &&
        (current === null ||
          current === TownHallAnswerState.ANSWERING ||
          current === TownHallAnswerState.DEFERRED)
      );
    case TownHallAnswerState.DEFERRED:
      return open && (current === null || current === TownHallAnswerState.ANSWERING);
  }
}

/** One CSV field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: Array<string | number | null | undefined>): string =>
  fields.map(csvField).join(',');

/** The median of some numbers (null for none). */
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
