import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  AuthUser,
  badInput,
  conflict,
  Connection,
  containsPattern,
  CursorPart,
  decodeCursorAs,
  forbidden,
  isUuid,
  JobQueue,
  notFound,
  NotifyJob,
  Outbox,
  RateLimiter,
  rateLimited,
  SECRET_GROUP_VIEWED,
  toConnection,
} from '@hearth/api/core';
import { hasRoleSql, isMemberSql, membersAmong, viewerRoleSql } from '@hearth/api/groups';
import { GroupRole, OrgRole } from '@hearth/shared/util';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AskerKeys } from './asker-keys';
import { ACCESS_COLUMNS, VISIBLE_CONDITION } from './town-hall-access';
import { TownHallEvents } from './town-hall-events';
import {
  AnswerTownHallQuestionInput,
  CreateTownHallInput,
  TownHall,
  TownHallAnswerState,
  TownHallEventKind,
  TownHallHostingOptions,
  TownHallListFilter,
  TownHallQuestion,
  QUESTION_PAGE,
  TownHallQuestionOrder,
  TownHallQuestionStatus,
  TownHallRejectReason,
  TownHallState,
  TownHallSummary,
  TownHallViewer,
  UpdateTownHallInput,
} from './town-hall.model';
import {
  answerMoveAllowed,
  canModerate,
  canMove,
  canSee,
  canTakePart,
  csvLine,
  LIMITS,
  mayMove,
  median,
  TownHallAccess,
} from './town-hall-rules';

interface TownHallRow {
  id: string;
  title: string;
  description: string;
  audience_group_id: string | null;
  state: TownHallState;
  starts_at: Date;
  ends_at: Date;
  allow_anonymous: boolean;
  pre_moderated: boolean;
  vote_budget: number | null;
  answering_question_id: string | null;
  created_by_id: string;
  created_at: Date;
  manager: boolean;
  host: boolean;
  moderator: boolean;
  audience: boolean;
  outsider_admin: boolean;
}

interface QuestionRow {
  id: string;
  town_hall_id: string;
  body: string;
  anonymous: boolean;
  author_id: string | null;
  status: TownHallQuestionStatus;
  answer_state: TownHallAnswerState | null;
  answer: string | null;
  answered_at: Date | null;
  answered_by_id: string | null;
  deferred_to_id: string | null;
  deferred_until: Date | null;
  reject_reason: TownHallRejectReason | null;
  reject_note: string | null;
  merged_into_id: string | null;
  edited_by_moderator: boolean;
  vote_count: number;
  created_at: Date;
  published_at: Date | null;
  is_mine: boolean;
  /** The question's anonymous askers: the question each first asked and their keyed hash. */
  anon_askers: Array<{ o: string; k: string }> | null;
  viewer_has_voted: boolean;
}

/**
 * A town hall with what the viewer is to it (not GraphQL fields: used by field resolvers);
 * `outsiderAdmin`: the viewer sees it only as an org admin (a SECRET group's town hall).
 */
export type LoadedTownHall = TownHall & { access: TownHallAccess; outsiderAdmin: boolean };

const ANSWERED = [TownHallAnswerState.ANSWERED_LIVE, TownHallAnswerState.ANSWERED_IN_WRITING];

function accessOf(row: TownHallRow): TownHallAccess {
  return {
    manager: row.manager,
    host: row.host,
    moderator: row.moderator,
    audience: row.audience,
    state: row.state,
  };
}

function toTownHall(row: TownHallRow): LoadedTownHall {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    state: row.state,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    allowAnonymous: row.allow_anonymous,
    preModerated: row.pre_moderated,
    voteBudget: row.vote_budget,
    audienceGroupId: row.audience_group_id,
    createdAt: row.created_at,
    createdById: row.created_by_id,
    answeringQuestionId: row.answering_question_id,
    access: accessOf(row),
    outsiderAdmin: row.outsider_admin,
  };
}

/** Rejection reasons are for the askers and the moderators; nobody else sees them. */
function toQuestion(row: QuestionRow, moderator: boolean): TownHallQuestion {
  const private_ = moderator || row.is_mine;
  return {
    id: row.id,
    townHallId: row.town_hall_id,
    body: row.body,
    anonymous: row.anonymous,
    authorId: row.anonymous ? null : row.author_id,
    status: row.status,
    answerState: row.answer_state,
    answer: row.answer,
    answeredAt: row.answered_at,
    answeredById: row.answered_by_id,
    deferredToId: row.deferred_to_id,
    deferredUntil: row.deferred_until,
    voteCount: row.vote_count,
    viewerHasVoted: row.viewer_has_voted,
    isMine: row.is_mine,
    rejectReason: private_ ? row.reject_reason : null,
    rejectNote: private_ ? row.reject_note : null,
    mergedIntoId: row.merged_into_id,
    editedByModerator: row.edited_by_moderator,
    createdAt: row.created_at,
    publishedAt: row.published_at,
  };
}

/**
 * `is_mine` here covers named askers and anonymous keys of the earlier per-town-hall derivation;
 * the per-question keys of anonymous askers (`anon_askers`) are checked in the service.
 */
const QUESTION_COLUMNS = `q.*,
  EXISTS (SELECT 1 FROM town_hall_question_askers a
           WHERE a.question_id = q.id AND (a.user_id = $1 OR a.anon_key = $2)) AS is_mine,
  (SELECT json_agg(json_build_object('o', a.origin_question_id, 'k', a.anon_key))
     FROM town_hall_question_askers a
    WHERE a.question_id = q.id AND a.anon_key IS NOT NULL) AS anon_askers,
  EXISTS (SELECT 1 FROM town_hall_votes v WHERE v.question_id = q.id AND v.user_id = $1) AS viewer_has_voted`;

/** A question row with its sort keys as PostgreSQL writes them (for cursors). */
interface KeyedQuestionRow extends QuestionRow {
  k_published: string | null;
  k_answered: string | null;
  k_created: string;
  k_deferred: string | null;
}

const KEY_COLUMNS = `q.published_at::text AS k_published, q.answered_at::text AS k_answered,
  q.created_at::text AS k_created, q.deferred_until::text AS k_deferred`;

/**
 * Each order of the question list as a keyset: which questions, their order (the id last, so it is
 * total), the cursor's values and the condition for "after the cursor" in parameters from $4.
 */
interface QuestionOrderSpec {
  where: string;
  orderBy: string;
  parts: readonly CursorPart[];
  after: string;
  key: (r: KeyedQuestionRow) => Array<string | number>;
}

const PUBLISHED = `q.status = 'PUBLISHED'`;
const BY_VOTES: Omit<QuestionOrderSpec, 'where'> = {
  orderBy: 'q.vote_count DESC, q.published_at, q.id',
  parts: ['int', 'timestamptz', 'uuid'],
  after: `(q.vote_count < $4::int OR (q.vote_count = $4::int AND (q.published_at, q.id) > ($5::timestamptz, $6::uuid)))`,
  key: (r) => [r.vote_count, r.k_published ?? '', r.id],
};
const latest = (column: string, key: (r: KeyedQuestionRow) => string | null) => ({
  orderBy: `q.${column} DESC, q.id DESC`,
  parts: ['timestamptz', 'uuid'] as const,
  after: `(q.${column}, q.id) < ($4::timestamptz, $5::uuid)`,
  key: (r: KeyedQuestionRow) => [key(r) ?? '', r.id],
});

