import { badInput, decodeCursor, isTimestampText, isUuid } from '@hearth/api/core';

const badCursor = () =>
  badInput('The pagination cursor is not valid. Start again from the first page.', 'after');

/** A cursor of (a time as PostgreSQL writes it, an id): "seen by", the approval queue. */
export function timeCursor(after: string): [string, string] {
  const [ts, id] = decodeCursor(after, 2);
  if (!isTimestampText(ts) || typeof id !== 'string' || !isUuid(id)) throw badCursor();
  return [ts, id];
}

/** A people-by-name cursor: (display_name, user id). */
export function personCursor(after: string): [string, string] {
  const [name, id] = decodeCursor(after, 2);
  if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) throw badCursor();
  return [name, id];
}

/** Keyset condition for people by name after the cursor in parameters `$name` and `$name + 1`. */
export const AFTER_PERSON = (param: number): string =>
  `($${param}::text IS NULL OR (u.display_name, u.id) > ($${param}::text, $${param + 1}::uuid))`;
