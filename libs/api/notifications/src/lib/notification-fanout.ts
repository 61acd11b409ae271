import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobPayload, NotifyJob, Outbox } from '@hearth/api/core';
import {
  isMemberSql,
  joinRequestIn,
  mayReadContentSql,
  memberIdsSql,
  membersWithRole,
  pendingInvitation,
} from '@hearth/api/groups';
import {
  hasReactedToPost,
  liveComment,
  parentCommentId,
  publishedPost,
  reviewedPost,
} from '@hearth/api/conversation';
import { GroupRole, JoinRequestStatus } from '@hearth/shared/util';
import { EntityManager } from 'typeorm';
import { NotificationChange, NotificationKind } from './notification.model';
import { levelsFor } from './notification-text';
import { NotificationEvents } from './notification-events';

/**
 * The most recent different people a notification keeps (it names three). Someone who acts again
 * is not counted again, unless this many others acted in between: the row stays small however many
 * people react to a post, instead of growing (and being rewritten) with each of them.
 */
export const ACTORS_KEPT = 50;

/** Who may be told about content of a group. */
enum Access {
  /** Current members only: leaving a group ends its notifications. */
  MEMBER = 'MEMBER',
  /** Anyone who may read the group (members; anyone for OPEN groups unless banned; org admins). */
  READER = 'READER',
  /** No group condition (decisions about the recipient themself). */
  ANY = 'ANY',
}

/** Where an event stands: its job's id (the order events happened in) and its time. */
interface JobEvent {
  seq: string;
  at: Date;
}

interface Spec {
  kind: NotificationKind;
  /** Grouping: while unread, one notification per recipient and subject. */
  subject: string;
  groupId: string;
  postId?: string | null;
  commentId?: string | null;
  actorId?: string | null;
  detail?: string | null;
  /** null: every member of the group. */
  candidates: readonly string[] | null;
  access: Access;
  /** Already told about this event under a kind that takes precedence. */
  exclude: readonly string[];
  /** The event's place in the order events happened, and its time. */
  ev: JobEvent;
}

/**
 * Creates or bumps one notification per eligible recipient in a single statement. Eligible: an
 * active account other than the actor's, who has not turned the kind off, may see the subject
 * (see Access), and whose level in the group lets the kind through.
 *
 * `$12` is the job's place in the order events happened (its outbox id), `$13` the event's time.
 * Jobs run on several processes at once, so an earlier event can arrive after a later one: actors
 * are kept in the order of their latest event (`actor_seqs` beside `actor_ids`), what the
 * notification links to and says (post, comment, detail) is the latest event's, and its time (which
 * orders the list) is the latest event's — not the time the last job to arrive ran.
 */
const FAN_OUT_SQL = `
WITH cand AS (
  SELECT c.id FROM unnest($8::uuid[]) AS c(id) WHERE $8::uuid[] IS NOT NULL
  UNION
  SELECT gm.user_id FROM (${memberIdsSql('$3')}) gm WHERE $8::uuid[] IS NULL
), eligible AS (
  SELECT u.id FROM cand JOIN users u ON u.id = cand.id AND u.active
   WHERE u.id IS DISTINCT FROM $6::uuid
     AND NOT (u.id = ANY($9::uuid[]))
     AND NOT EXISTS (SELECT 1 FROM notification_muted_kinds k WHERE k.user_id = u.id AND k.kind = $1)
     AND ($11 = 'ANY'
          OR ${isMemberSql('$3', 'u.id', 'exists')}
          OR ($11 = 'READER' AND ${mayReadContentSql({ id: '$3' }, 'u.id', `u.org_role = 'ADMIN'`, 'exists')}))
     AND ($10::text[] IS NULL OR COALESCE(
          (SELECT l.level FROM notification_group_levels l WHERE l.user_id = u.id AND l.group_id = $3),
          'HIGHLIGHTS') = ANY($10::text[]))
)
INSERT INTO notifications (recipient_id, kind, subject_key, group_id, post_id, comment_id, actor_ids,
                           actor_seqs, actor_count, detail, latest_seq, created_at, updated_at)
SELECT id, $1, $2, $3, $4, $5,
       CASE WHEN $6::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$6::uuid] END,
       CASE WHEN $6::uuid IS NULL THEN '{}'::bigint[] ELSE ARRAY[$12::bigint] END,
       CASE WHEN $6::uuid IS NULL THEN 0 ELSE 1 END, $7, $12::bigint, $13::timestamptz, $13::timestamptz
  FROM eligible
ON CONFLICT (recipient_id, subject_key) WHERE read_at IS NULL DO UPDATE SET
  (actor_ids, actor_seqs) = (
    SELECT COALESCE(array_agg(a.id ORDER BY a.seq DESC), '{}'),
           COALESCE(array_agg(a.seq ORDER BY a.seq DESC), '{}')
      FROM (SELECT k.id, k.seq FROM (
              SELECT x.id, x.seq FROM unnest(notifications.actor_ids, notifications.actor_seqs) AS x(id, seq)
               WHERE x.id IS DISTINCT FROM $6::uuid
              UNION ALL
              SELECT $6::uuid, GREATEST($12::bigint, (
                       SELECT max(y.seq) FROM unnest(notifications.actor_ids, notifications.actor_seqs) AS y(id, seq)
                        WHERE y.id = $6::uuid))
               WHERE $6::uuid IS NOT NULL) k
             ORDER BY k.seq DESC LIMIT ${ACTORS_KEPT}) a),
  actor_count = notifications.actor_count
                + CASE WHEN $6::uuid IS NULL OR $6::uuid = ANY(notifications.actor_ids) THEN 0 ELSE 1 END,
  event_count = notifications.event_count + 1,
  post_id = CASE WHEN $12::bigint > notifications.latest_seq THEN EXCLUDED.post_id ELSE notifications.post_id END,
  comment_id = CASE WHEN $12::bigint > notifications.latest_seq THEN EXCLUDED.comment_id ELSE notifications.comment_id END,
  detail = CASE WHEN $12::bigint > notifications.latest_seq THEN EXCLUDED.detail ELSE notifications.detail END,
  latest_seq = GREATEST(notifications.latest_seq, $12::bigint),
  updated_at = GREATEST(notifications.updated_at, $13::timestamptz)
RETURNING recipient_id`;

