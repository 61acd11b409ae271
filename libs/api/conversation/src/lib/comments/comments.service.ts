import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  AuthUser,
  badInput,
  Connection,
  forbidden,
  isUuid,
  notFound,
  toConnection,
  JobQueue,
  NotifyJob,
  Outbox,
} from '@hearth/api/core';
import { LIMITS, parseMentions } from '@hearth/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { ConversationEvents } from '../events/conversation-events';
import { FeedEventKind } from '../events/feed-event.model';
import { timeCursor } from '../posts/cursors';
import { archivedError, PostAccess, PostContext } from '../posts/post-access';
import { AddCommentInput, UpdateCommentInput } from '../posts/post.inputs';
import { CommentOrder, CommentRecord } from '../posts/post.model';
import { commentPermissions, postPermissions } from '../posts/post.policy';
import {
  COMMENT_COLUMNS,
  CommentRow,
  CommentWithKey,
  factsOf,
  toComment,
} from '../posts/post.rows';

interface CommentContext extends PostContext {
  comment: CommentWithKey;
}

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: PostAccess,
    private readonly audit: AuditService,
    private readonly events: ConversationEvents,
    private readonly outbox: Outbox,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * A post's top-level comments, oldest first or from the latest back (replies come with each
   * comment), continued after the cursor in that order.
   */
  async thread(
    actor: AuthUser,
    postId: string,
    page: { first: number; after?: string | null; order?: CommentOrder },
  ): Promise<Connection<CommentRecord>> {
    await this.access.post(actor, postId);
    const [ts, id] = page.after ? timeCursor(page.after) : [null, null];
    const latest = page.order === CommentOrder.NEWEST_FIRST;
    const rows: CommentRow[] = await this.ds.query(
      `SELECT ${COMMENT_COLUMNS} FROM comments c
        WHERE c.post_id = $1 AND c.parent_id IS NULL AND c.deleted_at IS NULL
          AND ($2::timestamptz IS NULL OR (c.created_at, c.id) ${latest ? '<' : '>'} ($2::timestamptz, $3::uuid))
        ORDER BY ${latest ? 'c.created_at DESC, c.id DESC' : 'c.created_at, c.id'} LIMIT $4`,
      [postId, ts, id, page.first + 1],
    );
    return toConnection(
      rows.map(toComment),
      page.first,
      (c) => [c.sortKey, c.id],
      (c) => c,
    );
  }

  // ---------- batch reads (loaders) ----------

  /**
   * A page of replies of each comment, oldest first, continued after `page.after` (a reply's
   * cursor: a continuation is asked for one comment at a time). One statement for any number of
   * comments.
   */
  async replies(
    commentIds: readonly string[],
    page: { first: number; after?: string | null },
  ): Promise<Map<string, Connection<CommentRecord>>> {
    const [ts, id] = page.after ? timeCursor(page.after) : [null, null];
    const rows: CommentRow[] = await this.ds.query(
      `SELECT c.* FROM unnest($1::uuid[]) AS t(id)
        CROSS JOIN LATERAL (
          SELECT ${COMMENT_COLUMNS} FROM comments c
           WHERE c.parent_id = t.id AND c.deleted_at IS NULL
             AND ($2::timestamptz IS NULL OR (c.created_at, c.id) > ($2::timestamptz, $3::uuid))
           ORDER BY c.created_at, c.id LIMIT $4) c
        ORDER BY c.created_at, c.id`,
      [commentIds, ts, id, page.first + 1],
    );
    const byParent = group(rows.map(toComment), (c) => c.parentId ?? '');
    return new Map(
      commentIds.map((parent) => [
        parent,
        toConnection(
          byParent.get(parent) ?? [],
          page.first,
          (c) => [c.sortKey, c.id],
          (c) => c,
        ),
      ]),
    );
  }

  /** One live comment, as the actor may read it; NOT_FOUND otherwise. */
  async find(actor: AuthUser, commentId: string): Promise<CommentRecord> {
    return (await this.context(this.ds.manager, actor, commentId)).comment;
  }

  // ---------- writing ----------

  async add(actor: AuthUser, input: AddCommentInput): Promise<CommentRecord> {
    const body = input.body.trim();
    if (body.length < LIMITS.commentBody.min) throw badInput('Write something first.', 'body');
    let groupId = '';
    const comment = await this.ds.transaction(async (m) => {
      const ctx = await this.access.post(actor, input.postId, m);
      groupId = ctx.group.id;
      if (ctx.access.archived) throw archivedError();
      if (!postPermissions(ctx.access, actor.id, factsOf(ctx.post)).canComment) {
        throw forbidden('Members of the group comment on its posts.');
      }
      if (input.parentId) {
        const parent = await this.load(m, input.parentId);
        if (!parent || parent.postId !== ctx.post.id) {
          throw badInput('That comment is not on this post.', 'parentId');
        }
        if (parent.parentId !== null) {
          throw badInput('Reply to the comment itself: replies go one level deep.', 'parentId');
        }
      }
      const mentions = await this.access.mentionable(
        m,
        ctx.group,
        parseMentions(body).map((x) => x.userId),
      );
      const rows: CommentRow[] = await m.query(
        `INSERT INTO comments (post_id, parent_id, author_id, body, mentions)
         VALUES ($1, $2, $3, $4, $5::uuid[])
         RETURNING ${COMMENT_COLUMNS.replaceAll('c.', '')}`,
        [ctx.post.id, input.parentId ?? null, actor.id, body, mentions],
      );
      const added = toComment(rows[0] as CommentRow);
      await this.outbox.record(m, NotifyJob.COMMENT_ADDED, { commentId: added.id });
      return added;
    });
    this.jobs.wake();
    this.events.publish(
      FeedEventKind.COMMENT_ADDED,
      { groupId, postId: comment.postId, commentId: comment.id },
      { actorId: actor.id },
    );
    return comment;
  }

  async update(actor: AuthUser, input: UpdateCommentInput): Promise<CommentRecord> {
    const body = input.body.trim();
    if (body.length < LIMITS.commentBody.min) throw badInput('Write something first.', 'body');
    let groupId = '';
    const comment = await this.ds.transaction(async (m) => {
      const ctx = await this.context(m, actor, input.commentId);
      groupId = ctx.group.id;
      if (ctx.access.archived) throw archivedError();
      if (!commentPermissions(ctx.access, actor.id, ctx.comment).canEdit) {
        throw forbidden('Only the author can edit a comment.');
      }
      const mentions = await this.access.mentionable(
        m,
        ctx.group,
        parseMentions(body).map((x) => x.userId),
      );
      await m.query(
        `UPDATE comments SET body = $2, mentions = $3::uuid[], edited_at = now() WHERE id = $1`,
        [ctx.comment.id, body, mentions],
      );
      const updated = await this.load(m, ctx.comment.id);
      if (!updated) throw notFound('That comment');
      return updated;
    });
    this.events.publish(
      FeedEventKind.COMMENT_UPDATED,
      { groupId, postId: comment.postId, commentId: comment.id },
      { actorId: actor.id },
    );
    return comment;
  }

  /** A soft delete (its replies go with it), recorded in the audit log. */
  async remove(actor: AuthUser, commentId: string): Promise<string> {
    let subject = { groupId: '', postId: '' };
    const removed = await this.ds.transaction(async (m) => {
      const ctx = await this.context(m, actor, commentId);
      subject = { groupId: ctx.group.id, postId: ctx.post.id };
      if (ctx.access.archived) throw archivedError();
      if (!commentPermissions(ctx.access, actor.id, ctx.comment).canDelete) {
        throw forbidden('Only the author, group moderators and org admins delete comments.');
      }
      await m.query(
        `UPDATE comments SET deleted_at = now(), deleted_by_id = $2 WHERE (id = $1 OR parent_id = $1) AND deleted_at IS NULL`,
        [ctx.comment.id, actor.id],
      );
      await m.query(
        `UPDATE posts SET accepted_comment_id = NULL
          WHERE id = $1 AND accepted_comment_id IN (SELECT id FROM comments WHERE id = $2 OR parent_id = $2)`,
        [ctx.post.id, ctx.comment.id],
      );
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'comment.delete',
        groupId: ctx.group.id,
        targetUserId: ctx.comment.authorId,
        details: {
          postId: ctx.post.id,
          commentId: ctx.comment.id,
          groupName: ctx.group.name,
          excerpt: ctx.comment.body.slice(0, 140),
        },
      });
      return ctx.comment.id;
    });
    this.events.publish(
      FeedEventKind.COMMENT_DELETED,
      { ...subject, commentId: removed },
      { actorId: actor.id },
    );
    return removed;
  }

  /** A live comment and its post, as the actor may read them; NOT_FOUND otherwise. */
  async context(m: EntityManager, actor: AuthUser, commentId: string): Promise<CommentContext> {
    const comment = await this.load(m, commentId);
    if (!comment) throw notFound('That comment');
    try {
      const ctx = await this.access.post(actor, comment.postId, m);
      return { ...ctx, comment };
    } catch {
      throw notFound('That comment');
    }
  }

  private async load(m: EntityManager, commentId: string): Promise<CommentWithKey | null> {
    if (!isUuid(commentId)) return null;
    const rows: CommentRow[] = await m.query(
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1 AND c.deleted_at IS NULL`,
      [commentId],
    );
    return rows[0] ? toComment(rows[0]) : null;
  }
}

function group<T>(items: T[], keyOf: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}