/** Questions waiting for a moderator, oldest first. */
const QUEUE_ORDER: QuestionOrderSpec = {
  where: `q.status = 'PENDING'`,
  orderBy: 'q.created_at, q.id',
  parts: ['timestamptz', 'uuid'],
  after: `(q.created_at, q.id) > ($4::timestamptz, $5::uuid)`,
  key: (r) => [r.k_created, r.id],
};

/** Deferred questions not answered yet, the soonest due first (a deferral always has a due date). */
const FOLLOW_UP_ORDER: QuestionOrderSpec = {
  where: `${PUBLISHED} AND q.answer_state = 'DEFERRED'`,
  orderBy: 'q.deferred_until, q.id',
  parts: ['timestamptz', 'uuid'],
  after: `(q.deferred_until, q.id) > ($4::timestamptz, $5::uuid)`,
  key: (r) => [r.k_deferred ?? '', r.id],
};

const QUESTION_ORDERS: Record<TownHallQuestionOrder, QuestionOrderSpec> = {
  [TownHallQuestionOrder.TOP]: { where: PUBLISHED, ...BY_VOTES },
  [TownHallQuestionOrder.WAITING]: {
    where: `${PUBLISHED} AND q.answer_state IS NULL`,
    ...BY_VOTES,
  },
  [TownHallQuestionOrder.NEWEST]: {
    where: PUBLISHED,
    ...latest('published_at', (r) => r.k_published),
  },
  [TownHallQuestionOrder.ANSWERED]: {
    where: `${PUBLISHED} AND q.answer_state IN ('ANSWERED_LIVE', 'ANSWERED_IN_WRITING')`,
    ...latest('answered_at', (r) => r.k_answered),
  },
  // Anonymous askers are recognised by key, in the service: the candidates are every question with
  // an anonymous asker or me among its askers, read in batches until a page of mine is found.
  [TownHallQuestionOrder.MINE]: {
    where: `EXISTS (SELECT 1 FROM town_hall_question_askers a
                     WHERE a.question_id = q.id AND (a.user_id = $1 OR a.anon_key IS NOT NULL))`,
    ...latest('created_at', (r) => r.k_created),
  },
};

function text(value: string | undefined | null, field: string, min: number, max: number): string {
  const s = (value ?? '').trim();
  if (s.length < min || s.length > max)
    throw badInput(
      min > 0 ? `Write between ${min} and ${max} characters.` : `Write at most ${max} characters.`,
      field,
    );
  return s;
}

/**
 * Town halls: the session, questions (named or anonymous), moderation, votes and answers. Every
 * rule is enforced here; anonymous askers are known only by a keyed hash (AskerKeys).
 */
