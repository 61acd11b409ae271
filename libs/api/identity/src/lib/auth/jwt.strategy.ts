import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { APP_CONFIG, AppConfig, AuthUser } from '@hearth/api/core';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenPayload } from './jwt-payload';
import { SessionCheck } from './session-check';

/**
 * Checks every access token against its session and person (SessionCheck: one indexed query, or
 * the process's session cache), so signing out, deactivation and role changes take effect at once
 * rather than when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionCheck,
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
    return (await this.sessions.user(payload)) ?? false;
  }
}
