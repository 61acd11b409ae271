import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AuditService,
  conflict,
  Connection,
  forbidden,
  isUuid,
  notFound,
  pageByCreatedAt,
} from '@hearth/api/core';
import { OrgRole } from '@hearth/shared/util';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuthPayload } from '../auth/auth-payload.model';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, invitationToken } from '../auth/tokens';
import { Actor, isAdmin } from '../identity.policy';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { OrgInvitationEntity } from './org-invitation.entity';
import { OrgInvitation, OrgInvitationPreview } from './org-invitation.model';

const INVITATION_DAYS = 14;

@Injectable()
export class OrgInvitationsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
  ) {}

  private toModel(inv: OrgInvitationEntity, user: UserEntity): OrgInvitation {
    const token = invitationToken(this.config.jwtSecret, inv.id);
    return {
      id: inv.id,
      email: user.email,
      displayName: user.displayName === user.email ? null : user.displayName,
      orgRole: inv.orgRole,
      inviteUrl: `${this.config.publicUrl.replace(/\/$/, '')}/invite/${token}`,
      createdAt: inv.createdAt,
      expiresAt: inv.expiresAt,
      acceptedAt: inv.acceptedAt,
    };
  }

  /** Creates the invited person (no password yet) and the invitation, whose link the admin shares. */
  async invite(
    actor: Actor,
    emailRaw: string,
    displayName: string | null | undefined,
    orgRole: OrgRole,
  ): Promise<OrgInvitation> {
    if (!isAdmin(actor)) throw forbidden('Only admins can invite people.');
    const email = emailRaw.trim().toLowerCase();
    return this.ds.transaction(async (m) => {
      let user = await m
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email }) // uses uq_users_email
        .getOne();
      if (user?.passwordHash) throw conflict('This person already has an account.', 'email');
      if (user) {
        const pending = await m.getRepository(OrgInvitationEntity).findOneBy({
          userId: user.id,
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        });
        if (pending) throw conflict('This person already has a pending invitation.', 'email');
        user.orgRole = orgRole;
        if (displayName) user.displayName = displayName.trim();
        user = await m.save(user);
      } else {
        user = await m.save(
          m.create(UserEntity, {
            email,
            displayName: displayName?.trim() || email,
            orgRole,
            active: true,
            passwordHash: null,
          }),
        );
      }
      const inv = m.create(OrgInvitationEntity, {
        userId: user.id,
        invitedById: actor.id,
        orgRole,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        tokenHash: 'pending',
      });
      await m.save(inv);
      inv.tokenHash = hashToken(invitationToken(this.config.jwtSecret, inv.id));
      await m.save(inv);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'USER_INVITED',
        targetUserId: user.id,
        details: { orgRole },
      });
      return this.toModel(inv, user);
    });
  }

  /** Pending invitations (not used, revoked or expired), latest first, a page at a time. */
  async pending(
    actor: Actor,
    page: { first: number; after?: string | null },
  ): Promise<Connection<OrgInvitation>> {
    if (!isAdmin(actor)) throw forbidden('Only admins can see invitations.');
    const qb = this.ds
      .getRepository(OrgInvitationEntity)
      .createQueryBuilder('inv')
      .innerJoinAndSelect('inv.user', 'user')
      .where('inv.accepted_at IS NULL AND inv.revoked_at IS NULL AND inv.expires_at > now()');
    return pageByCreatedAt(
      qb,
      'inv',
      'id',
      'DESC',
      page,
      (inv) => inv.id,
      (inv) => this.toModel(inv, inv.user as UserEntity),
    );
  }

  async revoke(actor: Actor, invitationId: string): Promise<OrgInvitation> {
    if (!isAdmin(actor)) throw forbidden('Only admins can revoke invitations.');
    if (!isUuid(invitationId)) throw notFound('That invitation');
    return this.ds.transaction(async (m) => {
      const inv = await m
        .getRepository(OrgInvitationEntity)
        .findOne({ where: { id: invitationId }, relations: { user: true } });
      if (!inv?.user || inv.acceptedAt || inv.revokedAt) throw notFound('That invitation');
      inv.revokedAt = new Date();
      await m.save(inv);
      return this.toModel(inv, inv.user);
    });
  }

  private async usable(token: string): Promise<OrgInvitationEntity & { user: UserEntity }> {
    const inv = await this.ds.getRepository(OrgInvitationEntity).findOne({
      where: { tokenHash: hashToken(token) },
      relations: { user: true },
    });
    if (
      !inv?.user ||
      inv.acceptedAt ||
      inv.revokedAt ||
      inv.expiresAt <= new Date() ||
      inv.user.passwordHash
    )
      throw notFound('That invitation');
    return inv as OrgInvitationEntity & { user: UserEntity };
  }

  async preview(token: string): Promise<OrgInvitationPreview> {
    const inv = await this.usable(token);
    const org = await this.ds.getRepository(OrganisationEntity).findOneByOrFail({ id: 1 });
    return {
      email: inv.user.email,
      displayName: inv.user.displayName === inv.user.email ? null : inv.user.displayName,
      organisationName: org.name,
    };
  }

  async accept(
    token: string,
    password: string,
    displayName: string | null | undefined,
  ): Promise<AuthPayload> {
    const found = await this.usable(token);
    const passwordHash = await this.hasher.hash(password);
    return this.ds.transaction(async (m) => {
      // Lock and re-check: two tabs accepting at once must not both succeed.
      const inv = await m
        .getRepository(OrgInvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id AND i.accepted_at IS NULL AND i.revoked_at IS NULL', { id: found.id })
        .getOne();
      if (!inv) throw notFound('That invitation');
      const user = await m.getRepository(UserEntity).findOneByOrFail({ id: inv.userId });
      user.passwordHash = passwordHash;
      if (displayName?.trim()) user.displayName = displayName.trim();
      else if (user.displayName === user.email)
        user.displayName = user.email.split('@')[0] ?? user.email;
      await m.save(user);
      inv.acceptedAt = new Date();
      await m.save(inv);
      return this.auth.startSession(m, user);
    });
  }
}
