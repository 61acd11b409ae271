import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  conflict,
  forbidden,
  RateLimiter,
  rateLimited,
  unauthenticated,
} from '@hearth/api/core';
import { OrgRole } from '@hearth/shared/util';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { signUpAllowed } from '../identity.policy';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { toUser } from '../users/user.mapper';
import { AuthPayload } from './auth-payload.model';
import { AccessTokenPayload } from './jwt-payload';
import { PasswordHasher } from './password-hasher';
import { SessionCache } from './session-cache';
import { SessionEntity } from './session.entity';
import { hashToken, newToken } from './tokens';

const SIGN_IN_REFUSED = 'The email or password is not right.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly sessionCache: SessionCache,
  ) {}

  /**
   * Same answer for an unknown email, a wrong password, a person without a password and a
   * deactivated person; every path spends one hash's time. Limited per account and per address.
   */
  async signIn(emailRaw: string, password: string, address: string): Promise<AuthPayload> {
    const email = emailRaw.trim().toLowerCase();
    const window = this.config.signInWindowSeconds;
    for (const [key, limit] of [
      [`sign-in:account:${email}`, this.config.signInLimitPerAccount],
      [`sign-in:address:${address}`, this.config.signInLimitPerAddress],
    ] as const) {
      const hit = await this.limiter.hit(key, limit, window);
      if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
    }
    const user = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email }) // uses uq_users_email
      .getOne();
    const ok = await this.hasher.verify(password, user?.passwordHash ?? null);
    if (!user || !ok || !user.active) throw unauthenticated(SIGN_IN_REFUSED);
    return this.ds.transaction((m) => this.startSession(m, user));
  }

  async signUp(emailRaw: string, password: string, displayName: string): Promise<AuthPayload> {
    const email = emailRaw.trim().toLowerCase();
    const org = await this.ds.getRepository(OrganisationEntity).findOneByOrFail({ id: 1 });
    if (!signUpAllowed(org.openSignUp, org.allowedEmailDomains, email)) {
      throw forbidden(
        org.openSignUp
          ? 'Sign-up is open only to the organisation’s email domains.'
          : 'Sign-up is closed: ask an admin for an invitation.',
      );
    }
    const passwordHash = await this.hasher.hash(password);
    return this.ds.transaction(async (m) => {
      const existing = await m
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email })
        .getOne();
      if (existing) throw conflict('An account with this email already exists.', 'email');
      const user = await m.save(
        m.create(UserEntity, {
          email,
          displayName: displayName.trim(),
          orgRole: OrgRole.MEMBER,
          active: true,
          passwordHash,
        }),
      );
      return this.startSession(m, user);
    });
  }

  /** Rotates the refresh token; presenting an already-rotated one ends the session (it was stolen or replayed). */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const hash = hashToken(refreshToken);
    const ended = () => unauthenticated('Your session has ended. Please sign in again.');
    // The transaction returns the session's id (and commits) when it had to revoke a replayed one.
    const result = await this.ds.transaction(async (m) => {
      const session = await m
        .getRepository(SessionEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.refresh_token_hash = :hash OR s.previous_refresh_token_hash = :hash', { hash })
        .getOne();
      if (!session || session.revokedAt || session.expiresAt <= new Date()) throw ended();
      if (session.refreshTokenHash !== hash) {
        session.revokedAt = new Date();
        await m.save(session);
        return session.id;
      }
      const user = await m.getRepository(UserEntity).findOneBy({ id: session.userId });
      if (!user?.active) throw ended();
      const next = newToken();
      session.previousRefreshTokenHash = session.refreshTokenHash;
      session.refreshTokenHash = hashToken(next);
      session.lastUsedAt = new Date();
      await m.save(session);
      return this.payload(user, session, next);
    });
    if (typeof result === 'string') {
      this.sessionCache.invalidateSession(result);
      throw ended();
    }
    return result;
  }

  async signOut(sessionId: string): Promise<boolean> {
    await this.ds
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    // This process refuses the session from the next request on; others once PostgreSQL's
    // notification reaches them (see SessionInvalidationListener).
    this.sessionCache.invalidateSession(sessionId);
    return true;
  }

  /** Opens a session for a person (inside the caller's transaction) and returns the token pair. */
  async startSession(m: EntityManager, user: UserEntity): Promise<AuthPayload> {
    if (!user.active) throw unauthenticated(SIGN_IN_REFUSED);
    const refreshToken = newToken();
    const session = await m.save(
      m.create(SessionEntity, {
        userId: user.id,
        refreshTokenHash: hashToken(refreshToken),
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
      }),
    );
    return this.payload(user, session, refreshToken);
  }

  private async payload(
    user: UserEntity,
    session: SessionEntity,
    refreshToken: string,
  ): Promise<AuthPayload> {
    const claims: AccessTokenPayload = { sub: user.id, sid: session.id };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000),
      refreshToken,
      user: toUser(user),
    };
  }

  /**
   * Ends every session of a person (deactivation), inside the caller's transaction: after it
   * commits, the caller drops them from the session cache (`SessionCache.invalidateUser`).
   */
  static async revokeAll(m: EntityManager, userId: string): Promise<void> {
    await m
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
