import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@hearth/api/core';
import { DataSource } from 'typeorm';
import { AccessTokenPayload } from './jwt-payload';
import { sessionUser } from './session-user';

/** Checks an access token outside HTTP (a subscription's `connection_init`) as the guard does. */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly ds: DataSource,
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
    return sessionUser(this.ds, payload);
  }

  /** Whether a person's session is still live (re-checked when a connection subscribes again). */
  async stillValid(user: AuthUser): Promise<boolean> {
    return (await sessionUser(this.ds, { sub: user.id, sid: user.sessionId })) !== null;
  }
}
