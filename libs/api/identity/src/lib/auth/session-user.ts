import { AuthUser, preparedQuery } from '@hearth/api/core';
import { OrgRole } from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { AccessTokenPayload } from './jwt-payload';

/**
 * The person behind an access token's claims, if their session is live and they are active (one
 * indexed query): what every HTTP request and every subscription connection is checked against.
 */
export async function sessionUser(
  ds: DataSource,
  payload: Partial<AccessTokenPayload>,
): Promise<AuthUser | null> {
  if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
  const rows = await preparedQuery<{ org_role: OrgRole }>(
    ds,
    'auth.session',
    `SELECT u.org_role FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [payload.sid, payload.sub],
  );
  const row = rows[0];
  return row ? { id: payload.sub, orgRole: row.org_role, sessionId: payload.sid } : null;
}
