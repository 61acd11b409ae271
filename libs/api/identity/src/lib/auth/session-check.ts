import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, preparedQuery } from '@hearth/api/core';
import { OrgRole } from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { AccessTokenPayload } from './jwt-payload';
import { SessionCache } from './session-cache';

/**
 * What every HTTP request and every subscription connection is checked against: the person behind
 * an access token's claims, if their session is live and they are active. Read with one indexed
 * query, or from the process's SessionCache while it is listening for invalidations.
 */
@Injectable()
export class SessionCheck {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly cache: SessionCache,
  ) {}

  async user(payload: Partial<AccessTokenPayload>): Promise<AuthUser | null> {
    const { sub, sid } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string') return null;
    const held = this.cache.get(sid, sub);
    if (held) return { id: sub, orgRole: held.orgRole, sessionId: sid };
    // Taken before the read: an invalidation while it runs keeps its result out of the cache.
    const generation = this.cache.generation;
    const rows = await preparedQuery<{ org_role: OrgRole; expires_at: Date }>(
      this.ds,
      'auth.session',
      `SELECT u.org_role, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [sid, sub],
    );
    const row = rows[0];
    if (!row) return null;
    this.cache.store(generation, sid, {
      userId: sub,
      orgRole: row.org_role,
      expiresAt: new Date(row.expires_at).getTime(),
    });
    return { id: sub, orgRole: row.org_role, sessionId: sid };
  }
}