async function fanOut(m: EntityManager, s: Spec): Promise<string[]> {
  const rows: Array<{ recipient_id: string }> = await m.query(FAN_OUT_SQL, [
    s.kind,
    `${s.kind}:${s.subject}`,
    s.groupId,
    s.postId ?? null,
    s.commentId ?? null,
    s.actorId ?? null,
    s.detail ?? null,
    s.candidates,
    s.exclude,
    levelsFor(s.kind),
    s.access,
    s.ev.seq,
    s.ev.at,
  ]);
  return rows.map((r) => r.recipient_id);
}

/**
 * Town-hall notifications: one per candidate (`$2`: ids, `$3`: 'asked' or 'voted' for each), to
 * active people other than the actor who have not muted the kind and can still see the town hall.
 * Anonymous askers are never candidates: nothing stores who they are. `$8` and `$9` are the job's
 * id and the event's time, as in FAN_OUT_SQL: the detail and the time kept are the latest event's.
 */
const TOWN_HALL_SQL = `
WITH cand AS (
  SELECT DISTINCT ON (c.id) c.id, c.role
    FROM unnest($2::uuid[], $3::text[]) AS c(id, role)
   ORDER BY c.id, c.role
)
INSERT INTO notifications (recipient_id, kind, subject_key, town_hall_id, question_id, actor_ids,
                           actor_seqs, actor_count, detail, latest_seq, created_at, updated_at)
SELECT u.id, $1::text, $1::text || ':question:' || $5::text || ':' || cand.role, th.id, $5::uuid,
       CASE WHEN $6::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$6::uuid] END,
       CASE WHEN $6::uuid IS NULL THEN '{}'::bigint[] ELSE ARRAY[$8::bigint] END,
       CASE WHEN $6::uuid IS NULL THEN 0 ELSE 1 END, $7, $8::bigint, $9::timestamptz, $9::timestamptz
  FROM cand
  JOIN users u ON u.id = cand.id AND u.active
  JOIN town_halls th ON th.id = $4
 WHERE u.id IS DISTINCT FROM $6::uuid
   AND NOT EXISTS (SELECT 1 FROM notification_muted_kinds k WHERE k.user_id = u.id AND k.kind = $1::text)
   AND (th.audience_group_id IS NULL
        OR u.org_role = 'ADMIN'
        OR ${isMemberSql('th.audience_group_id', 'u.id', 'exists')}
        -- a SECRET group's town hall exists only for its members (and org admins)
        OR (NOT EXISTS (SELECT 1 FROM groups sg WHERE sg.id = th.audience_group_id AND sg.visibility = 'SECRET')
            AND (u.org_role = 'HR'
                 OR EXISTS (SELECT 1 FROM town_hall_people p WHERE p.town_hall_id = th.id AND p.user_id = u.id))))
ON CONFLICT (recipient_id, subject_key) WHERE read_at IS NULL DO UPDATE SET
  event_count = notifications.event_count + 1,
  detail = CASE WHEN $8::bigint > notifications.latest_seq THEN EXCLUDED.detail ELSE notifications.detail END,
  latest_seq = GREATEST(notifications.latest_seq, $8::bigint),
  updated_at = GREATEST(notifications.updated_at, $9::timestamptz)
RETURNING recipient_id`;

