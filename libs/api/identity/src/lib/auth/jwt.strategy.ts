import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuthUser, preparedQuery } from '@hearth/api/core';
import { OrgRole } from '@hearth/shared/util';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DataSource } from 'typeorm';
import { AccessTokenPayload } from './jwt-payload';

/**
 * Checks every access token against its session and person (one indexed query), so signing out,
 * deactivation and role changes take effect at once rather than when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
  ) {
    const key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: given a string, jsonwebtoken first tries (and fails) to parse it as
      // a public key on every request, which showed up at ~5% of a feed request's CPU.
      secretOrKeyProvider: (_req: unknown, _token: unknown, done: (e: null, key: Buffer) => void) =>
        done(null, key as unknown as Buffer),
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: AccessTokenPayload): Promise<AuthUser | false> {
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return false;
    const rows = await preparedQuery<{ org_role: OrgRole }>(
      this.ds,
      'auth.session',
      `SELECT u.org_role FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [payload.sid, payload.sub],
    );
    const row = rows[0];
    return row ? { id: payload.sub, orgRole: row.org_role, sessionId: payload.sid } : false;
  }
}
