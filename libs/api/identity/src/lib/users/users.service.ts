import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  badInput,
  Connection,
  containsPattern,
  forbidden,
  isUuid,
  keysetPage,
  notFound,
  preparedQuery,
} from '@hearth/api/core';
import { LIMITS, OrgRole } from '@hearth/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { SessionCache } from '../auth/session-cache';
import {
  Actor,
  avatarProblem,
  deactivationRefusal,
  managerCreatesCycle,
  maySeeInactivePeople,
  roleChangeRefusal,
} from '../identity.policy';
import { UserEntity } from './user.entity';
import { toUser, USER_FIELDS_SQL, UserFields } from './user.mapper';
import { User } from './user.model';
import { UpdateProfileInput, UsersArgs } from './dto/users.inputs';

const blankToNull = (v: string | null | undefined): string | null | undefined =>
  v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim();

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly sessionCache: SessionCache,
  ) {}

  /** One prepared statement: `me` is read by every page of the web app. */
  async me(actor: Actor): Promise<User> {
    const [row] = await preparedQuery<UserFields>(
      this.ds,
      'users.me',
      `SELECT ${USER_FIELDS_SQL} FROM users u WHERE u.id = $1`,
      [actor.id],
    );
    if (!row) throw notFound('That person');
    return toUser(row);
  }

  /** A person's profile; deactivated people are visible to admins and HR only. */
  async byId(actor: Actor, id: string): Promise<User> {
    if (!isUuid(id)) throw notFound('That person');
    const row = await this.ds.getRepository(UserEntity).findOneBy({ id });
    if (!row || (!row.active && !maySeeInactivePeople(actor))) throw notFound('That person');
    return toUser(row);
  }

  /** The directory: ordered by name, keyset-paginated, searchable by name, title and department. */
  async directory(actor: Actor, args: UsersArgs): Promise<Connection<User>> {
    if (args.includeInactive && !maySeeInactivePeople(actor))
      throw forbidden('Only admins and HR can list deactivated people.');
    const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u');
    // Invited people who have not accepted yet have no password; they are not in the directory.
    qb.where('u.password_hash IS NOT NULL');
    if (!args.includeInactive) qb.andWhere('u.active');
    const search = args.search?.trim();
    if (search) {
      const like = containsPattern(search);
      qb.andWhere(
        // The same expression as the trigram index ix_users_search_trgm, so the index serves it.
        "lower(u.display_name || ' ' || coalesce(u.title, '') || ' ' || coalesce(u.department, '')) LIKE :like",
        { like },
      );
    }
    if (args.department) qb.andWhere('u.department = :department', { department: args.department });
    return keysetPage(
      qb,
      args,
      {
        columns: ['u.display_name', 'u.id'],
        casts: ['text', 'uuid'],
        cursorOf: (r) => [r.displayName, r.id],
      },
      toUser,
    );
  }

  async departments(): Promise<string[]> {
    const rows: Array<{ department: string }> = await this.ds.query(
      `SELECT DISTINCT department FROM users WHERE active AND department IS NOT NULL ORDER BY department`,
    );
    return rows.map((r) => r.department);
  }

  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<User> {
    return this.ds.transaction(async (m) => {
      const user = await m.getRepository(UserEntity).findOneByOrFail({ id: actor.id });
      const displayName = blankToNull(input.displayName);
      if (input.displayName !== undefined) {
        if (!displayName) throw badInput('Your name cannot be empty.', 'displayName');
        user.displayName = displayName;
      }
      for (const key of ['title', 'department', 'location', 'bio'] as const) {
        const value = blankToNull(input[key]);
        if (value !== undefined) user[key] = value;
      }
      if (input.clearManager) user.managerId = null;
      else if (input.managerId) {
        await this.checkManager(m, user.id, input.managerId);
        user.managerId = input.managerId;
      }
      if (input.removeAvatar) user.avatarDataUrl = null;
      else if (input.avatarDataUrl) {
        const problem = avatarProblem(input.avatarDataUrl, LIMITS.avatarDataUrlBytes);
        if (problem) throw badInput(problem, 'avatarDataUrl');
        user.avatarDataUrl = input.avatarDataUrl;
      }
      return toUser(await m.save(user));
    });
  }

  private async checkManager(m: EntityManager, personId: string, managerId: string): Promise<void> {
    if (managerId === personId) throw badInput('You cannot be your own manager.', 'managerId');
    const manager = await m.getRepository(UserEntity).findOneBy({ id: managerId, active: true });
    if (!manager) throw badInput('Choose an active person as manager.', 'managerId');
    const rows: Array<{ id: string; manager_id: string | null }> = await m.query(
      `WITH RECURSIVE chain AS (
         SELECT id, manager_id, 1 AS depth FROM users WHERE id = $1
         UNION ALL
         SELECT u.id, u.manager_id, c.depth + 1 FROM users u JOIN chain c ON u.id = c.manager_id WHERE c.depth < 100
       ) SELECT id, manager_id FROM chain`,
      [managerId],
    );
    const chain = new Map(rows.map((r) => [r.id, r.manager_id]));
    if (managerCreatesCycle(personId, managerId, chain))
      throw badInput('That would make a loop: this person reports to you.', 'managerId');
  }

  async changeOrgRole(actor: Actor, userId: string, orgRole: OrgRole): Promise<User> {
    if (!isUuid(userId)) throw notFound('That person');
    const changed = await this.ds.transaction(async (m) => {
      const target = await m
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :userId', { userId })
        .getOne();
      if (!target) throw notFound('That person');
      // Lock every admin row so two admins cannot demote each other at the same moment.
      const admins = await m
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.org_role = :admin AND u.active', { admin: OrgRole.ADMIN })
        .getMany();
      const refusal = roleChangeRefusal(actor, userId, target.orgRole, orgRole, admins.length);
      if (refusal === 'NOT_ADMIN') throw forbidden('Only admins can change roles.');
      if (refusal === 'SELF') throw forbidden('You cannot change your own role.');
      if (refusal === 'LAST_ADMIN')
        throw forbidden(
          'The organisation needs at least one admin: make someone else admin first.',
        );
      if (target.orgRole === orgRole) return toUser(target);
      const previous = target.orgRole;
      target.orgRole = orgRole;
      await m.save(target);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'ORG_ROLE_CHANGED',
        targetUserId: userId,
        details: { from: previous, to: orgRole },
      });
      return toUser(target);
    });
    // Their sessions carry the old role: read them again from the next request on.
    this.sessionCache.invalidateUser(userId);
    return changed;
  }

  async setActive(actor: Actor, userId: string, active: boolean): Promise<User> {
    const refusal = deactivationRefusal(actor, userId);
    if (refusal === 'NOT_ADMIN')
      throw forbidden('Only admins can deactivate or reactivate people.');
    if (refusal === 'SELF') throw forbidden('You cannot deactivate or reactivate yourself.');
    if (!isUuid(userId)) throw notFound('That person');
    const changed = await this.ds.transaction(async (m) => {
      const target = await m.getRepository(UserEntity).findOneBy({ id: userId });
      if (!target) throw notFound('That person');
      if (target.active === active) return toUser(target);
      if (!active && target.orgRole === OrgRole.ADMIN) {
        const admins = await m
          .getRepository(UserEntity)
          .countBy({ orgRole: OrgRole.ADMIN, active: true });
        if (admins <= 1) throw forbidden('The organisation needs at least one active admin.');
      }
      target.active = active;
      target.deactivatedAt = active ? null : new Date();
      await m.save(target);
      if (!active) await AuthService.revokeAll(m, userId);
      await this.audit.record(m, {
        actorId: actor.id,
        action: active ? 'USER_REACTIVATED' : 'USER_DEACTIVATED',
        targetUserId: userId,
      });
      return toUser(target);
    });
    this.sessionCache.invalidateUser(userId);
    return changed;
  }
}
