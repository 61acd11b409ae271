import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  AuthUser,
  badInput,
  Connection,
  conflict,
  forbidden,
  isUuid,
  notFound,
  toConnection,
  JobQueue,
  NotifyJob,
  Outbox,
} from '@hearth/api/core';
import { memberIdsSql } from '@hearth/api/groups';
import { LIMITS, parseHashtags, parseMentions, PostKind, PostStatus } from '@hearth/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { PollOptionEntity } from '../polls/poll.entity';
import { archivedError, PostAccess, PostContext, refused } from './post-access';
import { PostEntity } from './post.entity';
import { Audience, ConversationEvents } from '../events/conversation-events';
import { FeedEventKind } from '../events/feed-event.model';
import { CreatePostInput, RejectPostInput, UpdatePostInput } from './post.inputs';
import { PostRecord, Seen } from './post.model';
import {
  moderates,
  needsApproval,
  postPermissions,
  PostPermissionSet,
  postRefusal,
} from './post.policy';
import { factsOf, POST_COLUMNS, PostRow, toPost } from './post.rows';
import { AFTER_PERSON, personCursor, timeCursor } from './cursors';

const REFUSALS = {
  ARCHIVED: 'This group is archived: it takes no new content.',
  NOT_MEMBER: 'Join the group to post in it.',
  ADMINS_ONLY: 'Only group admins post in this group.',
  ANNOUNCEMENT_ADMINS: 'Only group admins make announcements.',
} as const;

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: PostAccess,
    private readonly audit: AuditService,
    private readonly events: ConversationEvents,
    private readonly outbox: Outbox,
    private readonly jobs: JobQueue,
  ) {}

  // ---------- reading ----------

  async find(actor: AuthUser, postId: string): Promise<PostRecord> {
    return (await this.access.post(actor, postId)).post;
  }

  /** Posts by id as raw rows (no access check: loaders filter with the policy). */
  async byIds(ids: readonly string[]): Promise<Map<string, PostRecord>> {
    const rows: PostRow[] = await this.ds.query(
      `SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, toPost(r)]));
  }

  /** The approval queue of a group, oldest first; moderators and above. */
  async queue(
    actor: AuthUser,
    groupId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<PostRecord>> {
    const { access } = await this.access.group(actor, groupId);
    if (!moderates(access)) throw forbidden('Only moderators see the approval queue.');
    const [ts, id] = page.after ? timeCursor(page.after) : [null, null];
    const rows: Array<PostRow & { created_key: string }> = await this.ds.query(
      `SELECT ${POST_COLUMNS}, p.created_at::text AS created_key FROM posts p
        WHERE p.group_id = $1 AND p.status = 'PENDING' AND p.deleted_at IS NULL
          AND ($2::timestamptz IS NULL OR (p.created_at, p.id) > ($2::timestamptz, $3::uuid))
        ORDER BY p.created_at, p.id LIMIT $4`,
      [groupId, ts, id, page.first + 1],
    );
    return toConnection(rows, page.first, (r) => [r.created_key, r.id], toPost);
  }

  /**
   * My posts in a group that are waiting or were rejected (with the reason), latest first, a page
   * at a time.
   */
  async held(
    actor: AuthUser,
    groupId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<PostRecord>> {
    await this.access.group(actor, groupId);
    const [ts, id] = page.after ? timeCursor(page.after) : [null, null];
    const rows: Array<PostRow & { created_key: string }> = await this.ds.query(
      `SELECT ${POST_COLUMNS}, p.created_at::text AS created_key FROM posts p
        WHERE p.author_id = $1 AND p.group_id = $2 AND p.status <> 'PUBLISHED' AND p.deleted_at IS NULL
          AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
        ORDER BY p.created_at DESC, p.id DESC LIMIT $5`,
      [actor.id, groupId, ts, id, page.first + 1],
    );
    return toConnection(rows, page.first, (r) => [r.created_key, r.id], toPost);
  }

  async seenBy(
    actor: AuthUser,
    postId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Seen>> {
    const { post, access } = await this.access.post(actor, postId);
    if (!postPermissions(access, actor.id, factsOf(post)).canSeeSeenBy) {
      throw forbidden('Only the author and group admins see who has seen a post.');
    }
    const [ts, id] = page.after ? timeCursor(page.after) : [null, null];
    const rows: Array<{ user_id: string; seen_at: Date; key: string }> = await this.ds.query(
      `SELECT v.user_id, v.seen_at, v.seen_at::text AS key FROM post_views v
        WHERE v.post_id = $1
          AND ($2::timestamptz IS NULL OR (v.seen_at, v.user_id) < ($2::timestamptz, $3::uuid))
        ORDER BY v.seen_at DESC, v.user_id DESC LIMIT $4`,
      [postId, ts, id, page.first + 1],
    );
    return toConnection(
      rows,
      page.first,
      (r) => [r.key, r.user_id],
      (r) => ({ userId: r.user_id, seenAt: r.seen_at }),
    );
  }

  /** Who has and has not acknowledged: for the author and group admins. */
  async acknowledgementPeople(
    actor: AuthUser,
    postId: string,
    acknowledged: boolean,
    page: { first: number; after?: string | null },
  ): Promise<Connection<string>> {
    const { access, post } = await this.access.post(actor, postId);
    if (!postPermissions(access, actor.id, factsOf(post)).canSeeSeenBy) {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
    // By name, then id: the cursor is the last person's (display_name, id).
    const [name, id] = page.after ? personCursor(page.after) : [null, null];
    const after = AFTER_PERSON(3);
    const rows: Array<{ user_id: string; display_name: string }> = await this.ds.query(
      acknowledged
        ? `SELECT a.user_id, u.display_name FROM post_acknowledgements a JOIN users u ON u.id = a.user_id
            WHERE a.post_id = $1 AND ${after}
            ORDER BY u.display_name, u.id LIMIT $2`
        : `SELECT gm.user_id, u.display_name FROM (${memberIdsSql('$5')}) gm JOIN users u ON u.id = gm.user_id
            WHERE gm.user_id <> $6 AND u.active AND ${after}
              AND NOT EXISTS (SELECT 1 FROM post_acknowledgements a WHERE a.post_id = $1 AND a.user_id = gm.user_id)
            ORDER BY u.display_name, u.id LIMIT $2`,
      acknowledged
        ? [post.id, page.first + 1, name, id]
        : [post.id, page.first + 1, name, id, post.groupId, post.authorId],
    );
    return toConnection(
      rows,
      page.first,
      (r) => [r.display_name, r.user_id],
      (r) => r.user_id,
    );
  }

  /** Members of the group (other than the author) who have not acknowledged. */
  async pendingAcknowledgements(postIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; pending: number }> = await this.ds.query(
      `SELECT p.id,
              (SELECT count(*)::int FROM (${memberIdsSql('p.group_id')}) gm JOIN users u ON u.id = gm.user_id
                WHERE gm.user_id <> p.author_id AND u.active
                  AND NOT EXISTS (SELECT 1 FROM post_acknowledgements a WHERE a.post_id = p.id AND a.user_id = gm.user_id)) AS pending
         FROM posts p WHERE p.id = ANY($1::uuid[])`,
      [postIds],
    );
    return new Map(rows.map((r) => [r.id, r.pending]));
  }

  permissionsOf(ctx: PostContext, actor: AuthUser): PostPermissionSet {
    return postPermissions(ctx.access, actor.id, factsOf(ctx.post));
  }

  // ---------- writing ----------

  async create(actor: AuthUser, input: CreatePostInput): Promise<PostRecord> {
    const body = input.body.trim();
    if (body.length < LIMITS.postBody.min) throw badInput('Write something first.', 'body');
    this.validateKind(input);
    const created = await this.ds.transaction(async (m) => {
      const { group, access } = await this.access.group(actor, input.groupId, m);
      const refusal = postRefusal(access, input.kind);
      if (refusal) throw refused(REFUSALS[refusal], refusal);
      const held = needsApproval(access, group.postApproval);
      const mentions = await this.access.mentionable(
        m,
        group,
        parseMentions(body).map((x) => x.userId),
      );
      const poll = input.kind === PostKind.POLL ? input.poll : null;
      const now = new Date();
      const inserted = await m.getRepository(PostEntity).save(
        m.getRepository(PostEntity).create({
          groupId: group.id,
          authorId: actor.id,
          kind: input.kind,
          status: held ? PostStatus.PENDING : PostStatus.PUBLISHED,
          body,
          mentions,
          hashtags: parseHashtags(body),
          publishedAt: held ? null : now,
          needsAcknowledgement: input.kind === PostKind.ANNOUNCEMENT && input.needsAcknowledgement,
          acknowledgeUntil:
            input.kind === PostKind.ANNOUNCEMENT && input.needsAcknowledgement
              ? (input.acknowledgeUntil ?? null)
              : null,
          pollMultiple: poll?.multipleChoice ?? false,
          pollAnonymous: poll?.anonymous ?? false,
          pollClosesAt: poll?.closesAt ?? null,
          pollResults: poll ? poll.resultsVisibility : null,
        }),
      );
      if (poll) {
        await m.getRepository(PollOptionEntity).insert(
          poll.options.map((label, position) => ({
            postId: inserted.id,
            position,
            label: label.trim(),
          })),
        );
      }
      if (!held) {
        await this.indexHashtags(m, inserted.id, true);
        await this.outbox.record(m, NotifyJob.POST_PUBLISHED, { postId: inserted.id });
      }
      return this.reload(m, inserted.id);
    });
    this.jobs.wake();
    return this.announce(FeedEventKind.POST_ADDED, created, actor.id);
  }

  async update(actor: AuthUser, input: UpdatePostInput): Promise<PostRecord> {
    const body = input.body.trim();
    if (body.length < LIMITS.postBody.min) throw badInput('Write something first.', 'body');
    const updated = await this.ds.transaction(async (m) => {
      const ctx = await this.access.post(actor, input.postId, m, true);
      if (ctx.access.archived) throw archivedError();
      if (!this.permissionsOf(ctx, actor).canEdit) {
        throw forbidden('Only the author can edit a post.');
      }
      const mentions = await this.access.mentionable(
        m,
        ctx.group,
        parseMentions(body).map((x) => x.userId),
      );
      await m.query(
        `UPDATE posts SET body = $2, mentions = $3::uuid[], hashtags = $4::text[], edited_at = now() WHERE id = $1`,
        [ctx.post.id, body, mentions, parseHashtags(body)],
      );
      if (ctx.post.status === PostStatus.PUBLISHED) await this.indexHashtags(m, ctx.post.id);
      return this.reload(m, ctx.post.id);
    });
    return this.announce(FeedEventKind.POST_UPDATED, updated, actor.id);
  }

  /** A soft delete: the post disappears everywhere; an audit row records who removed what. */
  async remove(actor: AuthUser, postId: string): Promise<string> {
    let removed: PostRecord | null = null;
    const id = await this.ds.transaction(async (m) => {
      const ctx = await this.access.post(actor, postId, m, true);
      removed = ctx.post;
      if (ctx.access.archived) throw archivedError();
      if (!this.permissionsOf(ctx, actor).canDelete) {
        throw forbidden('Only the author, group moderators and org admins delete posts.');
      }
      await m.query(
        `UPDATE posts SET deleted_at = now(), deleted_by_id = $2, pinned_at = NULL WHERE id = $1`,
        [ctx.post.id, actor.id],
      );
      await m.query(`DELETE FROM post_hashtags WHERE post_id = $1`, [ctx.post.id]);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'post.delete',
        groupId: ctx.group.id,
        targetUserId: ctx.post.authorId,
        details: {
          postId: ctx.post.id,
          groupName: ctx.group.name,
          kind: ctx.post.kind,
          excerpt: ctx.post.body.slice(0, 140),
        },
      });
      return ctx.post.id;
    });
    if (removed) this.announce(FeedEventKind.POST_DELETED, removed, actor.id);
    return id;
  }

  async setPinned(actor: AuthUser, postId: string, pinned: boolean): Promise<PostRecord> {
    const post = await this.ds.transaction(async (m) => {
      const ctx = await this.access.post(actor, postId, m, true);
      if (ctx.access.archived) throw archivedError();
      if (!this.permissionsOf(ctx, actor).canPin) {
        throw forbidden('Only group admins pin posts.');
      }
      if (pinned && !ctx.post.pinned) {
        // The group row is the lock that keeps two concurrent pins from passing the limit.
        await m.query(`SELECT id FROM groups WHERE id = $1 FOR UPDATE`, [ctx.group.id]);
        const rows: Array<{ count: number }> = await m.query(
          `SELECT count(*)::int AS count FROM posts WHERE group_id = $1 AND pinned_at IS NOT NULL AND deleted_at IS NULL`,
          [ctx.group.id],
        );
        const row = rows[0];
        if ((row?.count ?? 0) >= LIMITS.pinsPerGroup) {
          throw conflict(
            `A group can have at most ${LIMITS.pinsPerGroup} pinned posts. Unpin one first.`,
          );
        }
      }
      await m.query(
        `UPDATE posts SET pinned_at = ${pinned ? 'coalesce(pinned_at, now())' : 'NULL'} WHERE id = $1`,
        [ctx.post.id],
      );
      return this.reload(m, ctx.post.id);
    });
    return this.announce(FeedEventKind.POST_UPDATED, post, actor.id);
  }

  async approve(actor: AuthUser, postId: string): Promise<PostRecord> {
    const post = await this.ds.transaction(async (m) => {
      const ctx = await this.moderating(m, actor, postId);
      await m.query(
        `UPDATE posts SET status = 'PUBLISHED', published_at = now(), reviewed_by_id = $2, reviewed_at = now(), rejection_reason = NULL WHERE id = $1`,
        [ctx.post.id, actor.id],
      );
      await this.indexHashtags(m, ctx.post.id);
      await this.outbox.record(m, NotifyJob.POST_REVIEWED, {
        postId: ctx.post.id,
        approved: true,
        actorId: actor.id,
      });
      await this.outbox.record(m, NotifyJob.POST_PUBLISHED, { postId: ctx.post.id });
      return this.reload(m, ctx.post.id);
    });
    this.jobs.wake();
    // It appears in the group now, as the author's post.
    return this.announce(FeedEventKind.POST_ADDED, post, post.authorId);
  }

  async reject(actor: AuthUser, input: RejectPostInput): Promise<PostRecord> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('Give a reason; the author sees it.', 'reason');
    const rejected = await this.ds.transaction(async (m) => {
      const ctx = await this.moderating(m, actor, input.postId);
      await m.query(
        `UPDATE posts SET status = 'REJECTED', reviewed_by_id = $2, reviewed_at = now(), rejection_reason = $3 WHERE id = $1`,
        [ctx.post.id, actor.id, reason],
      );
      await this.outbox.record(m, NotifyJob.POST_REVIEWED, {
        postId: ctx.post.id,
        approved: false,
        actorId: actor.id,
      });
      return this.reload(m, ctx.post.id);
    });
    this.jobs.wake();
    return rejected;
  }

  async acknowledge(actor: AuthUser, postId: string): Promise<PostRecord> {
    const ctx = await this.access.post(actor, postId);
    if (!ctx.post.needsAcknowledgement) {
      throw badInput('This post does not ask for acknowledgement.', 'postId');
    }
    if (ctx.access.archived) throw archivedError();
    if (!this.permissionsOf(ctx, actor).canAcknowledge) {
      throw forbidden('Members of the group acknowledge its announcements.');
    }
    const rows: Array<{ count: number }> = await this.ds.query(
      `WITH added AS (
         INSERT INTO post_acknowledgements (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM post_acknowledgements WHERE post_id = $1)::int
              + (SELECT count(*) FROM added)::int AS count`,
      [ctx.post.id, actor.id],
    );
    // Counts are for the author and the group's admins, as the acknowledgement report is.
    this.events.publish(
      FeedEventKind.ACKNOWLEDGED,
      { groupId: ctx.post.groupId, postId: ctx.post.id },
      {
        actorId: actor.id,
        audience: Audience.MODERATORS,
        authorId: ctx.post.authorId,
        acknowledgedCount: rows[0]?.count ?? null,
      },
    );
    return ctx.post;
  }

  /**
   * Records that the actor has seen these posts (once per person); unreadable ids are ignored, and
   * so are the actor's own posts: "Seen by" counts the people a post has reached, not its author.
   */
  async markSeen(actor: AuthUser, postIds: string[]): Promise<number> {
    const ids = [...new Set(postIds.filter(isUuid))];
    if (ids.length === 0) return 0;
    const published = [...(await this.byIds(ids)).values()].filter(
      (post) => post.status === PostStatus.PUBLISHED && !post.deleted && post.authorId !== actor.id,
    );
    // A fixed number of statements for a feed's batch of posts, whatever their groups.
    // In id order, as the counters are taken (see migration PostSeenCounts): two tabs recording
    // the same posts wait for each other instead of deadlocking.
    const readable = (await this.access.readable(actor, published)).map((post) => post.id).sort();
    if (readable.length === 0) return 0;
    const rows: unknown[] = await this.ds.query(
      `INSERT INTO post_views (post_id, user_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING RETURNING post_id`,
      [readable, actor.id],
    );
    return rows.length;
  }

  async acceptAnswer(
    actor: AuthUser,
    postId: string,
    commentId: string | null,
  ): Promise<PostRecord> {
    const post = await this.ds.transaction(async (m) => {
      const ctx = await this.access.post(actor, postId, m, true);
      if (ctx.post.kind !== PostKind.QUESTION) {
        throw badInput('Only questions have an accepted answer.', 'postId');
      }
      if (ctx.access.archived) throw archivedError();
      if (!this.permissionsOf(ctx, actor).canAcceptAnswer) {
        throw forbidden('The author and group moderators choose the accepted answer.');
      }
      if (commentId) {
        const found: unknown[] = isUuid(commentId)
          ? await m.query(
              `SELECT 1 FROM comments WHERE id = $1 AND post_id = $2 AND deleted_at IS NULL`,
              [commentId, ctx.post.id],
            )
          : [];
        if (found.length === 0)
          throw badInput('That comment is not on this question.', 'commentId');
      }
      await m.query(`UPDATE posts SET accepted_comment_id = $2 WHERE id = $1`, [
        ctx.post.id,
        commentId ?? null,
      ]);
      return this.reload(m, ctx.post.id);
    });
    return this.announce(FeedEventKind.POST_UPDATED, post, actor.id);
  }

  // ---------- helpers ----------

  /** Tells the group's live subscribers, for published posts only (a held post is not public). */
  private announce(kind: FeedEventKind, post: PostRecord, actorId: string | null): PostRecord {
    if (post.status === PostStatus.PUBLISHED)
      this.events.publish(kind, { groupId: post.groupId, postId: post.id }, { actorId });
    return post;
  }

  private validateKind(input: CreatePostInput): void {
    if (input.kind === PostKind.POLL) {
      const poll = input.poll;
      if (!poll) throw badInput('A poll needs its options.', 'poll');
      const labels = poll.options.map((o) => o.trim());
      if (labels.some((l) => l.length === 0)) throw badInput('Every option needs text.', 'poll');
      if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) {
        throw badInput('Two options say the same thing.', 'poll');
      }
      if (poll.closesAt && poll.closesAt.getTime() <= Date.now()) {
        throw badInput('The closing time must be in the future.', 'poll');
      }
    } else if (input.poll) {
      throw badInput('Only a POLL post has poll options.', 'poll');
    }
    if (input.kind !== PostKind.ANNOUNCEMENT && input.needsAcknowledgement) {
      throw badInput('Only announcements ask for acknowledgement.', 'needsAcknowledgement');
    }
    if (input.acknowledgeUntil && !input.needsAcknowledgement) {
      throw badInput('A deadline needs "needs acknowledgement".', 'acknowledgeUntil');
    }
    if (input.acknowledgeUntil && input.acknowledgeUntil.getTime() <= Date.now()) {
      throw badInput('The acknowledgement deadline must be in the future.', 'acknowledgeUntil');
    }
  }

  private async moderating(
    m: EntityManager,
    actor: AuthUser,
    postId: string,
  ): Promise<PostContext> {
    const ctx = await this.access.post(actor, postId, m, true);
    if (ctx.access.archived) throw archivedError();
    if (!moderates(ctx.access)) throw forbidden('Only group moderators review posts.');
    if (ctx.post.status !== PostStatus.PENDING) {
      throw conflict('This post has already been reviewed.');
    }
    return ctx;
  }

  /**
   * Keeps the hashtag feed rows of a published post in step with its body (a post just created has
   * none to remove).
   */
  private async indexHashtags(m: EntityManager, postId: string, created = false): Promise<void> {
    if (!created) await m.query(`DELETE FROM post_hashtags WHERE post_id = $1`, [postId]);
    await m.query(
      `INSERT INTO post_hashtags (tag, post_id, published_at)
       SELECT DISTINCT unnest(hashtags), id, published_at FROM posts WHERE id = $1 AND published_at IS NOT NULL`,
      [postId],
    );
  }

  private async reload(m: EntityManager, postId: string): Promise<PostRecord> {
    const rows: PostRow[] = await m.query(`SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = $1`, [
      postId,
    ]);
    if (!rows[0]) throw notFound('That post');
    return toPost(rows[0]);
  }
}