interface QuestionRow {
  town_hall_id: string;
  status: string;
  answer_state: string | null;
  deferred_to_id: string | null;
  deferred_until: Date | null;
  reject_reason: string | null;
  reject_note: string | null;
}

const REASONS: Record<string, string> = {
  DUPLICATE: 'it duplicates another question',
  OFF_TOPIC: 'it is off-topic',
  DISRESPECTFUL: 'it is disrespectful',
  ALREADY_ANSWERED: 'it has already been answered',
  OTHER: 'see the moderator’s note',
};

const str = (p: JobPayload, key: string): string => {
  const v = p[key];
  if (typeof v !== 'string') throw new Error(`Job payload lacks ${key}`);
  return v;
};

/**
 * Turns recorded jobs into notifications (in the background: the request that caused them has
 * already returned). Each handler reads the current state, so content deleted or hidden since
 * notifies nobody, and gives each person at most one notification per event, the most specific.
 */
@Injectable()
export class NotificationFanOut implements OnModuleInit {
  constructor(
    private readonly outbox: Outbox,
    private readonly events: NotificationEvents,
  ) {}

  onModuleInit(): void {
    const on = (
      kind: string,
      run: (m: EntityManager, p: JobPayload, ev: JobEvent) => Promise<string[]>,
    ): void =>
      this.outbox.handle(kind, async (m, p, job) => {
        const told = [...new Set(await run(m, p, { seq: job.id, at: job.recordedAt }))];
        return told.length ? () => this.events.publish(NotificationChange.NEW, told) : undefined;
      });
    on(NotifyJob.POST_PUBLISHED, (m, p, ev) => this.postPublished(m, str(p, 'postId'), ev));
    on(NotifyJob.COMMENT_ADDED, (m, p, ev) => this.commentAdded(m, str(p, 'commentId'), ev));
    on(NotifyJob.POST_REACTED, (m, p, ev) =>
      this.postReacted(m, str(p, 'postId'), str(p, 'userId'), ev),
    );
    on(NotifyJob.POST_REVIEWED, (m, p, ev) =>
      this.postReviewed(m, str(p, 'postId'), p['approved'] === true, str(p, 'actorId'), ev),
    );
    on(NotifyJob.JOIN_REQUESTED, (m, p, ev) => this.joinRequested(m, str(p, 'requestId'), ev));
    on(NotifyJob.JOIN_DECIDED, (m, p, ev) =>
      this.joinDecided(m, str(p, 'requestId'), p['approved'] === true, str(p, 'actorId'), ev),
    );
    on(NotifyJob.INVITED, (m, p, ev) => this.invited(m, str(p, 'invitationId'), ev));
    on(NotifyJob.TOWN_HALL_ANSWERED, (m, p, ev) =>
      this.townHallAnswered(m, str(p, 'questionId'), str(p, 'actorId'), ev),
    );
    on(NotifyJob.TOWN_HALL_MERGED, (m, p, ev) => this.townHallMerged(m, str(p, 'questionId'), ev));
    on(NotifyJob.TOWN_HALL_REJECTED, (m, p, ev) =>
      this.townHallRejected(m, str(p, 'questionId'), ev),
    );
    on(NotifyJob.TOWN_HALL_FOLLOW_UP_DUE, (m, p, ev) =>
      this.townHallFollowUp(m, str(p, 'questionId'), str(p, 'dueAt'), ev),
    );
  }

  private async postPublished(m: EntityManager, postId: string, ev: JobEvent): Promise<string[]> {
    const post = await publishedPost(m, postId);
    if (!post) return [];
    const base = { groupId: post.groupId, postId: post.id, actorId: post.authorId };
    const mentioned = await fanOut(m, {
      ...base,
      kind: NotificationKind.MENTION,
      subject: `post:${post.id}`,
      candidates: post.mentions,
      access: Access.READER,
      exclude: [],
      ev,
    });
    const announced =
      post.kind === 'ANNOUNCEMENT'
        ? await fanOut(m, {
            ...base,
            kind: NotificationKind.ANNOUNCEMENT,
            subject: `post:${post.id}`,
            candidates: null,
            access: Access.MEMBER,
            exclude: mentioned,
            ev,
          })
        : [];
    const posted =
      post.kind === 'ANNOUNCEMENT'
        ? []
        : await fanOut(m, {
            ...base,
            kind: NotificationKind.NEW_POST,
            subject: `group:${post.groupId}`,
            candidates: null,
            access: Access.MEMBER,
            exclude: mentioned,
            ev,
          });
    return [...mentioned, ...announced, ...posted];
  }

