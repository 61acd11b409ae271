import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  SECRET_GROUP_VIEWED,
  AuthUser,
  badInput,
  Connection,
  conflict,
  containsPattern,
  CursorPart,
  decodeCursorAs,
  pageByCreatedAt,
  forbidden,
  isUuid,
  JobQueue,
  keysetPage,
  notFound,
  NotifyJob,
  Outbox,
  preparedQuery,
  toConnection,
  VersionedCache,
} from '@hearth/api/core';
import { OrganisationEntity, UserEntity } from '@hearth/api/identity';
import {
  COLOR_PATTERN,
  ErrorCode,
  GroupCreationPolicy,
  GroupInvitationStatus,
  GroupRole,
  GroupVisibility,
  JoinRequestStatus,
  LIMITS,
  OrgRole,
  SLUG_PATTERN,
  slugify,
} from '@hearth/shared/util';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { GroupBanEntity } from '../membership/group-ban.entity';
import { GroupInvitationEntity } from '../membership/group-invitation.entity';
import { JoinRequestEntity } from '../membership/join-request.entity';
import { MembershipEntity } from '../membership/membership.entity';
import {
  MembershipChange,
  MembershipEvent,
  MembershipEvents,
} from '../membership/membership-events';
import { CreateGroupInput, GroupsArgs, MembersArgs, UpdateGroupInput } from './dto/groups.inputs';
import { GroupEntity } from './group.entity';
import {
  toGroup,
  toGroupBan,
  toGroupInvitation,
  toJoinRequest,
  toMembership,
} from './group.mapper';
import { Group, GroupBan, GroupInvitation, JoinRequest, Membership } from './group.model';
import {
  canActOnMember,
  canInvite,
  canSeeGroup,
  canSeeMembers,
  GroupAccess,
  permissions,
  rank,
  roleChangeRefusal,
} from './group.policy';
import { groupVisibleSql, viewerRelationColumnsSql } from '../read-api/group-access.sql';
import {
  NO_RELATION,
  ViewerRelation,
  viewerRelations as readViewerRelations,
} from '../read-api/group-read-api';

/** Groups are listed by name (the id breaks ties). */
const BY_NAME = {
  columns: ['g.name', 'g.id'],
  casts: ['text', 'uuid'] as CursorPart[],
  cursorOf: (g: GroupEntity) => [g.name, g.id],
};

const NONE = NO_RELATION;
const IMAGE = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/;
const archivedError = () =>
  new AppError(
    ErrorCode.FORBIDDEN,
    'This group is archived: it is read-only until it is unarchived.',
    {
      reason: 'ARCHIVED',
    },
  );

/** Whose membership of which group a change concerns. */
interface Subject {
  groupId: string;
  userId: string;
}

interface Loaded {
  group: GroupEntity;
  access: GroupAccess;
}

/** The random tail of a SECRET group's address: letters and digits that cannot be mistaken. */
const SECRET_SLUG_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const SECRET_SLUG_LENGTH = 10;

/** How many groups `groupsAt` keeps in memory. */
const GROUPS_KEPT = 5000;

