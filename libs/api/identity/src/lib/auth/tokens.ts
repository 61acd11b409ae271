import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random secret token for a link or a refresh token. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Only this is stored: a leaked table cannot be turned back into working tokens. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

/**
 * An invitation's token is derived from its id with the server key, so the admin can be shown the
 * link again later while the database holds only its hash.
 */
export const invitationToken = (secret: string, invitationId: string): string =>
  createHmac('sha256', secret).update(`org-invitation:${invitationId}`).digest('base64url');