  private async commentAdded(m: EntityManager, commentId: string, ev: JobEvent): Promise<string[]> {
    const c = await liveComment(m, commentId);
    if (!c) return [];
    const base = {
      groupId: c.groupId,
      postId: c.postId,
      commentId: c.id,
      actorId: c.authorId,
    };
    const mentioned = await fanOut(m, {
      ...base,
      kind: NotificationKind.MENTION,
      subject: `post:${c.postId}`,
      candidates: c.mentions,
      access: Access.READER,
      exclude: [],
      ev,
    });
    const repliedTo = c.parentAuthorId
      ? await fanOut(m, {
          ...base,
          kind: NotificationKind.REPLY,
          subject: `comment:${(await parentCommentId(m, c.id)) ?? c.id}`,
          candidates: [c.parentAuthorId],
          access: Access.MEMBER,
          exclude: mentioned,
          ev,
        })
      : [];
    const onPost = await fanOut(m, {
      ...base,
      kind: NotificationKind.REPLY,
      subject: `post:${c.postId}`,
      candidates: [c.postAuthorId],
      access: Access.MEMBER,
      exclude: [...mentioned, ...repliedTo],
      ev,
    });
    return [...mentioned, ...repliedTo, ...onPost];
  }

  private async postReacted(
    m: EntityManager,
    postId: string,
    userId: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const post = await publishedPost(m, postId);
    if (!post) return [];
    // Still reacting (a reaction taken back before the job ran tells nobody).
    if (!(await hasReactedToPost(m, postId, userId))) return [];
    return fanOut(m, {
      kind: NotificationKind.REACTION,
      subject: `post:${post.id}`,
      groupId: post.groupId,
      postId: post.id,
      actorId: userId,
      candidates: [post.authorId],
      access: Access.MEMBER,
      exclude: [],
      ev,
    });
  }

  private async postReviewed(
    m: EntityManager,
    postId: string,
    approved: boolean,
    actorId: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const post = await reviewedPost(m, postId);
    if (!post || post.status !== (approved ? 'PUBLISHED' : 'REJECTED')) return [];
    return fanOut(m, {
      kind: approved ? NotificationKind.POST_APPROVED : NotificationKind.POST_REJECTED,
      subject: `post:${post.id}`,
      groupId: post.groupId,
      postId: post.id,
      actorId,
      detail: approved ? null : post.rejectionReason,
      candidates: [post.authorId],
      access: approved ? Access.MEMBER : Access.ANY,
      exclude: [],
      ev,
    });
  }

  private async joinRequested(
    m: EntityManager,
    requestId: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const r = await joinRequestIn(m, requestId, JoinRequestStatus.PENDING);
    if (!r) return [];
    const moderators = await membersWithRole(m, r.groupId, [
      GroupRole.OWNER,
      GroupRole.ADMIN,
      GroupRole.MODERATOR,
    ]);
    return fanOut(m, {
      kind: NotificationKind.JOIN_REQUEST,
      subject: `group:${r.groupId}`,
      groupId: r.groupId,
      actorId: r.userId,
      candidates: moderators,
      access: Access.MEMBER,
      exclude: [],
      ev,
    });
  }

  private async joinDecided(
    m: EntityManager,
    requestId: string,
    approved: boolean,
    actorId: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const r = await joinRequestIn(
      m,
      requestId,
      approved ? JoinRequestStatus.APPROVED : JoinRequestStatus.DECLINED,
    );
    if (!r) return [];
    return fanOut(m, {
      kind: approved ? NotificationKind.JOIN_APPROVED : NotificationKind.JOIN_DECLINED,
      subject: `group:${r.groupId}`,
      groupId: r.groupId,
      actorId,
      candidates: [r.userId],
      access: Access.ANY,
      exclude: [],
      ev,
    });
  }

  private async invited(m: EntityManager, invitationId: string, ev: JobEvent): Promise<string[]> {
    const i = await pendingInvitation(m, invitationId);
    if (!i) return [];
    return fanOut(m, {
      kind: NotificationKind.INVITED,
      subject: `group:${i.groupId}`,
      groupId: i.groupId,
      actorId: i.invitedById,
      candidates: [i.userId],
      access: Access.ANY,
      exclude: [],
      ev,
    });
  }

  // ---------- town halls ----------

