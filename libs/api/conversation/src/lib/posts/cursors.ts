import { decodeCursorAs } from '@hearth/api/core';

/** A cursor of (a time as PostgreSQL writes it, an id): "seen by", the approval queue. */
export function timeCursor(after: string): [string, string] {
  const [ts, id] = decodeCursorAs(after, ['timestamptz', 'uuid']);
  return [String(ts), String(id)];
}

/** A people-by-name cursor: (display_name, user id). */
export function personCursor(after: string): [string, string] {
  const [name, id] = decodeCursorAs(after, ['text', 'uuid']);
  return [String(name), String(id)];
}

/** Keyset condition for people by name after the cursor in parameters `$param` and `$param + 1`. */
export const AFTER_PERSON = (param: number): string =>
  `($${param}::text IS NULL OR (u.display_name, u.id) > ($${param}::text, $${param + 1}::uuid))`;
