import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

/** The header that carries a request's id in and out. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a proxy or client may hand us: short, and nothing that could forge a log line. */
const WELL_FORMED = /^[\w.:-]{8,128}$/;

export function isWellFormedRequestId(value: unknown): value is string {
  return typeof value === 'string' && WELL_FORMED.test(value);
}

/** The request's id (set by `assignRequestId`, first thing on every request). */
export function requestIdOf(req: IncomingMessage): string | undefined {
  const id = (req as IncomingMessage & { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Gives every request an id: the incoming `X-Request-Id` when it is well-formed (so a proxy's id
 * follows the request through), else a new UUID. It is returned in the response header, written
 * on every log line of the request and put in GraphQL errors' `extensions.requestId`.
 */
export function assignRequestId(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const incoming = req.headers['x-request-id'];
  const id = isWellFormedRequestId(incoming) ? incoming : randomUUID();
  (req as IncomingMessage & { id: string }).id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
}