  private async townHallQuestion(m: EntityManager, id: string): Promise<QuestionRow | null> {
    const [q] = await m.query<QuestionRow[]>(
      `SELECT town_hall_id, status, answer_state, deferred_to_id, deferred_until,
              reject_reason, reject_note
         FROM town_hall_questions WHERE id = $1`,
      [id],
    );
    return q ?? null;
  }

  /** Named askers of a question (anonymous ones have no id to tell). */
  private async namedAskers(m: EntityManager, questionId: string): Promise<string[]> {
    const rows = await m.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM town_hall_question_askers WHERE question_id = $1 AND user_id IS NOT NULL`,
      [questionId],
    );
    return rows.map((r) => r.user_id);
  }

  private async townHallFanOut(
    m: EntityManager,
    kind: NotificationKind,
    q: QuestionRow,
    questionId: string,
    candidates: Array<{ id: string; role: 'asked' | 'voted' }>,
    actorId: string | null,
    detail: string | null,
    ev: JobEvent,
  ): Promise<string[]> {
    if (!candidates.length) return [];
    const rows = await m.query<Array<{ recipient_id: string }>>(TOWN_HALL_SQL, [
      kind,
      candidates.map((c) => c.id),
      candidates.map((c) => c.role),
      q.town_hall_id,
      questionId,
      actorId,
      detail,
      ev.seq,
      ev.at,
    ]);
    return rows.map((r) => r.recipient_id);
  }

  /** Answered (live or in writing) or deferred: its named askers and its voters are told. */
  private async townHallAnswered(
    m: EntityManager,
    questionId: string,
    actorId: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const q = await this.townHallQuestion(m, questionId);
    if (!q || q.status !== 'PUBLISHED') return [];
    const kind =
      q.answer_state === 'ANSWERED_LIVE' || q.answer_state === 'ANSWERED_IN_WRITING'
        ? NotificationKind.TOWN_HALL_ANSWERED
        : q.answer_state === 'DEFERRED'
          ? NotificationKind.TOWN_HALL_DEFERRED
          : null;
    if (!kind) return [];
    const askers = await this.namedAskers(m, questionId);
    const voters = await m.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM town_hall_votes WHERE question_id = $1`,
      [questionId],
    );
    return this.townHallFanOut(
      m,
      kind,
      q,
      questionId,
      [
        ...askers.map((id) => ({ id, role: 'asked' as const })),
        ...voters.map((v) => ({ id: v.user_id, role: 'voted' as const })),
      ],
      actorId,
      null,
      ev,
    );
  }

  private async townHallMerged(
    m: EntityManager,
    questionId: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const q = await this.townHallQuestion(m, questionId);
    if (!q || q.status !== 'MERGED') return [];
    const askers = await this.namedAskers(m, questionId);
    return this.townHallFanOut(
      m,
      NotificationKind.TOWN_HALL_MERGED,
      q,
      questionId,
      askers.map((id) => ({ id, role: 'asked' as const })),
      null,
      null,
      ev,
    );
  }

  private async townHallRejected(
    m: EntityManager,
    questionId: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const q = await this.townHallQuestion(m, questionId);
    if (!q || q.status !== 'REJECTED') return [];
    const askers = await this.namedAskers(m, questionId);
    const reason = q.reject_reason ? (REASONS[q.reject_reason] ?? null) : null;
    const detail = [reason, q.reject_note].filter(Boolean).join(' — ') || null;
    return this.townHallFanOut(
      m,
      NotificationKind.TOWN_HALL_REJECTED,
      q,
      questionId,
      askers.map((id) => ({ id, role: 'asked' as const })),
      null,
      detail,
      ev,
    );
  }

  /** Reminds the owner of a deferred question when it is due, unless it was answered or moved. */
  private async townHallFollowUp(
    m: EntityManager,
    questionId: string,
    dueAt: string,
    ev: JobEvent,
  ): Promise<string[]> {
    const q = await this.townHallQuestion(m, questionId);
    if (
      !q ||
      q.status !== 'PUBLISHED' ||
      q.answer_state !== 'DEFERRED' ||
      !q.deferred_to_id ||
      !q.deferred_until ||
      new Date(q.deferred_until).getTime() !== Date.parse(dueAt)
    )
      return [];
    return this.townHallFanOut(
      m,
      NotificationKind.TOWN_HALL_FOLLOW_UP,
      q,
      questionId,
      [{ id: q.deferred_to_id, role: 'asked' }],
      null,
      null,
      // Recorded when the question was deferred; it happens when it falls due.
      { seq: ev.seq, at: new Date(Math.max(ev.at.getTime(), Date.parse(dueAt))) },
    );
  }
}