@Injectable()
export class GroupsService {
  /** Groups as feed pages last read them (`groupsAt`); a group is a few hundred bytes. */
  private readonly kept = new VersionedCache<Group>(GROUPS_KEPT);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly jobs: JobQueue,
    private readonly memberEvents: MembershipEvents,
  ) {}

  /**
   * Runs a membership change; once it has committed, tells the group's managers live (and wakes
   * the job queue when the change recorded notifications).
   */
  private async changing<T>(
    change: MembershipChange,
    who: (result: T) => Subject | Subject[] | null,
    actorId: string,
    work: (m: EntityManager) => Promise<T>,
    jobs = false,
  ): Promise<T> {
    const result = await this.ds.transaction(work);
    if (jobs) this.jobs.wake();
    const subjects = who(result);
    for (const subject of Array.isArray(subjects) ? subjects : subjects ? [subjects] : [])
      this.memberEvents.publish({ change, ...subject, actorId });
    return result;
  }

  // ---------- batch reads (used by loaders) ----------

  /** The person's relation to each group (the read API's `viewerRelations`; loaders call it). */
  viewerRelations(
    userId: string,
    groupIds: readonly string[],
    m: EntityManager = this.ds.manager,
  ): Promise<Map<string, ViewerRelation>> {
    return readViewerRelations(m, userId, groupIds);
  }

  async memberCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ group_id: string; count: number }> = await this.ds.query(
      `SELECT group_id, count(*)::int AS count FROM group_memberships WHERE group_id = ANY($1::uuid[]) GROUP BY group_id`,
      [groupIds],
    );
    return new Map(rows.map((r) => [r.group_id, r.count]));
  }

  /** Groups by id in one prepared statement (loaders call it on every page). */
  async groupsByIds(ids: readonly string[]): Promise<Map<string, Group>> {
    const rows = await this.groupRows(ids);
    return new Map(rows.map((g) => [g.id, toGroup(g)]));
  }

  /**
   * Groups by id at the row versions (`xmin`) a statement just read with them, as a feed page
   * reads each post's group: from memory when that version is the one kept, else in one prepared
   * statement for all the others. Any change to a group's row gives it a new `xmin`, so a kept
   * group is never older than what the statement saw.
   */
  async groupsAt(versions: ReadonlyMap<string, string>): Promise<Map<string, Group>> {
    const found = new Map<string, Group>();
    const missing: string[] = [];
    for (const [id, version] of versions) {
      const kept = this.kept.get(id, version);
      if (kept) found.set(id, kept);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const row of await this.groupRows(missing)) {
        const group = toGroup(row);
        this.kept.set(row.id, row.rowVersion, group);
        found.set(row.id, group);
      }
    }
    return found;
  }

  private groupRows(ids: readonly string[]): Promise<Array<GroupEntity & { rowVersion: string }>> {
    return preparedQuery(
      this.ds,
      'groups.byIds',
      `SELECT id, slug, name, description, category, visibility, cover_color AS "coverColor",
              cover_image_url AS "coverImageUrl", posting_policy AS "postingPolicy",
              post_approval AS "postApproval", membership_questions AS "membershipQuestions",
              archived_at AS "archivedAt", created_by_id AS "createdById", created_at AS "createdAt",
              updated_at AS "updatedAt", xmin::text AS "rowVersion"
         FROM groups WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  accessOf(
    actor: Pick<AuthUser, 'orgRole'>,
    group: Group | GroupEntity,
    rel: ViewerRelation,
  ): GroupAccess {
    return {
      orgRole: actor.orgRole,
      visibility: group.visibility,
      postingPolicy: group.postingPolicy,
      archived: 'archived' in group ? group.archived : group.archivedAt !== null,
      ...rel,
    };
  }

  // ---------- loading one group with the actor's access ----------

  /** The group as the actor may see it, or NOT_FOUND (also for SECRET groups the actor may not see). */
  private async load(
    m: EntityManager,
    actor: AuthUser,
    groupId: string,
    lock = false,
  ): Promise<Loaded> {
    if (!isUuid(groupId)) throw notFound('That group');
    const qb = m
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .where('g.id = :groupId', { groupId });
    if (lock) qb.setLock('pessimistic_write');
    const group = await qb.getOne();
    if (!group) throw notFound('That group');
    const rel = (await this.viewerRelations(actor.id, [group.id], m)).get(group.id) ?? NONE;
    const access = this.accessOf(actor, group, rel);
    if (!canSeeGroup(access)) throw notFound('That group');
    return { group, access };
  }

  /** Records actions of org admins on groups they are not members of. */
  private async auditIfOutsider(
    m: EntityManager,
    actor: AuthUser,
    loaded: Loaded,
    action: string,
    targetUserId?: string | null,
    details?: Record<string, unknown>,
  ): Promise<void> {
    if (actor.orgRole === OrgRole.ADMIN && loaded.access.role === null) {
      await this.audit.record(m, {
        actorId: actor.id,
        action,
        groupId: loaded.group.id,
        targetUserId: targetUserId ?? null,
        details: { groupName: loaded.group.name, ...details },
      });
    }
  }

  private static live(loaded: Loaded): void {
    if (loaded.group.archivedAt) throw archivedError();
  }

  // ---------- reading ----------

  /** Membership changes of a group, live, for those who manage its members. */
  async membershipEvents(
    actor: AuthUser,
    groupId: string,
  ): Promise<AsyncIterableIterator<MembershipEvent>> {
    const loaded = await this.load(this.ds.manager, actor, groupId);
    GroupsService.live(loaded);
    if (!permissions(loaded.access).canManageMembers)
      throw forbidden('Only the group’s moderators and admins can follow its membership.');
    return this.memberEvents.listen(actor, groupId);
  }

  /**
   * One group by id or slug. Whether the actor may see it is decided in the same single statement
   * that finds it, so a SECRET group the actor may not see costs exactly what an unknown id or slug
   * costs (one statement, no row): neither the answer nor its timing tells them apart. An org
   * admin's read of a SECRET group they are not in is audited.
   */
  async find(actor: AuthUser, id?: string | null, slug?: string | null): Promise<Group> {
    return (await this.findWithRelation(actor, id, slug)).group;
  }

  /**
   * `find`, with the actor's relation to the group that the same statement read, for the
   * per-request loader (`primeViewerRelation`): the page's other fields then read no relation.
   */
  async findWithRelation(
    actor: AuthUser,
    id?: string | null,
    slug?: string | null,
  ): Promise<{ group: Group; relation: ViewerRelation }> {
    if (!id && !slug) throw badInput('Give the group’s id or slug.', 'id');
    if (id && !isUuid(id)) throw notFound('That group');
    const orgAdmin = actor.orgRole === OrgRole.ADMIN;
    const [row] = await this.ds.query<Array<GroupEntity & ViewerRelation>>(
      `SELECT g.id, g.slug, g.name, g.description, g.category, g.visibility,
              g.cover_color AS "coverColor", g.cover_image_url AS "coverImageUrl",
              g.posting_policy AS "postingPolicy", g.post_approval AS "postApproval",
              g.membership_questions AS "membershipQuestions", g.archived_at AS "archivedAt",
              g.created_by_id AS "createdById", g.created_at AS "createdAt", g.updated_at AS "updatedAt",
              ${viewerRelationColumnsSql('g.id', '$2::uuid')}
         FROM groups g
        WHERE g.${id ? 'id = $1::uuid' : 'slug = $1'} AND ${groupVisibleSql('g', '$2::uuid', '$3::boolean')}`,
      [id ?? (slug as string).toLowerCase(), actor.id, orgAdmin],
    );
    if (!row) throw notFound('That group');
    const { role, banned, invited, requested, ...group } = row;
    if (orgAdmin && row.visibility === GroupVisibility.SECRET && role === null)
      await this.audit.recordReads(this.ds.manager, actor.id, SECRET_GROUP_VIEWED, [
        { groupId: row.id, details: { via: 'group' } },
      ]);
    return { group: toGroup(group), relation: { role, banned, invited, requested } };
  }

  /** Directory: OPEN and CLOSED groups, plus SECRET ones I belong to (all of them for org admins). */
  async directory(actor: AuthUser, args: GroupsArgs): Promise<Connection<Group>> {
    const qb = this.ds.getRepository(GroupEntity).createQueryBuilder('g');
    if (args.mine) {
      qb.innerJoin(MembershipEntity, 'mine', 'mine.group_id = g.id AND mine.user_id = :me', {
        me: actor.id,
      });
    } else if (actor.orgRole !== OrgRole.ADMIN) {
      qb.where(
        `(g.visibility <> :secret OR EXISTS (SELECT 1 FROM group_memberships vm WHERE vm.group_id = g.id AND vm.user_id = :me))`,
        { secret: GroupVisibility.SECRET, me: actor.id },
      );
    }
    const search = args.search?.trim();
    if (search) {
      const like = containsPattern(search);
      // The same expression as the trigram index ix_groups_search_trgm.
      qb.andWhere(`lower(g.name || ' ' || g.description) LIKE :like`, { like });
    }
    if (args.category) qb.andWhere('g.category = :category', { category: args.category });
    return keysetPage(qb, args, BY_NAME, toGroup);
  }

  /** A person's groups as the viewer may see them: SECRET ones only when the viewer is in them too (or an org admin). */
  async groupsOf(
    actor: AuthUser,
    userId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<Group>> {
    const qb = this.ds
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .innerJoin(MembershipEntity, 'pm', 'pm.group_id = g.id AND pm.user_id = :userId', { userId });
    if (actor.orgRole !== OrgRole.ADMIN && actor.id !== userId) {
      qb.where(
        `(g.visibility <> :secret OR EXISTS (SELECT 1 FROM group_memberships vm WHERE vm.group_id = g.id AND vm.user_id = :me))`,
        { secret: GroupVisibility.SECRET, me: actor.id },
      );
    }
    return keysetPage(qb, { first, after }, BY_NAME, toGroup);
  }

  async members(actor: AuthUser, group: Group, args: MembersArgs): Promise<Connection<Membership>> {
    const { access } = await this.load(this.ds.manager, actor, group.id);
    if (!canSeeMembers(access)) throw notFound('That group');
    const qb = this.ds
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.group_id = :groupId', { groupId: group.id });
    if (args.role) qb.andWhere('m.role = :role', { role: args.role });
    const search = args.search?.trim();
    if (search) qb.andWhere('lower(u.display_name) LIKE :like', { like: containsPattern(search) });
    const total = await qb.getCount();
    // Owners first, then admins, moderators, members; by name within each.
    const order = `CASE m.role WHEN 'OWNER' THEN 0 WHEN 'ADMIN' THEN 1 WHEN 'MODERATOR' THEN 2 ELSE 3 END`;
    if (args.after) {
      const [r, name, id] = decodeCursorAs(args.after, ['int', 'text', 'uuid']);
      qb.andWhere(`(${order}, u.display_name, m.id) > (:r, :name, :id::uuid)`, { r, name, id });
    }
    const rows: Array<MembershipEntity & { name: string }> = await qb
      .addSelect('u.display_name', 'u_display_name')
      .orderBy(order, 'ASC')
      .addOrderBy('u.display_name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(args.first + 1)
      .getRawAndEntities()
      .then(
        ({
          entities,
          raw,
        }: {
          entities: MembershipEntity[];
          raw: Array<{ u_display_name: string }>;
        }) => entities.map((e, i) => Object.assign(e, { name: raw[i]?.u_display_name ?? '' })),
      );
    return toConnection(
      rows,
      args.first,
      (r) => [4 - rank(r.role), r.name, r.id],
      toMembership,
      total,
    );
  }

  private async requireManager(actor: AuthUser, groupId: string): Promise<Loaded> {
    const loaded = await this.load(this.ds.manager, actor, groupId);
    if (!permissions({ ...loaded.access, archived: false }).canManageMembers)
      throw forbidden('Only the group’s moderators and admins can see this.');
    return loaded;
  }

  async joinRequests(
    actor: AuthUser,
    group: Group,
    first: number,
    after?: string | null,
  ): Promise<Connection<JoinRequest>> {
    await this.requireManager(actor, group.id);
    const qb = this.ds
      .getRepository(JoinRequestEntity)
      .createQueryBuilder('r')
      .where('r.group_id = :groupId AND r.status = :pending', {
        groupId: group.id,
        pending: JoinRequestStatus.PENDING,
      });
    return pageByCreatedAt(qb, 'r', 'id', 'ASC', { first, after }, (r) => r.id, toJoinRequest);
  }

  /** Pending invitations, oldest first, a page at a time (with the total). */
  async pendingInvitations(
    actor: AuthUser,
    group: Group,
    page: { first: number; after?: string | null },
  ): Promise<Connection<GroupInvitation>> {
    const loaded = await this.load(this.ds.manager, actor, group.id);
    if (
      !permissions({ ...loaded.access, archived: false }).canManageMembers &&
      !canInvite(loaded.access)
    )
      throw forbidden('Only members who may invite can see invitations.');
    const qb = this.ds
      .getRepository(GroupInvitationEntity)
      .createQueryBuilder('i')
      .where('i.group_id = :groupId AND i.status = :pending', {
        groupId: group.id,
        pending: GroupInvitationStatus.PENDING,
      });
    return pageByCreatedAt(qb, 'i', 'id', 'ASC', page, (i) => i.id, toGroupInvitation);
  }

  /** Who is banned, latest first, a page at a time (with the total). */
  async bans(
    actor: AuthUser,
    group: Group,
    page: { first: number; after?: string | null },
  ): Promise<Connection<GroupBan>> {
    await this.requireManager(actor, group.id);
    const qb = this.ds
      .getRepository(GroupBanEntity)
      .createQueryBuilder('b')
      .where('b.group_id = :groupId', { groupId: group.id });
    return pageByCreatedAt(qb, 'b', 'user_id', 'DESC', page, (b) => b.userId, toGroupBan);
  }

  /** My pending invitations, latest first, a page at a time (with the total). */
  async myInvitations(
    actor: AuthUser,
    page: { first: number; after?: string | null },
  ): Promise<Connection<GroupInvitation>> {
    const qb = this.ds
      .getRepository(GroupInvitationEntity)
      .createQueryBuilder('i')
      .where('i.user_id = :userId AND i.status = :pending', {
        userId: actor.id,
        pending: GroupInvitationStatus.PENDING,
      });
    return pageByCreatedAt(qb, 'i', 'id', 'DESC', page, (i) => i.id, toGroupInvitation);
  }

  /** My pending requests to join, latest first, a page at a time (with the total). */
  async myJoinRequests(
    actor: AuthUser,
    page: { first: number; after?: string | null },
  ): Promise<Connection<JoinRequest>> {
    const qb = this.ds
      .getRepository(JoinRequestEntity)
      .createQueryBuilder('r')
      .where('r.user_id = :userId AND r.status = :pending', {
        userId: actor.id,
        pending: JoinRequestStatus.PENDING,
      });
    return pageByCreatedAt(qb, 'r', 'id', 'DESC', page, (r) => r.id, toJoinRequest);
  }

  // ---------- creating and changing groups ----------

  private validateLooks(coverColor?: string | null, coverImageUrl?: string | null): void {
    if (coverColor && !COLOR_PATTERN.test(coverColor))
      throw badInput('The cover colour must look like #3B5BDB.', 'coverColor');
    if (coverImageUrl) {
      if (!IMAGE.test(coverImageUrl))
        throw badInput('The cover image must be a PNG, JPEG, WebP or GIF image.', 'coverImageUrl');
      const bytes = Math.floor(((coverImageUrl.length - coverImageUrl.indexOf(',') - 1) * 3) / 4);
      if (bytes > LIMITS.avatarDataUrlBytes)
        throw badInput('The cover image is too large: at most 256 KiB.', 'coverImageUrl');
    }
  }

  private static cleanQuestions(questions: string[]): string[] {
    const cleaned = questions.map((q) => q.trim());
    if (cleaned.some((q) => !q))
      throw badInput('A membership question cannot be empty.', 'membershipQuestions');
    return cleaned;
  }

  /**
   * A SECRET group's address: the chosen one (or the name's) followed by ten random letters and
   * digits (50 bits), so that nobody outside can guess it, and nobody choosing an address for
   * another group can collide with it and learn that it exists.
   */
  static secretSlug(base: string): string {
    const bytes = randomBytes(SECRET_SLUG_LENGTH);
    let suffix = '';
    for (const b of bytes) suffix += SECRET_SLUG_ALPHABET.charAt(b % SECRET_SLUG_ALPHABET.length);
    const room = LIMITS.groupSlug.max - SECRET_SLUG_LENGTH - 1;
    const head = base.slice(0, room).replace(/-+$/, '') || 'group';
    return `${head}-${suffix}`;
  }

  private static validSlug(slug: string): string {
    const s = slug.trim().toLowerCase();
    if (s.length < LIMITS.groupSlug.min || s.length > LIMITS.groupSlug.max || !SLUG_PATTERN.test(s))
      throw badInput(
        `The address must be ${LIMITS.groupSlug.min}–${LIMITS.groupSlug.max} lower-case letters, digits and single hyphens.`,
        'slug',
      );
    return s;
  }

  async create(actor: AuthUser, input: CreateGroupInput): Promise<Group> {
    const name = input.name.trim();
    if (name.length < LIMITS.groupName.min)
      throw badInput(
        `The name must be ${LIMITS.groupName.min} to ${LIMITS.groupName.max} characters.`,
        'name',
      );
    this.validateLooks(input.coverColor, input.coverImageUrl);
    const questions = GroupsService.cleanQuestions(input.membershipQuestions);
    const explicitSlug = input.slug ? GroupsService.validSlug(input.slug) : null;
    try {
      return await this.ds.transaction(async (m) => {
        const org = await m.getRepository(OrganisationEntity).findOneByOrFail({ id: 1 });
        if (
          org.groupCreationPolicy === GroupCreationPolicy.ADMINS_ONLY &&
          actor.orgRole === OrgRole.MEMBER
        )
          throw forbidden('Only admins and HR can create groups in this organisation.');
        let slug = explicitSlug;
        if (input.visibility === GroupVisibility.SECRET) {
          slug = GroupsService.secretSlug(explicitSlug ?? slugify(name));
        } else if (!slug) {
          const base = slugify(name).slice(0, LIMITS.groupSlug.max - 5) || 'group';
          const padded = base.length < LIMITS.groupSlug.min ? `${base}-group` : base;
          const rows: Array<{ slug: string }> = await m.query(
            `SELECT slug FROM groups WHERE slug = $1 OR slug LIKE $2`,
            [padded, `${padded}-%`],
          );
          const taken = new Set(rows.map((r) => r.slug));
          slug = padded;
          for (let i = 2; taken.has(slug); i++) slug = `${padded}-${i}`;
        } else if (await m.getRepository(GroupEntity).existsBy({ slug })) {
          throw conflict('That address is taken: choose another.', 'slug');
        }
        const group = await m.save(
          m.create(GroupEntity, {
            slug,
            name,
            description: input.description.trim(),
            category: input.category,
            visibility: input.visibility,
            coverColor: input.coverColor ?? '#3B5BDB',
            coverImageUrl: input.coverImageUrl || null,
            postingPolicy: input.postingPolicy,
            postApproval: input.postApproval,
            membershipQuestions: questions,
            createdById: actor.id,
          }),
        );
        await m.save(
          m.create(MembershipEntity, {
            groupId: group.id,
            userId: actor.id,
            role: GroupRole.OWNER,
          }),
        );
        return toGroup(group);
      });
    } catch (e) {
      throw GroupsService.uniqueToConflict(e);
    }
  }

  private static uniqueToConflict(e: unknown): unknown {
    const err = e as {
      code?: string;
      constraint?: string;
      driverError?: { code?: string; constraint?: string };
    };
    const code = err.driverError?.code ?? err.code;
    const constraint = err.driverError?.constraint ?? err.constraint;
    if (code === '23505' && constraint === 'uq_groups_slug')
      return conflict('That address is taken: choose another.', 'slug');
    return e;
  }

  async update(actor: AuthUser, input: UpdateGroupInput): Promise<Group> {
    this.validateLooks(input.coverColor, input.coverImageUrl);
    try {
      return await this.ds.transaction(async (m) => {
        const loaded = await this.load(m, actor, input.groupId, true);
        GroupsService.live(loaded);
        if (!permissions(loaded.access).canEdit)
          throw forbidden('Only the group’s admins can change its settings.');
        const g = loaded.group;
        const changed: string[] = [];
        if (input.name != null) {
          const name = input.name.trim();
          if (name.length < LIMITS.groupName.min)
            throw badInput(
              `The name must be ${LIMITS.groupName.min} to ${LIMITS.groupName.max} characters.`,
              'name',
            );
          g.name = name;
          changed.push('name');
        }
        const becomesSecret =
          input.visibility === GroupVisibility.SECRET && g.visibility !== GroupVisibility.SECRET;
        const secret = (input.visibility ?? g.visibility) === GroupVisibility.SECRET;
        if (input.slug != null) {
          let slug = GroupsService.validSlug(input.slug);
          if (slug !== g.slug && secret) slug = GroupsService.secretSlug(slug);
          else if (slug !== g.slug && (await m.getRepository(GroupEntity).existsBy({ slug })))
            throw conflict('That address is taken: choose another.', 'slug');
          if (becomesSecret && slug === g.slug) slug = GroupsService.secretSlug(slug);
          g.slug = slug;
          changed.push('slug');
        } else if (becomesSecret) {
          // A group made SECRET gets an address nobody can guess (its old one no longer leads there).
          g.slug = GroupsService.secretSlug(g.slug);
          changed.push('slug');
        }
        if (input.description != null) g.description = input.description.trim();
        if (input.category != null) g.category = input.category;
        if (input.visibility != null) g.visibility = input.visibility;
        if (input.coverColor != null) g.coverColor = input.coverColor;
        if (input.coverImageUrl != null) g.coverImageUrl = input.coverImageUrl || null;
        if (input.postingPolicy != null) g.postingPolicy = input.postingPolicy;
        if (input.postApproval != null) g.postApproval = input.postApproval;
        if (input.membershipQuestions != null)
          g.membershipQuestions = GroupsService.cleanQuestions(input.membershipQuestions);
        for (const key of [
          'description',
          'category',
          'visibility',
          'coverColor',
          'coverImageUrl',
          'postingPolicy',
          'postApproval',
          'membershipQuestions',
        ] as const) {
          if (input[key] != null) changed.push(key);
        }
        await m.save(g);
        await this.auditIfOutsider(m, actor, loaded, 'GROUP_UPDATED', null, { changed });
        return toGroup(g);
      });
    } catch (e) {
      throw GroupsService.uniqueToConflict(e);
    }
  }

  async setArchived(actor: AuthUser, groupId: string, archived: boolean): Promise<Group> {
    return this.ds.transaction(async (m) => {
      const loaded = await this.load(m, actor, groupId, true);
      if (!permissions(loaded.access).canArchive)
        throw forbidden('Only the group’s owners can archive or unarchive it.');
      if ((loaded.group.archivedAt !== null) === archived) return toGroup(loaded.group);
      loaded.group.archivedAt = archived ? new Date() : null;
      await m.save(loaded.group);
      await this.auditIfOutsider(
        m,
        actor,
        loaded,
        archived ? 'GROUP_ARCHIVED' : 'GROUP_UNARCHIVED',
      );
      return toGroup(loaded.group);
    });
  }

  // ---------- joining ----------

  /** Inserts a membership unless one exists (concurrent joins cannot make two); removes pending requests and invitations. */
  private static async addMembership(
    m: EntityManager,
    groupId: string,
    userId: string,
    role = GroupRole.MEMBER,
  ): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ groupId, userId, role })
      .orIgnore()
      .execute();
    await m.update(
      JoinRequestEntity,
      { groupId, userId, status: JoinRequestStatus.PENDING },
      { status: JoinRequestStatus.APPROVED, decidedAt: new Date() },
    );
    await m.update(
      GroupInvitationEntity,
      { groupId, userId, status: GroupInvitationStatus.PENDING },
      { status: GroupInvitationStatus.ACCEPTED, respondedAt: new Date() },
    );
  }

  async join(actor: AuthUser, groupId: string): Promise<Group> {
    return this.changing(
      MembershipChange.JOINED,
      (g) => ({ groupId: g.id, userId: actor.id }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId);
        GroupsService.live(loaded);
        if (loaded.access.role) return toGroup(loaded.group);
        if (loaded.access.banned) throw forbidden('You cannot join this group.');
        if (loaded.group.visibility !== GroupVisibility.OPEN && !loaded.access.invited)
          throw forbidden(
            loaded.group.visibility === GroupVisibility.CLOSED
              ? 'This group is closed: ask to join instead.'
              : 'This group is joined by invitation only.',
          );
        await GroupsService.addMembership(m, groupId, actor.id);
        return toGroup(loaded.group);
      },
    );
  }

  async requestToJoin(actor: AuthUser, groupId: string, answersIn: string[]): Promise<JoinRequest> {
    return this.changing(
      MembershipChange.REQUESTED,
      () => ({ groupId, userId: actor.id }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId);
        GroupsService.live(loaded);
        const { group, access } = loaded;
        if (access.role) throw conflict('You are already a member of this group.');
        if (access.banned) throw forbidden('You cannot ask to join this group.');
        if (group.visibility !== GroupVisibility.CLOSED)
          throw forbidden(
            group.visibility === GroupVisibility.OPEN
              ? 'This group is open: join it directly.'
              : 'This group is joined by invitation only.',
          );
        const questions = group.membershipQuestions;
        const answers = answersIn.map((a) => a.trim());
        if (answers.length !== questions.length || answers.some((a) => !a))
          throw badInput(
            `Answer each of the group’s ${questions.length} question${questions.length === 1 ? '' : 's'}.`,
            'answers',
          );
        const inserted = await m
          .createQueryBuilder()
          .insert()
          .into(JoinRequestEntity)
          .values({
            groupId,
            userId: actor.id,
            answers: questions.map((question, i) => ({ question, answer: answers[i] ?? '' })),
            status: JoinRequestStatus.PENDING,
          })
          .orIgnore()
          .returning('*')
          .execute();
        if (!inserted.identifiers[0]?.['id'])
          throw conflict('You have already asked to join this group.');
        const row = await m
          .getRepository(JoinRequestEntity)
          .findOneByOrFail({ id: inserted.identifiers[0]['id'] as string });
        await this.outbox.record(m, NotifyJob.JOIN_REQUESTED, { requestId: row.id });
        return toJoinRequest(row);
      },
      true,
    );
  }

  async cancelRequest(actor: AuthUser, groupId: string): Promise<Group> {
    return this.changing(
      MembershipChange.REQUEST_CANCELLED,
      () => ({ groupId, userId: actor.id }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId);
        const res = await m.update(
          JoinRequestEntity,
          { groupId, userId: actor.id, status: JoinRequestStatus.PENDING },
          { status: JoinRequestStatus.CANCELLED, decidedAt: new Date() },
        );
        if (!res.affected) throw notFound('That request');
        return toGroup(loaded.group);
      },
    );
  }

  async decideRequest(actor: AuthUser, requestId: string, approve: boolean): Promise<JoinRequest> {
    if (!isUuid(requestId)) throw notFound('That request');
    return this.changing(
      MembershipChange.REQUEST_DECIDED,
      (r) => ({ groupId: r.groupId, userId: r.userId }),
      actor.id,
      async (m) => {
        const request = await m
          .getRepository(JoinRequestEntity)
          .createQueryBuilder('r')
          .setLock('pessimistic_write')
          .where('r.id = :requestId', { requestId })
          .getOne();
        if (!request) throw notFound('That request');
        const loaded = await this.load(m, actor, request.groupId);
        if (!permissions({ ...loaded.access, archived: false }).canManageMembers) {
          // Someone who may see the group but not its requests must not learn whether this request exists.
          throw notFound('That request');
        }
        GroupsService.live(loaded);
        if (request.status !== JoinRequestStatus.PENDING)
          throw conflict('This request has already been answered.');
        request.status = approve ? JoinRequestStatus.APPROVED : JoinRequestStatus.DECLINED;
        request.decidedAt = new Date();
        request.decidedById = actor.id;
        await m.save(request);
        if (approve) {
          const banned = await m
            .getRepository(GroupBanEntity)
            .existsBy({ groupId: request.groupId, userId: request.userId });
          if (banned) throw conflict('This person is banned from the group.');
          await GroupsService.addMembership(m, request.groupId, request.userId);
        }
        await this.auditIfOutsider(
          m,
          actor,
          loaded,
          approve ? 'JOIN_REQUEST_APPROVED' : 'JOIN_REQUEST_DECLINED',
          request.userId,
        );
        await this.outbox.record(m, NotifyJob.JOIN_DECIDED, {
          requestId: request.id,
          approved: approve,
          actorId: actor.id,
        });
        return toJoinRequest(request);
      },
      true,
    );
  }

  // ---------- invitations ----------

  async invite(actor: AuthUser, groupId: string, userIds: string[]): Promise<GroupInvitation[]> {
    const ids = [...new Set(userIds)];
    if (ids.some((id) => !isUuid(id))) throw badInput('Choose people from the list.', 'userIds');
    return this.changing(
      MembershipChange.INVITED,
      (invs) => invs.map((inv) => ({ groupId, userId: inv.userId })),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId);
        GroupsService.live(loaded);
        if (!canInvite(loaded.access))
          throw forbidden(
            loaded.group.visibility === GroupVisibility.SECRET
              ? 'Only the group’s admins can invite people to a secret group.'
              : 'Only members can invite people.',
          );
        const people = await m.getRepository(UserEntity).findBy({ id: In(ids), active: true });
        if (people.length !== ids.length || people.some((p) => !p.passwordHash))
          throw badInput('Some of those people do not exist or are deactivated.', 'userIds');
        const rel = await Promise.all(
          ids.map(
            async (id) =>
              [id, (await this.viewerRelations(id, [groupId], m)).get(groupId) ?? NONE] as const,
          ),
        );
        for (const [, r] of rel) {
          if (r.role) throw conflict('Some of those people are already members.', 'userIds');
          if (r.banned)
            throw conflict('Some of those people are banned from this group.', 'userIds');
        }
        const out: GroupInvitation[] = [];
        for (const [id, r] of rel) {
          if (r.invited) {
            const existing = await m
              .getRepository(GroupInvitationEntity)
              .findOneByOrFail({ groupId, userId: id, status: GroupInvitationStatus.PENDING });
            out.push(toGroupInvitation(existing));
            continue;
          }
          const inv = await m.save(
            m.create(GroupInvitationEntity, {
              groupId,
              userId: id,
              invitedById: actor.id,
              status: GroupInvitationStatus.PENDING,
            }),
          );
          out.push(toGroupInvitation(inv));
          await this.auditIfOutsider(m, actor, loaded, 'MEMBER_INVITED', id);
          await this.outbox.record(m, NotifyJob.INVITED, { invitationId: inv.id });
        }
        return out;
      },
      true,
    );
  }

  private async lockInvitation(
    m: EntityManager,
    invitationId: string,
  ): Promise<GroupInvitationEntity> {
    if (!isUuid(invitationId)) throw notFound('That invitation');
    const inv = await m
      .getRepository(GroupInvitationEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :invitationId', { invitationId })
      .getOne();
    if (!inv) throw notFound('That invitation');
    return inv;
  }

  async revokeInvitation(actor: AuthUser, invitationId: string): Promise<GroupInvitation> {
    return this.ds.transaction(async (m) => {
      const inv = await this.lockInvitation(m, invitationId);
      const loaded = await this.load(m, actor, inv.groupId);
      const may =
        inv.invitedById === actor.id ||
        permissions({ ...loaded.access, archived: false }).canManageMembers;
      if (!may) throw notFound('That invitation');
      if (inv.status !== GroupInvitationStatus.PENDING)
        throw conflict('This invitation has already been answered.');
      inv.status = GroupInvitationStatus.REVOKED;
      inv.respondedAt = new Date();
      await m.save(inv);
      await this.auditIfOutsider(m, actor, loaded, 'INVITATION_REVOKED', inv.userId);
      return toGroupInvitation(inv);
    });
  }

  async respondToInvitation(
    actor: AuthUser,
    invitationId: string,
    accept: boolean,
  ): Promise<{ group: Group; invitation: GroupInvitation }> {
    return this.changing(
      MembershipChange.INVITATION_ANSWERED,
      (r) => ({ groupId: r.group.id, userId: actor.id }),
      actor.id,
      async (m) => {
        const inv = await this.lockInvitation(m, invitationId);
        if (inv.userId !== actor.id || inv.status !== GroupInvitationStatus.PENDING)
          throw notFound('That invitation');
        const loaded = await this.load(m, actor, inv.groupId);
        if (accept) {
          GroupsService.live(loaded);
          if (loaded.access.banned) throw forbidden('You cannot join this group.');
          await GroupsService.addMembership(m, inv.groupId, actor.id);
          inv.status = GroupInvitationStatus.ACCEPTED;
        } else {
          inv.status = GroupInvitationStatus.DECLINED;
          inv.respondedAt = new Date();
          await m.save(inv);
        }
        return { group: toGroup(loaded.group), invitation: toGroupInvitation(inv) };
      },
    );
  }

  // ---------- leaving, removing, banning, roles ----------

  private static async ownerCount(m: EntityManager, groupId: string): Promise<number> {
    // Lock the owners' rows so two owners cannot both leave at once.
    const owners = await m
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.group_id = :groupId AND m.role = :owner', { groupId, owner: GroupRole.OWNER })
      .getMany();
    return owners.length;
  }

  async leave(actor: AuthUser, groupId: string): Promise<Group> {
    return this.changing(
      MembershipChange.LEFT,
      () => ({ groupId, userId: actor.id }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId, true);
        if (!loaded.access.role) throw conflict('You are not a member of this group.');
        if (
          loaded.access.role === GroupRole.OWNER &&
          (await GroupsService.ownerCount(m, groupId)) <= 1
        )
          throw forbidden('You are the last owner: transfer ownership before leaving.');
        await m.delete(MembershipEntity, { groupId, userId: actor.id });
        return toGroup(loaded.group);
      },
    );
  }

  private async targetMembership(
    m: EntityManager,
    groupId: string,
    userId: string,
  ): Promise<MembershipEntity | null> {
    if (!isUuid(userId)) throw notFound('That person');
    return m
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.group_id = :groupId AND m.user_id = :userId', { groupId, userId })
      .getOne();
  }

  async remove(actor: AuthUser, groupId: string, userId: string): Promise<Group> {
    return this.changing(
      MembershipChange.REMOVED,
      () => ({ groupId, userId }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId, true);
        GroupsService.live(loaded);
        if (!permissions(loaded.access).canManageMembers)
          throw forbidden('Only the group’s moderators and admins can remove people.');
        const target = await this.targetMembership(m, groupId, userId);
        if (!target) throw notFound('That member');
        if (
          !canActOnMember(
            { ...actor, role: loaded.access.role },
            { id: target.userId, role: target.role },
          )
        )
          throw forbidden(
            actor.id === userId
              ? 'Use “Leave group” to leave.'
              : 'You cannot remove someone with this role.',
          );
        if (target.role === GroupRole.OWNER && (await GroupsService.ownerCount(m, groupId)) <= 1)
          throw forbidden('This is the last owner: make someone else owner first.');
        await m.delete(MembershipEntity, { id: target.id });
        await this.auditIfOutsider(m, actor, loaded, 'MEMBER_REMOVED', userId);
        return toGroup(loaded.group);
      },
    );
  }

  async ban(
    actor: AuthUser,
    groupId: string,
    userId: string,
    reason?: string | null,
  ): Promise<Group> {
    return this.changing(
      MembershipChange.BANNED,
      () => ({ groupId, userId }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId, true);
        GroupsService.live(loaded);
        if (!permissions(loaded.access).canManageMembers)
          throw forbidden('Only the group’s moderators and admins can ban people.');
        if (!isUuid(userId) || !(await m.getRepository(UserEntity).existsBy({ id: userId })))
          throw notFound('That person');
        const target = await this.targetMembership(m, groupId, userId);
        if (
          !canActOnMember(
            { ...actor, role: loaded.access.role },
            { id: userId, role: target?.role ?? null },
          )
        )
          throw forbidden(
            actor.id === userId
              ? 'You cannot ban yourself.'
              : 'You cannot ban someone with this role.',
          );
        if (target?.role === GroupRole.OWNER && (await GroupsService.ownerCount(m, groupId)) <= 1)
          throw forbidden('This is the last owner: make someone else owner first.');
        if (await m.getRepository(GroupBanEntity).existsBy({ groupId, userId }))
          throw conflict('This person is already banned.');
        if (target) await m.delete(MembershipEntity, { id: target.id });
        await m.update(
          JoinRequestEntity,
          { groupId, userId, status: JoinRequestStatus.PENDING },
          { status: JoinRequestStatus.DECLINED, decidedAt: new Date(), decidedById: actor.id },
        );
        await m.update(
          GroupInvitationEntity,
          { groupId, userId, status: GroupInvitationStatus.PENDING },
          { status: GroupInvitationStatus.REVOKED, respondedAt: new Date() },
        );
        await m.save(
          m.create(GroupBanEntity, {
            groupId,
            userId,
            bannedById: actor.id,
            reason: reason?.trim() || null,
          }),
        );
        await this.auditIfOutsider(m, actor, loaded, 'MEMBER_BANNED', userId, {
          reason: reason ?? null,
        });
        return toGroup(loaded.group);
      },
    );
  }

  async unban(actor: AuthUser, groupId: string, userId: string): Promise<Group> {
    return this.changing(
      MembershipChange.UNBANNED,
      () => ({ groupId, userId }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId, true);
        GroupsService.live(loaded);
        if (!permissions(loaded.access).canManageMembers)
          throw forbidden('Only the group’s moderators and admins can unban people.');
        if (!isUuid(userId)) throw notFound('That ban');
        const res = await m.delete(GroupBanEntity, { groupId, userId });
        if (!res.affected) throw notFound('That ban');
        await this.auditIfOutsider(m, actor, loaded, 'MEMBER_UNBANNED', userId);
        return toGroup(loaded.group);
      },
    );
  }

  async changeRole(
    actor: AuthUser,
    groupId: string,
    userId: string,
    role: GroupRole,
  ): Promise<Membership> {
    return this.changing(
      MembershipChange.ROLE_CHANGED,
      () => ({ groupId, userId }),
      actor.id,
      async (m) => {
        const loaded = await this.load(m, actor, groupId, true);
        GroupsService.live(loaded);
        if (
          !canSeeMembers(loaded.access) ||
          (loaded.access.role === null && actor.orgRole !== OrgRole.ADMIN)
        )
          throw forbidden('Only the group’s admins can change roles.');
        const target = await this.targetMembership(m, groupId, userId);
        if (!target) throw notFound('That member');
        const refusal = roleChangeRefusal(
          { ...actor, role: loaded.access.role },
          { id: target.userId, role: target.role },
          role,
        );
        if (refusal === 'SELF') throw forbidden('You cannot change your own role.');
        if (refusal === 'NOT_ALLOWED') throw forbidden('Only the group’s admins can change roles.');
        if (refusal === 'OWNER_ONLY') throw forbidden('Only owners can make or change owners.');
        if (refusal === 'ABOVE_YOURS')
          throw forbidden('You cannot change the role of someone above you.');
        if (
          target.role === GroupRole.OWNER &&
          role !== GroupRole.OWNER &&
          (await GroupsService.ownerCount(m, groupId)) <= 1
        )
          throw forbidden('The group needs an owner: make someone else owner first.');
        const previous = target.role;
        target.role = role;
        await m.save(target);
        await this.auditIfOutsider(m, actor, loaded, 'MEMBER_ROLE_CHANGED', userId, {
          from: previous,
          to: role,
        });
        return toMembership(target);
      },
    );
  }

  /** The new owner must be a member; the previous owner becomes an admin (an org admin outsider demotes every owner). */
  async transferOwnership(actor: AuthUser, groupId: string, userId: string): Promise<Group> {
    return this.ds.transaction(async (m) => {
      const loaded = await this.load(m, actor, groupId, true);
      GroupsService.live(loaded);
      if (loaded.access.role !== GroupRole.OWNER && actor.orgRole !== OrgRole.ADMIN)
        throw forbidden('Only an owner can transfer ownership.');
      if (userId === actor.id) throw badInput('Choose another member as the new owner.', 'userId');
      const target = await this.targetMembership(m, groupId, userId);
      if (!target) throw badInput('The new owner must be a member of the group.', 'userId');
      target.role = GroupRole.OWNER;
      await m.save(target);
      if (loaded.access.role === GroupRole.OWNER) {
        await m.update(MembershipEntity, { groupId, userId: actor.id }, { role: GroupRole.ADMIN });
      }
      await this.auditIfOutsider(m, actor, loaded, 'OWNERSHIP_TRANSFERRED', userId);
      return toGroup(loaded.group);
    });
  }
}
