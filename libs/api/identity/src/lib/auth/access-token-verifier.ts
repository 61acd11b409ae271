import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuthUser } from '@hearth/api/core';
import { AccessTokenPayload } from './jwt-payload';
import { SessionCheck } from './session-check';

/** Checks an access token outside HTTP (a subscription's `connection_init`) as the guard does. */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionCheck,
  ) {}

  /** The signed-in person, or null for a missing, malformed, expired or revoked token. */
  async verify(token: string | undefined): Promise<AuthUser | null> {
    if (!token) return null;
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    return this.sessions.user(payload);
  }

  /** Whether a person's session is still live (re-checked when a connection subscribes again). */
  async stillValid(user: AuthUser): Promise<boolean> {
    return (await this.sessions.user({ sub: user.id, sid: user.sessionId })) !== null;
  }
}
