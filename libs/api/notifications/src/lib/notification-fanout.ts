import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobPayload, NotifyJob, Outbox } from '@hearth/api/core';
import { EntityManager } from 'typeorm';
import { NotificationChange, NotificationKind } from './notification.model';
import { levelsFor } from './notification-text';
import { NotificationEvents } from './notification-events';

/** Who may be told about content of a group. */
enum Access {
  /** Current members only: leaving a group ends its notifications. */
  MEMBER = 'MEMBER',
  /** Anyone who may read the group (members; anyone for OPEN groups unless banned; org admins). */
  READER = 'READER',
  /** No group condition (decisions about the recipient themself). */
  ANY = 'ANY',
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
}

/**
 * Creates or bumps one notification per eligible recipient in a single statement. Eligible: an
 * active account other than the actor's, who has not turned the kind off, may see the subject
 * (see Access), and whose level in the group lets the kind through.
 */
const FAN_OUT_SQL = `
WITH cand AS (
  SELECT c.id FROM unnest($8::uuid[]) AS c(id) WHERE $8::uuid[] IS NOT NULL
  UNION
  SELECT gm.user_id FROM group_memberships gm WHERE $8::uuid[] IS NULL AND gm.group_id = $3
), eligible AS (
  SELECT u.id FROM cand JOIN users u ON u.id = cand.id AND u.active
   WHERE u.id IS DISTINCT FROM $6::uuid
     AND NOT (u.id = ANY($9::uuid[]))
     AND NOT EXISTS (SELECT 1 FROM notification_muted_kinds k WHERE k.user_id = u.id AND k.kind = $1)
     AND ($11 = 'ANY'
          OR EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = $3 AND m.user_id = u.id)
          OR ($11 = 'READER' AND (u.org_role = 'ADMIN'
              OR (EXISTS (SELECT 1 FROM groups g WHERE g.id = $3 AND g.visibility = 'OPEN')
                  AND NOT EXISTS (SELECT 1 FROM group_bans b WHERE b.group_id = $3 AND b.user_id = u.id)))))
     AND ($10::text[] IS NULL OR COALESCE(
          (SELECT l.level FROM notification_group_levels l WHERE l.user_id = u.id AND l.group_id = $3),
          'HIGHLIGHTS') = ANY($10::text[]))
)
INSERT INTO notifications (recipient_id, kind, subject_key, group_id, post_id, comment_id, actor_ids, detail)
SELECT id, $1, $2, $3, $4, $5,
       CASE WHEN $6::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$6::uuid] END, $7
  FROM eligible
ON CONFLICT (recipient_id, subject_key) WHERE read_at IS NULL DO UPDATE SET
  actor_ids = CASE WHEN $6::uuid IS NULL THEN notifications.actor_ids
                   ELSE ARRAY[$6::uuid] || array_remove(notifications.actor_ids, $6::uuid) END,
  event_count = notifications.event_count + 1,
  post_id = EXCLUDED.post_id,
  comment_id = EXCLUDED.comment_id,
  detail = EXCLUDED.detail,
  updated_at = now()
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
  ]);
  return rows.map((r) => r.recipient_id);
}

const str = (p: JobPayload, key: string): string => {
  const v = p[key];
  if (typeof v !== 'string') throw new Error(`Job payload lacks ${key}`);
  return v;
};

interface PostRow {
  id: string;
  group_id: string;
  author_id: string;
  kind: string;
  mentions: string[];
}

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
    const on = (kind: string, run: (m: EntityManager, p: JobPayload) => Promise<string[]>): void =>
      this.outbox.handle(kind, async (m, p) => {
        const told = [...new Set(await run(m, p))];
        return told.length ? () => this.events.publish(NotificationChange.NEW, told) : undefined;
      });
    on(NotifyJob.POST_PUBLISHED, (m, p) => this.postPublished(m, str(p, 'postId')));
    on(NotifyJob.COMMENT_ADDED, (m, p) => this.commentAdded(m, str(p, 'commentId')));
    on(NotifyJob.POST_REACTED, (m, p) => this.postReacted(m, str(p, 'postId'), str(p, 'userId')));
    on(NotifyJob.POST_REVIEWED, (m, p) =>
      this.postReviewed(m, str(p, 'postId'), p['approved'] === true, str(p, 'actorId')),
    );
    on(NotifyJob.JOIN_REQUESTED, (m, p) => this.joinRequested(m, str(p, 'requestId')));
    on(NotifyJob.JOIN_DECIDED, (m, p) =>
      this.joinDecided(m, str(p, 'requestId'), p['approved'] === true, str(p, 'actorId')),
    );
    on(NotifyJob.INVITED, (m, p) => this.invited(m, str(p, 'invitationId')));
  }

  private async post(m: EntityManager, postId: string): Promise<PostRow | null> {
    const [post] = await m.query<PostRow[]>(
      `SELECT id, group_id, author_id, kind, mentions FROM posts
        WHERE id = $1 AND status = 'PUBLISHED' AND deleted_at IS NULL`,
      [postId],
    );
    return post ?? null;
  }

  private async postPublished(m: EntityManager, postId: string): Promise<string[]> {
    const post = await this.post(m, postId);
    if (!post) return [];
    const base = { groupId: post.group_id, postId: post.id, actorId: post.author_id };
    const mentioned = await fanOut(m, {
      ...base,
      kind: NotificationKind.MENTION,
      subject: `post:${post.id}`,
      candidates: post.mentions,
      access: Access.READER,
      exclude: [],
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
          })
        : [];
    const posted =
      post.kind === 'ANNOUNCEMENT'
        ? []
        : await fanOut(m, {
            ...base,
            kind: NotificationKind.NEW_POST,
            subject: `group:${post.group_id}`,
            candidates: null,
            access: Access.MEMBER,
            exclude: mentioned,
          });
    return [...mentioned, ...announced, ...posted];
  }

  private async commentAdded(m: EntityManager, commentId: string): Promise<string[]> {
    const [c] = await m.query<
      Array<{
        id: string;
        post_id: string;
        author_id: string;
        mentions: string[];
        post_author_id: string;
        parent_author_id: string | null;
        group_id: string;
      }>
    >(
      `SELECT c.id, c.post_id, c.author_id, c.mentions, p.author_id AS post_author_id,
              parent.author_id AS parent_author_id, p.group_id
         FROM comments c
         JOIN posts p ON p.id = c.post_id AND p.status = 'PUBLISHED' AND p.deleted_at IS NULL
         LEFT JOIN comments parent ON parent.id = c.parent_id AND parent.deleted_at IS NULL
        WHERE c.id = $1 AND c.deleted_at IS NULL`,
      [commentId],
    );
    if (!c) return [];
    const base = {
      groupId: c.group_id,
      postId: c.post_id,
      commentId: c.id,
      actorId: c.author_id,
    };
    const mentioned = await fanOut(m, {
      ...base,
      kind: NotificationKind.MENTION,
      subject: `post:${c.post_id}`,
      candidates: c.mentions,
      access: Access.READER,
      exclude: [],
    });
    const repliedTo = c.parent_author_id
      ? await fanOut(m, {
          ...base,
          kind: NotificationKind.REPLY,
          subject: `comment:${(await this.parentOf(m, c.id)) ?? c.id}`,
          candidates: [c.parent_author_id],
          access: Access.MEMBER,
          exclude: mentioned,
        })
      : [];
    const onPost = await fanOut(m, {
      ...base,
      kind: NotificationKind.REPLY,
      subject: `post:${c.post_id}`,
      candidates: [c.post_author_id],
      access: Access.MEMBER,
      exclude: [...mentioned, ...repliedTo],
    });
    return [...mentioned, ...repliedTo, ...onPost];
  }

  private async parentOf(m: EntityManager, commentId: string): Promise<string | null> {
    const [row] = await m.query<Array<{ parent_id: string | null }>>(
      `SELECT parent_id FROM comments WHERE id = $1`,
      [commentId],
    );
    return row?.parent_id ?? null;
  }

  private async postReacted(m: EntityManager, postId: string, userId: string): Promise<string[]> {
    const post = await this.post(m, postId);
    if (!post) return [];
    // Still reacting (a reaction taken back before the job ran tells nobody).
    const [still] = await m.query<unknown[]>(
      `SELECT 1 FROM post_reactions WHERE post_id = $1 AND user_id = $2`,
      [postId, userId],
    );
    if (!still) return [];
    return fanOut(m, {
      kind: NotificationKind.REACTION,
      subject: `post:${post.id}`,
      groupId: post.group_id,
      postId: post.id,
      actorId: userId,
      candidates: [post.author_id],
      access: Access.MEMBER,
      exclude: [],
    });
  }

  private async postReviewed(
    m: EntityManager,
    postId: string,
    approved: boolean,
    actorId: string,
  ): Promise<string[]> {
    const [post] = await m.query<
      Array<{
        id: string;
        group_id: string;
        author_id: string;
        status: string;
        rejection_reason: string | null;
      }>
    >(
      `SELECT id, group_id, author_id, status, rejection_reason FROM posts
        WHERE id = $1 AND deleted_at IS NULL`,
      [postId],
    );
    if (!post || post.status !== (approved ? 'PUBLISHED' : 'REJECTED')) return [];
    return fanOut(m, {
      kind: approved ? NotificationKind.POST_APPROVED : NotificationKind.POST_REJECTED,
      subject: `post:${post.id}`,
      groupId: post.group_id,
      postId: post.id,
      actorId,
      detail: approved ? null : post.rejection_reason,
      candidates: [post.author_id],
      access: approved ? Access.MEMBER : Access.ANY,
      exclude: [],
    });
  }

  private async joinRequested(m: EntityManager, requestId: string): Promise<string[]> {
    const [r] = await m.query<Array<{ group_id: string; user_id: string }>>(
      `SELECT group_id, user_id FROM group_join_requests WHERE id = $1 AND status = 'PENDING'`,
      [requestId],
    );
    if (!r) return [];
    const moderators = await m.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM group_memberships
        WHERE group_id = $1 AND role IN ('OWNER', 'ADMIN', 'MODERATOR')`,
      [r.group_id],
    );
    return fanOut(m, {
      kind: NotificationKind.JOIN_REQUEST,
      subject: `group:${r.group_id}`,
      groupId: r.group_id,
      actorId: r.user_id,
      candidates: moderators.map((x) => x.user_id),
      access: Access.MEMBER,
      exclude: [],
    });
  }

  private async joinDecided(
    m: EntityManager,
    requestId: string,
    approved: boolean,
    actorId: string,
  ): Promise<string[]> {
    const [r] = await m.query<Array<{ group_id: string; user_id: string }>>(
      `SELECT group_id, user_id FROM group_join_requests WHERE id = $1 AND status = $2`,
      [requestId, approved ? 'APPROVED' : 'DECLINED'],
    );
    if (!r) return [];
    return fanOut(m, {
      kind: approved ? NotificationKind.JOIN_APPROVED : NotificationKind.JOIN_DECLINED,
      subject: `group:${r.group_id}`,
      groupId: r.group_id,
      actorId,
      candidates: [r.user_id],
      access: Access.ANY,
      exclude: [],
    });
  }

  private async invited(m: EntityManager, invitationId: string): Promise<string[]> {
    const [i] = await m.query<Array<{ group_id: string; user_id: string; invited_by_id: string }>>(
      `SELECT group_id, user_id, invited_by_id FROM group_invitations
        WHERE id = $1 AND status = 'PENDING'`,
      [invitationId],
    );
    if (!i) return [];
    return fanOut(m, {
      kind: NotificationKind.INVITED,
      subject: `group:${i.group_id}`,
      groupId: i.group_id,
      actorId: i.invited_by_id,
      candidates: [i.user_id],
      access: Access.ANY,
      exclude: [],
    });
  }
}