@Injectable()
export class TownHallsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly keys: AskerKeys,
    private readonly events: TownHallEvents,
    private readonly limiter: RateLimiter,
    private readonly outbox: Outbox,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Audits an org admin's reads of town halls of SECRET groups they are not in. */
  private auditOutsiderReads(
    m: EntityManager,
    actor: AuthUser,
    townHalls: ReadonlyArray<Pick<LoadedTownHall, 'id' | 'audienceGroupId' | 'outsiderAdmin'>>,
  ): Promise<void> {
    return this.audit.recordReads(
      m,
      actor.id,
      SECRET_GROUP_VIEWED,
      townHalls.flatMap((th) =>
        th.outsiderAdmin && th.audienceGroupId
          ? [{ groupId: th.audienceGroupId, details: { via: 'townHall', townHallId: th.id } }]
          : [],
      ),
    );
  }

  /** Whether a town hall for this group must keep to its members (the group is SECRET). */
  private static async secretGroup(m: EntityManager, groupId: string | null): Promise<boolean> {
    if (!groupId) return false;
    const [g] = await m.query<Array<{ secret: boolean }>>(
      `SELECT visibility = 'SECRET' AS secret FROM groups WHERE id = $1`,
      [groupId],
    );
    return g?.secret ?? false;
  }

  /** A SECRET group's town hall is run and answered only by the group's members. */
  private static async checkMembers(
    m: EntityManager,
    groupId: string,
    ids: string[],
    field: string,
  ): Promise<void> {
    if (!ids.length) return;
    const wanted = [...new Set(ids)];
    if ((await membersAmong(m, groupId, wanted)).size !== wanted.length)
      throw badInput(
        'The group is secret: its town hall’s hosts, moderators and answerers must be its members.',
        field,
      );
  }

  // ---------- loading ----------

  /** The town hall as the actor may see it, or NOT_FOUND. */
  async load(
    actor: AuthUser,
    id: string,
    m: EntityManager = this.ds.manager,
    lock = false,
  ): Promise<LoadedTownHall> {
    if (!isUuid(id)) throw notFound('That town hall');
    const [row] = await m.query<TownHallRow[]>(
      `SELECT th.*, ${ACCESS_COLUMNS}
         FROM town_halls th JOIN users u ON u.id = $2
        WHERE th.id = $1 ${lock ? 'FOR UPDATE OF th' : ''}`,
      [id, actor.id],
    );
    if (!row || !canSee(accessOf(row))) throw notFound('That town hall');
    const th = toTownHall(row);
    await this.auditOutsiderReads(m, actor, [th]);
    return th;
  }

  private async votesUsed(m: EntityManager, townHallId: string, userId: string): Promise<number> {
    const [r] = await m.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM town_hall_votes v
         JOIN town_hall_questions q ON q.id = v.question_id AND q.status = 'PUBLISHED'
        WHERE v.town_hall_id = $1 AND v.user_id = $2`,
      [townHallId, userId],
    );
    return r?.n ?? 0;
  }

  async viewer(th: LoadedTownHall, actor: AuthUser): Promise<TownHallViewer> {
    const a = th.access;
    const used =
      th.voteBudget === null ? 0 : await this.votesUsed(this.ds.manager, th.id, actor.id);
    return {
      canManage: a.manager && a.state !== TownHallState.ARCHIVED,
      canModerate: canModerate(a),
      canHost: a.host && a.state !== TownHallState.ARCHIVED && a.state !== TownHallState.DRAFT,
      canAsk: canTakePart(a),
      canAskAnonymously: canTakePart(a) && th.allowAnonymous,
      votesLeft: th.voteBudget === null ? null : Math.max(0, th.voteBudget - used),
    };
  }

  /**
   * A page of the town halls the actor may see: upcoming and live ones soonest first, then past
   * ones latest first (`filter` picks one of those), continued with a keyset cursor on
   * (past?, signed start, id).
   */
  async list(
    actor: AuthUser,
    filter: TownHallListFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<LoadedTownHall>> {
    const states =
      filter === TownHallListFilter.UPCOMING
        ? ['DRAFT', 'OPEN']
        : filter === TownHallListFilter.LIVE
          ? ['LIVE']
          : filter === TownHallListFilter.PAST
            ? ['ENDED', 'ARCHIVED']
            : ['DRAFT', 'OPEN', 'LIVE', 'ENDED', 'ARCHIVED'];
    const [past, key, id] = page.after
      ? decodeCursorAs(page.after, ['int', 'numeric', 'uuid'])
      : [null, null, null];
    const rows = await this.ds.query<
      Array<TownHallRow & { sort_past: number; sort_number: string }>
    >(
      `SELECT * FROM (
         SELECT th.*, ${ACCESS_COLUMNS},
                CASE WHEN th.state IN ('ENDED', 'ARCHIVED') THEN 1 ELSE 0 END AS sort_past,
                CASE WHEN th.state IN ('ENDED', 'ARCHIVED') THEN -extract(epoch FROM th.starts_at)
                     ELSE extract(epoch FROM th.starts_at) END AS sort_number
           FROM town_halls th JOIN users u ON u.id = $1
          WHERE th.state = ANY($2::text[]) AND ${VISIBLE_CONDITION}) x
        WHERE $3::int IS NULL OR (x.sort_past, x.sort_number, x.id) > ($3::int, $4::numeric, $5::uuid)
        ORDER BY x.sort_past, x.sort_number, x.id
        LIMIT $6`,
      [actor.id, states, past, key, id, page.first + 1],
    );
    const conn = toConnection(
      rows,
      page.first,
      (r) => [r.sort_past, r.sort_number, r.id],
      (r) => toTownHall(r),
    );
    // VISIBLE_CONDITION is canSee in SQL; the rule itself has the last word.
    const edges = conn.edges.filter((e) => canSee(e.node.access));
    await this.auditOutsiderReads(
      this.ds.manager,
      actor,
      edges.map((e) => e.node),
    );
    return { ...conn, edges };
  }

  // ---------- creating and running ----------

  /** For whom the actor may hold a town hall: the organisation, and groups by name (`search` narrows them). */
  async hostingOptions(actor: AuthUser, search?: string | null): Promise<TownHallHostingOptions> {
    const needle = (search ?? '').trim();
    if (needle.length > LIMITS.hostingSearchMax)
      throw badInput(
        `Search with at most ${LIMITS.hostingSearchMax} characters of a group's name.`,
        'search',
      );
    const orgWide = actor.orgRole === OrgRole.ADMIN || actor.orgRole === OrgRole.HR;
    const orgAdmin = actor.orgRole === OrgRole.ADMIN;
    // HR is offered every group it may see: SECRET groups only when it is a member. Org admins see
    // every group; those SECRET ones they are not in are audited, as their other outsider reads.
    const rows = await this.ds.query<Array<{ id: string; name: string; outsider: boolean }>>(
      `SELECT g.id, g.name,
              (g.visibility = 'SECRET' AND NOT ${isMemberSql('g.id', '$1', 'exists')}) AS outsider
         FROM groups g
        WHERE g.archived_at IS NULL
          AND ($2 OR ${hasRoleSql('g.id', '$1', [GroupRole.OWNER, GroupRole.ADMIN], 'exists')})
          AND (g.visibility <> 'SECRET' OR $5 OR ${isMemberSql('g.id', '$1', 'exists')})
          AND ($3::text IS NULL OR lower(g.name) LIKE $3)
        ORDER BY lower(g.name), g.id LIMIT $4`,
      [
        actor.id,
        orgWide,
        needle ? containsPattern(needle) : null,
        LIMITS.hostingGroups + 1,
        orgAdmin,
      ],
    );
    const groups = rows.slice(0, LIMITS.hostingGroups);
    await this.audit.recordReads(
      this.ds.manager,
      actor.id,
      SECRET_GROUP_VIEWED,
      groups
        .filter((g) => g.outsider)
        .map((g) => ({ groupId: g.id, details: { via: 'townHallHostingOptions' } })),
    );
    return {
      forOrganisation: orgWide,
      groups: groups.map(({ id, name }) => ({ id, name })),
      moreGroups: rows.length > LIMITS.hostingGroups,
    };
  }

  private async checkPeople(m: EntityManager, ids: string[], field: string): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.some((id) => !isUuid(id))) throw badInput('Pick people from the directory.', field);
    if (!unique.length) return [];
    const [r] = await m.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM users WHERE id = ANY($1::uuid[]) AND active`,
      [unique],
    );
    if ((r?.n ?? 0) !== unique.length)
      throw badInput('Someone you picked is not an active member of the organisation.', field);
    return unique;
  }

  private static times(startsAt: Date, endsAt: Date): void {
    if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
      throw badInput('Give a start and an end time.', 'startsAt');
    if (endsAt <= startsAt) throw badInput('The end must come after the start.', 'endsAt');
  }

  private static budget(value: number | null | undefined): number | null {
    if (value === null || value === undefined || value === 0) return null;
    if (!Number.isInteger(value) || value < 1 || value > LIMITS.budgetMax)
      throw badInput(`A vote budget is between 1 and ${LIMITS.budgetMax}.`, 'voteBudget');
    return value;
  }

  private async setPeople(
    m: EntityManager,
    townHallId: string,
    role: 'HOST' | 'MODERATOR',
    ids: string[],
  ): Promise<void> {
    await m.query(`DELETE FROM town_hall_people WHERE town_hall_id = $1 AND role = $2`, [
      townHallId,
      role,
    ]);
    if (ids.length)
      await m.query(
        `INSERT INTO town_hall_people (town_hall_id, user_id, role)
         SELECT $1, unnest($2::uuid[]), $3`,
        [townHallId, ids, role],
      );
  }

  async create(actor: AuthUser, input: CreateTownHallInput): Promise<LoadedTownHall> {
    const title = text(input.title, 'title', LIMITS.titleMin, LIMITS.titleMax);
    const description = text(input.description, 'description', 0, LIMITS.descriptionMax);
    TownHallsService.times(input.startsAt, input.endsAt);
    const budget = TownHallsService.budget(input.voteBudget);
    if (!input.hostIds.length) throw badInput('Name at least one host.', 'hostIds');
    if (input.hostIds.length > LIMITS.hostsMax)
      throw badInput(`At most ${LIMITS.hostsMax} hosts.`, 'hostIds');
    if (input.moderatorIds.length > LIMITS.moderatorsMax)
      throw badInput(`At most ${LIMITS.moderatorsMax} moderators.`, 'moderatorIds');
    const orgWide = actor.orgRole === OrgRole.ADMIN || actor.orgRole === OrgRole.HR;
    const id = await this.ds.transaction(async (m) => {
      const groupId = input.audienceGroupId ?? null;
      if (groupId) {
        if (!isUuid(groupId)) throw notFound('That group');
        const [g] = await m.query<
          Array<{ archived: boolean; role: string | null; visibility: string }>
        >(
          `SELECT g.archived_at IS NOT NULL AS archived,
                  ${viewerRoleSql('g.id', '$2')} AS role,
                  g.visibility
             FROM groups g WHERE g.id = $1`,
          [groupId, actor.id],
        );
        // A SECRET group exists only for its members and org admins (HR included).
        if (!g || (g.visibility === 'SECRET' && g.role === null && actor.orgRole !== OrgRole.ADMIN))
          throw notFound('That group');
        if (!orgWide && g.role !== 'OWNER' && g.role !== 'ADMIN')
          throw forbidden('Only HR, org admins and the group’s admins hold town halls for it.');
        if (g.archived) throw conflict('That group is archived.', 'audienceGroupId');
      } else if (!orgWide) {
        throw forbidden('Only HR and org admins hold town halls for the whole organisation.');
      }
      const hosts = await this.checkPeople(m, input.hostIds, 'hostIds');
      const moderators = await this.checkPeople(m, input.moderatorIds, 'moderatorIds');
      if (groupId && (await TownHallsService.secretGroup(m, groupId))) {
        await TownHallsService.checkMembers(m, groupId, hosts, 'hostIds');
        await TownHallsService.checkMembers(m, groupId, moderators, 'moderatorIds');
      }
      const [row] = await m.query<Array<{ id: string }>>(
        `INSERT INTO town_halls (title, description, audience_group_id, starts_at, ends_at,
                                 allow_anonymous, pre_moderated, vote_budget, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          title,
          description,
          groupId,
          input.startsAt,
          input.endsAt,
          input.allowAnonymous,
          input.preModerated,
          budget,
          actor.id,
        ],
      );
      const newId = (row as { id: string }).id;
      await this.setPeople(m, newId, 'HOST', hosts);
      await this.setPeople(m, newId, 'MODERATOR', moderators);
      return newId;
    });
    return this.load(actor, id);
  }

  async update(actor: AuthUser, input: UpdateTownHallInput): Promise<LoadedTownHall> {
    await this.ds.transaction(async (m) => {
      const th = await this.load(actor, input.id, m, true);
      if (!th.access.manager) throw forbidden('Only those who run this town hall can change it.');
      if (th.state === TownHallState.ARCHIVED) throw conflict('This town hall is archived.');
      const title =
        input.title === undefined
          ? th.title
          : text(input.title, 'title', LIMITS.titleMin, LIMITS.titleMax);
      const description =
        input.description === undefined
          ? th.description
          : text(input.description, 'description', 0, LIMITS.descriptionMax);
      const startsAt = input.startsAt ?? th.startsAt;
      const endsAt = input.endsAt ?? th.endsAt;
      TownHallsService.times(startsAt, endsAt);
      const budget =
        input.voteBudget === undefined ? th.voteBudget : TownHallsService.budget(input.voteBudget);
      const secret = await TownHallsService.secretGroup(m, th.audienceGroupId);
      if (input.hostIds) {
        if (!input.hostIds.length) throw badInput('Name at least one host.', 'hostIds');
        if (input.hostIds.length > LIMITS.hostsMax)
          throw badInput(`At most ${LIMITS.hostsMax} hosts.`, 'hostIds');
        const hosts = await this.checkPeople(m, input.hostIds, 'hostIds');
        if (secret && th.audienceGroupId)
          await TownHallsService.checkMembers(m, th.audienceGroupId, hosts, 'hostIds');
        await this.setPeople(m, th.id, 'HOST', hosts);
      }
      if (input.moderatorIds) {
        if (input.moderatorIds.length > LIMITS.moderatorsMax)
          throw badInput(`At most ${LIMITS.moderatorsMax} moderators.`, 'moderatorIds');
        const moderators = await this.checkPeople(m, input.moderatorIds, 'moderatorIds');
        if (secret && th.audienceGroupId)
          await TownHallsService.checkMembers(m, th.audienceGroupId, moderators, 'moderatorIds');
        await this.setPeople(m, th.id, 'MODERATOR', moderators);
      }
      await m.query(
        `UPDATE town_halls SET title = $2, description = $3, starts_at = $4, ends_at = $5,
                allow_anonymous = $6, pre_moderated = $7, vote_budget = $8, updated_at = now()
          WHERE id = $1`,
        [
          th.id,
          title,
          description,
          startsAt,
          endsAt,
          input.allowAnonymous ?? th.allowAnonymous,
          input.preModerated ?? th.preModerated,
          budget,
        ],
      );
    });
    this.events.publish(TownHallEventKind.STATE_CHANGED, input.id);
    return this.load(actor, input.id);
  }

  async setState(actor: AuthUser, id: string, to: TownHallState): Promise<LoadedTownHall> {
    await this.ds.transaction(async (m) => {
      const th = await this.load(actor, id, m, true);
      if (!mayMove(th.access, to))
        throw forbidden('Only those who run this town hall can change its state.');
      if (!canMove(th.state, to))
        throw badInput(`A town hall cannot go from ${th.state} to ${to}.`, 'state');
      if (to === TownHallState.ENDED || to === TownHallState.ARCHIVED) {
        await m.query(
          `UPDATE town_hall_questions SET answer_state = NULL
            WHERE town_hall_id = $1 AND answer_state = 'ANSWERING'`,
          [id],
        );
        await m.query(`UPDATE town_halls SET answering_question_id = NULL WHERE id = $1`, [id]);
      }
      await m.query(`UPDATE town_halls SET state = $2, updated_at = now() WHERE id = $1`, [id, to]);
    });
    this.events.publish(TownHallEventKind.STATE_CHANGED, id);
    return this.load(actor, id);
  }

  // ---------- questions: reading ----------

  private async questionRows(
    m: EntityManager,
    actor: AuthUser,
    townHallId: string,
    where: string,
    order: string,
    params: unknown[] = [],
    limit: number = LIMITS.listMax,
  ): Promise<QuestionRow[]> {
    const rows = await m.query<QuestionRow[]>(
      `SELECT ${QUESTION_COLUMNS} FROM town_hall_questions q
        WHERE q.town_hall_id = $3 AND (${where})
        ORDER BY ${order} LIMIT ${Math.max(1, Math.min(limit, LIMITS.listMax))}`,
      [actor.id, this.keys.legacyAnonymous(townHallId, actor.id), townHallId, ...params],
    );
    for (const row of rows)
      row.is_mine = row.is_mine || this.keys.isAmong(row.anon_askers, actor.id, townHallId);
    return rows;
  }

  /**
   * A page of the town hall's questions in one order, continued with a keyset cursor (so a town
   * hall of any size can be read whole). MINE reads candidates in batches, as anonymous askers are
   * recognised only here.
   */
  async questions(
    actor: AuthUser,
    th: LoadedTownHall,
    page: { order: TownHallQuestionOrder; first: number; after?: string | null },
  ): Promise<Connection<TownHallQuestion>> {
    return this.pageOf(
      actor,
      th,
      QUESTION_ORDERS[page.order],
      page,
      page.order === TownHallQuestionOrder.MINE,
    );
  }

  async moderationQueue(
    actor: AuthUser,
    th: LoadedTownHall,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TownHallQuestion>> {
    if (!canModerate(th.access))
      throw forbidden('Only the town hall’s moderators and hosts see its queue.');
    return this.pageOf(actor, th, QUEUE_ORDER, page);
  }

  async followUps(
    actor: AuthUser,
    th: LoadedTownHall,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TownHallQuestion>> {
    return this.pageOf(actor, th, FOLLOW_UP_ORDER, page);
  }

  /** One keyset page in `spec`'s order; with `mine`, only the actor's questions (read in batches). */
  private async pageOf(
    actor: AuthUser,
    th: LoadedTownHall,
    spec: QuestionOrderSpec,
    page: { first: number; after?: string | null },
    mine = false,
  ): Promise<Connection<TownHallQuestion>> {
    const batch = mine ? QUESTION_PAGE.max : page.first + 1;
    let cursor: Array<string | number> | null = page.after
      ? decodeCursorAs(page.after, spec.parts)
      : null;
    const found: KeyedQuestionRow[] = [];
    for (;;) {
      const rows = await this.ds.query<KeyedQuestionRow[]>(
        `SELECT ${QUESTION_COLUMNS}, ${KEY_COLUMNS} FROM town_hall_questions q
          WHERE q.town_hall_id = $3 AND (${spec.where}) ${cursor ? `AND ${spec.after}` : ''}
          ORDER BY ${spec.orderBy} LIMIT ${batch}`,
        [actor.id, this.keys.legacyAnonymous(th.id, actor.id), th.id, ...(cursor ?? [])],
      );
      for (const row of rows) {
        row.is_mine = row.is_mine || this.keys.isAmong(row.anon_askers, actor.id, th.id);
        if (!mine || row.is_mine) found.push(row);
        if (found.length > page.first) break;
      }
      const last = rows.at(-1);
      if (!mine || found.length > page.first || rows.length < batch || !last) break;
      cursor = spec.key(last);
    }
    const mod = canModerate(th.access);
    return toConnection(found, page.first, spec.key, (r) => toQuestion(r, mod));
  }

  async answering(actor: AuthUser, th: LoadedTownHall): Promise<TownHallQuestion | null> {
    if (!th.answeringQuestionId) return null;
    const [row] = await this.questionRows(
      this.ds.manager,
      actor,
      th.id,
      `q.id = $4 AND q.status = 'PUBLISHED'`,
      'q.id',
      [th.answeringQuestionId],
    );
    return row ? toQuestion(row, canModerate(th.access)) : null;
  }

  async pendingCount(th: LoadedTownHall): Promise<number | null> {
    if (!canModerate(th.access)) return null;
    const [r] = await this.ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM town_hall_questions WHERE town_hall_id = $1 AND status = 'PENDING'`,
      [th.id],
    );
    return r?.n ?? 0;
  }

  async publishedCount(th: LoadedTownHall): Promise<number> {
    const [r] = await this.ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM town_hall_questions WHERE town_hall_id = $1 AND status = 'PUBLISHED'`,
      [th.id],
    );
    return r?.n ?? 0;
  }

  /** One question as the actor may see it: published, theirs, or any for moderators. */
  private async question(
    m: EntityManager,
    actor: AuthUser,
    id: string,
    lock = false,
  ): Promise<{ q: QuestionRow; th: LoadedTownHall }> {
    if (!isUuid(id)) throw notFound('That question');
    const [ref] = await m.query<Array<{ town_hall_id: string }>>(
      `SELECT town_hall_id FROM town_hall_questions WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!ref) throw notFound('That question');
    let th: LoadedTownHall;
    try {
      th = await this.load(actor, ref.town_hall_id, m);
    } catch {
      throw notFound('That question');
    }
    const [q] = await this.questionRows(m, actor, th.id, 'q.id = $4', 'q.id', [id]);
    if (!q) throw notFound('That question');
    const visible =
      q.is_mine ||
      (q.status === TownHallQuestionStatus.PUBLISHED && th.state !== TownHallState.DRAFT) ||
      th.access.manager ||
      th.access.host ||
      th.access.moderator;
    if (!visible) throw notFound('That question');
    return { q, th };
  }

  async findQuestion(actor: AuthUser, id: string): Promise<TownHallQuestion> {
    const { q, th } = await this.question(this.ds.manager, actor, id);
    return toQuestion(q, canModerate(th.access));
  }

  async similar(actor: AuthUser, townHallId: string, textIn: string): Promise<TownHallQuestion[]> {
    const th = await this.load(actor, townHallId);
    const probe = textIn.trim().slice(0, LIMITS.questionMax);
    if (probe.length < 4) return [];
    const rows = await this.questionRows(
      this.ds.manager,
      actor,
      th.id,
      `q.status = 'PUBLISHED' AND (similarity(q.body, $4) >= 0.2 OR word_similarity($4, q.body) >= 0.4)`,
      'greatest(similarity(q.body, $4), word_similarity($4, q.body)) DESC, q.vote_count DESC, q.id',
      [probe],
      5,
    );
    return rows.map((r) => toQuestion(r, canModerate(th.access)));
  }

  // ---------- questions: asking ----------

  async ask(
    actor: AuthUser,
    townHallId: string,
    bodyIn: string,
    anonymous: boolean,
  ): Promise<TownHallQuestion> {
    const th = await this.load(actor, townHallId);
    if (!th.access.audience) throw forbidden('Only the town hall’s audience can ask.');
    if (!canTakePart(th.access)) throw conflict('This town hall is not taking questions now.');
    const body = text(bodyIn, 'body', LIMITS.questionMin, LIMITS.questionMax);
    if (anonymous && !th.allowAnonymous)
      throw badInput('This town hall does not take anonymous questions.', 'anonymous');
    const hit = await this.limiter.hit(
      this.keys.rateLimit(th.id, actor.id),
      LIMITS.asksPerWindow,
      LIMITS.askWindowSeconds,
    );
    if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
    const status = th.preModerated
      ? TownHallQuestionStatus.PENDING
      : TownHallQuestionStatus.PUBLISHED;
    const id = randomUUID();
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO town_hall_questions (id, town_hall_id, body, anonymous, author_id, status, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 = 'PUBLISHED' THEN now() END)`,
        [id, th.id, body, anonymous, anonymous ? null : actor.id, status],
      );
      await m.query(
        `INSERT INTO town_hall_question_askers (question_id, origin_question_id, user_id, anon_key)
         VALUES ($1, $1, $2, $3)`,
        [id, anonymous ? null : actor.id, anonymous ? this.keys.anonymous(id, actor.id) : null],
      );
    });
    if (status === TownHallQuestionStatus.PUBLISHED)
      this.events.publish(TownHallEventKind.QUESTION_PUBLISHED, th.id, id);
    else this.events.publish(TownHallEventKind.QUEUE_CHANGED, th.id, id);
    return this.findQuestion(actor, id);
  }

  async withdraw(actor: AuthUser, id: string): Promise<TownHallQuestion> {
    const after = await this.ds.transaction(async (m) => {
      const { q, th } = await this.question(m, actor, id, true);
      if (!q.is_mine) throw forbidden('Only the person who asked can withdraw a question.');
      if (
        q.status !== TownHallQuestionStatus.PENDING &&
        q.status !== TownHallQuestionStatus.PUBLISHED
      )
        throw conflict('This question can no longer be withdrawn.');
      if (q.answer_state !== null && q.answer_state !== TownHallAnswerState.DEFERRED)
        throw conflict('This question is being answered or has been answered.');
      const askers = await m.query<
        Array<{ id: string; user_id: string | null; anon_key: string | null; origin: string }>
      >(
        `SELECT id, user_id, anon_key, origin_question_id AS origin
           FROM town_hall_question_askers WHERE question_id = $1`,
        [id],
      );
      if (askers.length > 1) {
        // Others asked it too (merged): only I step away from it.
        const mine = askers.filter(
          (a) =>
            a.user_id === actor.id ||
            (a.anon_key !== null &&
              this.keys.isAmong([{ o: a.origin, k: a.anon_key }], actor.id, th.id)),
        );
        await m.query(`DELETE FROM town_hall_question_askers WHERE id = ANY($1::bigint[])`, [
          mine.map((a) => a.id),
        ]);
        return { th, wasPublished: false, removed: false };
      }
      await m.query(
        `UPDATE town_hall_questions SET status = 'WITHDRAWN', answer_state = NULL WHERE id = $1`,
        [id],
      );
      return { th, wasPublished: q.status === TownHallQuestionStatus.PUBLISHED, removed: true };
    });
    if (after.removed)
      this.events.publish(
        after.wasPublished ? TownHallEventKind.QUESTION_REMOVED : TownHallEventKind.QUEUE_CHANGED,
        after.th.id,
        id,
      );
    const [row] = await this.questionRows(
      this.ds.manager,
      actor,
      after.th.id,
      'q.id = $4',
      'q.id',
      [id],
    );
    return toQuestion(row as QuestionRow, canModerate(after.th.access));
  }

  // ---------- moderation ----------

  private async moderated(
    actor: AuthUser,
    id: string,
    work: (m: EntityManager, q: QuestionRow, th: LoadedTownHall) => Promise<void>,
    alsoLock: string[] = [],
  ): Promise<{ th: LoadedTownHall; before: QuestionRow }> {
    const result = await this.ds.transaction(async (m) => {
      if (alsoLock.length)
        // Every row the change touches, in id order, so two changes cannot deadlock.
        await m.query(
          `SELECT id FROM town_hall_questions WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          [[id, ...alsoLock].filter(isUuid)],
        );
      const { q, th } = await this.question(m, actor, id, true);
      if (!canModerate(th.access))
        throw forbidden('Only the town hall’s moderators and hosts can do that.');
      await work(m, q, th);
      return { th, before: q };
    });
    this.jobs.wake();
    return result;
  }

  async publish(actor: AuthUser, id: string): Promise<TownHallQuestion> {
    const { th } = await this.moderated(actor, id, async (m, q) => {
      if (
        q.status !== TownHallQuestionStatus.PENDING &&
        q.status !== TownHallQuestionStatus.REJECTED
      )
        throw conflict('Only a waiting or rejected question can be published.');
      await m.query(
        `UPDATE town_hall_questions SET status = 'PUBLISHED', published_at = now(),
                reject_reason = NULL, reject_note = NULL WHERE id = $1`,
        [id],
      );
    });
    this.events.publish(TownHallEventKind.QUESTION_PUBLISHED, th.id, id);
    this.events.publish(TownHallEventKind.QUEUE_CHANGED, th.id, id);
    return this.findQuestion(actor, id);
  }

  async reject(
    actor: AuthUser,
    id: string,
    reason: TownHallRejectReason,
    noteIn?: string | null,
  ): Promise<TownHallQuestion> {
    const note = noteIn ? text(noteIn, 'note', 0, LIMITS.noteMax) || null : null;
    const { th, before } = await this.moderated(actor, id, async (m, q, t) => {
      if (
        q.status !== TownHallQuestionStatus.PENDING &&
        q.status !== TownHallQuestionStatus.PUBLISHED
      )
        throw conflict('Only a waiting or published question can be rejected.');
      if (q.answer_state !== null && q.answer_state !== TownHallAnswerState.DEFERRED)
        throw conflict('This question is being answered or has been answered.');
      await m.query(
        `UPDATE town_hall_questions SET status = 'REJECTED', reject_reason = $2, reject_note = $3,
                answer_state = NULL WHERE id = $1`,
        [id, reason, note],
      );
      await this.outbox.record(m, NotifyJob.TOWN_HALL_REJECTED, {
        questionId: id,
        townHallId: t.id,
      });
    });
    if (before.status === TownHallQuestionStatus.PUBLISHED)
      this.events.publish(TownHallEventKind.QUESTION_REMOVED, th.id, id);
    this.events.publish(TownHallEventKind.QUEUE_CHANGED, th.id, id);
    return this.findQuestion(actor, id);
  }

  async edit(actor: AuthUser, id: string, bodyIn: string): Promise<TownHallQuestion> {
    const body = text(bodyIn, 'body', LIMITS.questionMin, LIMITS.questionMax);
    const { th, before } = await this.moderated(actor, id, async (m, q) => {
      if (
        q.status !== TownHallQuestionStatus.PENDING &&
        q.status !== TownHallQuestionStatus.PUBLISHED
      )
        throw conflict('Only a waiting or published question can be edited.');
      await m.query(
        `UPDATE town_hall_questions SET body = $2, edited_by_moderator = true WHERE id = $1`,
        [id, body],
      );
    });
    this.events.publish(
      before.status === TownHallQuestionStatus.PUBLISHED
        ? TownHallEventKind.QUESTION_CHANGED
        : TownHallEventKind.QUEUE_CHANGED,
      th.id,
      id,
    );
    return this.findQuestion(actor, id);
  }

  /** Moves a duplicate's askers and votes into another question (a person voting for both counts once). */
  async merge(actor: AuthUser, id: string, intoId: string): Promise<TownHallQuestion> {
    if (id === intoId) throw badInput('Pick another question to merge into.', 'intoId');
    if (!isUuid(intoId)) throw notFound('That question');
    let count = 0;
    const { th, before } = await this.moderated(
      actor,
      id,
      async (m, q, t) => {
        const [target] = await m.query<Array<{ town_hall_id: string; status: string }>>(
          `SELECT town_hall_id, status FROM town_hall_questions WHERE id = $1`,
          [intoId],
        );
        if (!target || target.town_hall_id !== t.id) throw notFound('That question');
        if (target.status !== 'PUBLISHED' && target.status !== 'PENDING')
          throw conflict('Merge into a waiting or published question.', 'intoId');
        if (
          q.status !== TownHallQuestionStatus.PENDING &&
          q.status !== TownHallQuestionStatus.PUBLISHED
        )
          throw conflict('Only a waiting or published question can be merged.');
        if (q.answer_state !== null && q.answer_state !== TownHallAnswerState.DEFERRED)
          throw conflict('This question is being answered or has been answered.');
        await m.query(
          `INSERT INTO town_hall_question_askers (question_id, origin_question_id, user_id, anon_key)
         SELECT $2, origin_question_id, user_id, anon_key FROM town_hall_question_askers WHERE question_id = $1
         ON CONFLICT DO NOTHING`,
          [id, intoId],
        );
        await m.query(
          `INSERT INTO town_hall_votes (question_id, user_id, town_hall_id, created_at)
         SELECT $2, user_id, town_hall_id, created_at FROM town_hall_votes WHERE question_id = $1
         ON CONFLICT DO NOTHING`,
          [id, intoId],
        );
        await m.query(`DELETE FROM town_hall_votes WHERE question_id = $1`, [id]);
        await m.query(
          `UPDATE town_hall_questions SET status = 'MERGED', merged_into_id = $2, vote_count = 0,
                answer_state = NULL WHERE id = $1`,
          [id, intoId],
        );
        const [c] = await m.query<Array<{ n: number }>>(
          `WITH u AS (
           UPDATE town_hall_questions
              SET vote_count = (SELECT count(*)::int FROM town_hall_votes WHERE question_id = $1)
            WHERE id = $1 RETURNING vote_count)
         SELECT vote_count AS n FROM u`,
          [intoId],
        );
        count = c?.n ?? 0;
        await this.outbox.record(m, NotifyJob.TOWN_HALL_MERGED, {
          questionId: id,
          townHallId: t.id,
        });
      },
      [intoId],
    );
    this.events.publish(
      before.status === TownHallQuestionStatus.PUBLISHED
        ? TownHallEventKind.QUESTION_REMOVED
        : TownHallEventKind.QUEUE_CHANGED,
      th.id,
      id,
    );
    this.events.publish(TownHallEventKind.VOTES_CHANGED, th.id, intoId, { voteCount: count });
    this.events.publish(TownHallEventKind.QUEUE_CHANGED, th.id, intoId);
    return this.findQuestion(actor, intoId);
  }

  // ---------- voting ----------

  async vote(actor: AuthUser, id: string, up: boolean): Promise<TownHallQuestion> {
    const { th, count, changed } = await this.ds.transaction(async (m) => {
      if (!isUuid(id)) throw notFound('That question');
      const [ref] = await m.query<Array<{ town_hall_id: string }>>(
        `SELECT town_hall_id FROM town_hall_questions WHERE id = $1`,
        [id],
      );
      if (!ref) throw notFound('That question');
      // One person's votes in one town hall are counted under a lock, so a budget holds under
      // concurrent votes; then the question row is locked to count exactly.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `town-hall-votes:${ref.town_hall_id}:${actor.id}`,
      ]);
      const { q, th: t } = await this.question(m, actor, id, true);
      if (q.status !== TownHallQuestionStatus.PUBLISHED) throw notFound('That question');
      if (!t.access.audience) throw forbidden('Only the town hall’s audience can vote.');
      if (!canTakePart(t.access)) throw conflict('Voting is closed in this town hall.');
      if (q.answer_state !== null && ANSWERED.includes(q.answer_state))
        throw conflict('This question has been answered.');
      if (up) {
        if (t.voteBudget !== null) {
          const used = await this.votesUsed(m, t.id, actor.id);
          if (!q.viewer_has_voted && used >= t.voteBudget)
            throw conflict(
              `You have used all ${t.voteBudget} of your votes. Take one back to vote for this question.`,
              'voteBudget',
            );
        }
        const ins = await m.query<Array<{ question_id: string }>>(
          `INSERT INTO town_hall_votes (question_id, user_id, town_hall_id) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING question_id`,
          [id, actor.id, t.id],
        );
        if (!ins.length) return { th: t, count: q.vote_count, changed: false };
      } else {
        const del = await m.query<[Array<{ question_id: string }>, number]>(
          `DELETE FROM town_hall_votes WHERE question_id = $1 AND user_id = $2 RETURNING question_id`,
          [id, actor.id],
        );
        if (!del[1]) return { th: t, count: q.vote_count, changed: false };
      }
      const [c] = await m.query<Array<{ n: number }>>(
        `WITH u AS (UPDATE town_hall_questions SET vote_count = vote_count + $2 WHERE id = $1
                    RETURNING vote_count)
         SELECT vote_count AS n FROM u`,
        [id, up ? 1 : -1],
      );
      return { th: t, count: c?.n ?? 0, changed: true };
    });
    if (changed)
      this.events.publish(TownHallEventKind.VOTES_CHANGED, th.id, id, { voteCount: count });
    return this.findQuestion(actor, id);
  }

  // ---------- answering ----------

  async answer(actor: AuthUser, input: AnswerTownHallQuestionInput): Promise<TownHallQuestion> {
    const { id, state: to } = input;
    let answerText: string | null = null;
    if (to === TownHallAnswerState.ANSWERED_IN_WRITING)
      answerText = text(input.answer, 'answer', 1, LIMITS.answerMax);
    const { th, previous } = await this.ds.transaction(async (m) => {
      // The town hall first (one question is ANSWERING at a time), then the question.
      if (isUuid(id))
        await m.query(
          `SELECT th.id FROM town_halls th JOIN town_hall_questions q ON q.town_hall_id = th.id
            WHERE q.id = $1 FOR UPDATE OF th`,
          [id],
        );
      const { q, th: t } = await this.question(m, actor, id, true);
      const owner = q.deferred_to_id === actor.id && to === TownHallAnswerState.ANSWERED_IN_WRITING;
      if (!t.access.host && !owner)
        throw forbidden('Only the town hall’s hosts answer its questions.');
      if (q.status !== TownHallQuestionStatus.PUBLISHED)
        throw conflict('Only a published question can be answered.');
      if (!answerMoveAllowed(t.state, q.answer_state, to))
        throw conflict(
          q.answer_state && ANSWERED.includes(q.answer_state)
            ? 'This question has already been answered.'
            : to === TownHallAnswerState.ANSWERING || to === TownHallAnswerState.ANSWERED_LIVE
              ? 'Questions are answered live while the town hall is live.'
              : 'This question cannot be answered that way now.',
        );
      let prev: string | null = null;
      if (to === TownHallAnswerState.ANSWERING) {
        prev = t.answeringQuestionId;
        if (prev && prev !== id)
          await m.query(
            `UPDATE town_hall_questions SET answer_state = NULL WHERE id = $1 AND answer_state = 'ANSWERING'`,
            [prev],
          );
        await m.query(`UPDATE town_hall_questions SET answer_state = 'ANSWERING' WHERE id = $1`, [
          id,
        ]);
        await m.query(`UPDATE town_halls SET answering_question_id = $2 WHERE id = $1`, [t.id, id]);
        return { th: t, previous: prev };
      }
      if (t.answeringQuestionId === id)
        await m.query(`UPDATE town_halls SET answering_question_id = NULL WHERE id = $1`, [t.id]);
      if (to === TownHallAnswerState.DEFERRED) {
        const ownerId = input.deferredToId;
        const due = input.deferredUntil;
        if (!ownerId) throw badInput('Name who will answer it.', 'deferredToId');
        if (!due || Number.isNaN(due.getTime()) || due <= new Date())
          throw badInput('Give a due date in the future.', 'deferredUntil');
        await this.checkPeople(m, [ownerId], 'deferredToId');
        if (t.audienceGroupId && (await TownHallsService.secretGroup(m, t.audienceGroupId)))
          await TownHallsService.checkMembers(m, t.audienceGroupId, [ownerId], 'deferredToId');
        await m.query(
          `UPDATE town_hall_questions SET answer_state = 'DEFERRED', deferred_to_id = $2,
                  deferred_until = $3 WHERE id = $1`,
          [id, ownerId, due],
        );
        await this.outbox.record(
          m,
          NotifyJob.TOWN_HALL_FOLLOW_UP_DUE,
          { questionId: id, townHallId: t.id, dueAt: due.toISOString() },
          due,
        );
      } else {
        await m.query(
          `UPDATE town_hall_questions SET answer_state = $2, answer = COALESCE($3, answer),
                  answered_at = now(), answered_by_id = $4 WHERE id = $1`,
          [id, to, answerText, actor.id],
        );
      }
      await this.outbox.record(m, NotifyJob.TOWN_HALL_ANSWERED, {
        questionId: id,
        townHallId: t.id,
        actorId: actor.id,
      });
      return { th: t, previous: t.answeringQuestionId === id ? id : null };
    });
    this.jobs.wake();
    if (to === TownHallAnswerState.ANSWERING || previous)
      this.events.publish(TownHallEventKind.ANSWERING_CHANGED, th.id, id);
    this.events.publish(TownHallEventKind.QUESTION_CHANGED, th.id, id);
    return this.findQuestion(actor, id);
  }

  // ---------- after ----------

  async summary(th: LoadedTownHall): Promise<TownHallSummary> {
    const rows = await this.ds.query<
      Array<{
        status: string;
        answer_state: string | null;
        reject_reason: TownHallRejectReason | null;
        seconds: number | null;
      }>
    >(
      `SELECT status, answer_state, reject_reason,
              CASE WHEN answer_state IN ('ANSWERED_LIVE', 'ANSWERED_IN_WRITING') AND answered_at IS NOT NULL
                   THEN extract(epoch FROM answered_at - COALESCE(published_at, created_at))::float8 END AS seconds
         FROM town_hall_questions WHERE town_hall_id = $1`,
      [th.id],
    );
    const is = (s: string) => rows.filter((r) => r.status === s);
    const published = is('PUBLISHED');
    const rejected = is('REJECTED');
    const reasons = new Map<TownHallRejectReason, number>();
    for (const r of rejected)
      if (r.reject_reason) reasons.set(r.reject_reason, (reasons.get(r.reject_reason) ?? 0) + 1);
    const secs = published.flatMap((r) => (r.seconds === null ? [] : [Math.max(0, r.seconds)]));
    const med = median(secs);
    return {
      received: rows.length,
      published: published.length,
      merged: is('MERGED').length,
      rejected: rejected.length,
      rejectedByReason: Object.values(TownHallRejectReason)
        .filter((reason) => reasons.has(reason))
        .map((reason) => ({ reason, count: reasons.get(reason) ?? 0 })),
      withdrawn: is('WITHDRAWN').length,
      answeredLive: published.filter((r) => r.answer_state === 'ANSWERED_LIVE').length,
      answeredInWriting: published.filter((r) => r.answer_state === 'ANSWERED_IN_WRITING').length,
      deferredOpen: published.filter((r) => r.answer_state === 'DEFERRED').length,
      unanswered: published.filter((r) => r.answer_state === null || r.answer_state === 'ANSWERING')
        .length,
      medianSecondsToAnswer: med === null ? null : Math.round(med),
    };
  }

  /** The Q&A log as CSV, for managers and hosts. Anonymous questions say "Anonymous", nothing more. */
  async csv(actor: AuthUser, id: string): Promise<string> {
    const th = await this.load(actor, id);
    if (!th.access.manager && !th.access.host)
      throw forbidden('Only those who run this town hall and its hosts can export it.');
    const rows = await this.ds.query<
      Array<{
        id: string;
        created_at: Date;
        published_at: Date | null;
        status: string;
        anonymous: boolean;
        author: string | null;
        body: string;
        vote_count: number;
        answer_state: string | null;
        answer: string | null;
        answered_at: Date | null;
        answered_by: string | null;
        deferred_to: string | null;
        deferred_until: Date | null;
        reject_reason: string | null;
        merged_into_id: string | null;
      }>
    >(
      `SELECT q.id, q.created_at, q.published_at, q.status, q.anonymous,
              CASE WHEN q.anonymous THEN NULL ELSE au.display_name END AS author,
              q.body, q.vote_count, q.answer_state, q.answer, q.answered_at,
              ab.display_name AS answered_by, dt.display_name AS deferred_to, q.deferred_until,
              q.reject_reason, q.merged_into_id
         FROM town_hall_questions q
         LEFT JOIN users au ON au.id = q.author_id AND NOT q.anonymous
         LEFT JOIN users ab ON ab.id = q.answered_by_id
         LEFT JOIN users dt ON dt.id = q.deferred_to_id
        WHERE q.town_hall_id = $1
        ORDER BY q.created_at, q.id`,
      [th.id],
    );
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');
    const lines = [
      csvLine([
        'question_id',
        'asked_at',
        'published_at',
        'status',
        'asked_by',
        'question',
        'votes',
        'answer_state',
        'answer',
        'answered_at',
        'answered_by',
        'deferred_to',
        'deferred_until',
        'reject_reason',
        'merged_into',
      ]),
      ...rows.map((r) =>
        csvLine([
          r.id,
          iso(r.created_at),
          iso(r.published_at),
          r.status,
          r.anonymous ? 'Anonymous' : (r.author ?? ''),
          r.body,
          r.vote_count,
          r.answer_state ?? '',
          r.answer ?? '',
          iso(r.answered_at),
          r.answered_by ?? '',
          r.deferred_to ?? '',
          iso(r.deferred_until),
          r.reject_reason ?? '',
          r.merged_into_id ?? '',
        ]),
      ),
    ];
    return `${lines.join('\r\n')}\r\n`;
  }

  /** The people of a town hall (hosts and moderators), for many town halls in one query. */
  async people(
    townHallIds: readonly string[],
  ): Promise<Array<{ town_hall_id: string; user_id: string; role: 'HOST' | 'MODERATOR' }>> {
    return this.ds.query(
      `SELECT town_hall_id, user_id, role FROM town_hall_people
        WHERE town_hall_id = ANY($1::uuid[]) ORDER BY user_id`,
      [[...townHallIds]],
    );
  }

  async groupNames(ids: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    return this.ds.query(`SELECT id, name FROM groups WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }
}
