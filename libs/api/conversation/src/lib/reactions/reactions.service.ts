import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, forbidden, JobQueue, NotifyJob, Outbox } from '@hearth/api/core';
import { ReactionKind } from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { ConversationEvents } from '../events/conversation-events';
import { FeedEventKind } from '../events/feed-event.model';
import { CommentsService } from '../comments/comments.service';
import { archivedError, PostAccess } from '../posts/post-access';
import { CommentRecord, PostRecord } from '../posts/post.model';
import { commentPermissions, postPermissions } from '../posts/post.policy';
import { factsOf } from '../posts/post.rows';

export type ReactionTarget = 'post' | 'comment';

const TABLE: Record<ReactionTarget, { table: string; column: string }> = {
  post: { table: 'post_reactions', column: 'post_id' },
  comment: { table: 'comment_reactions', column: 'comment_id' },
};

/**
 * One reaction per person and target (the primary key): reacting again changes the kind, so
 * concurrent reactions from many people always add up exactly.
 */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: PostAccess,
    private readonly comments: CommentsService,
    private readonly events: ConversationEvents,
    private readonly outbox: Outbox,
    private readonly jobs: JobQueue,
  ) {}

  async reactToPost(
    actor: AuthUser,
    postId: string,
    kind: ReactionKind | null,
  ): Promise<PostRecord> {
    const ctx = await this.access.post(actor, postId);
    if (ctx.access.archived) throw archivedError();
    if (!postPermissions(ctx.access, actor.id, factsOf(ctx.post)).canReact) {
      throw forbidden('Members of the group react to its posts.');
    }
    await this.write('post', ctx.post.id, actor.id, kind);
    this.events.publish(
      FeedEventKind.REACTIONS_CHANGED,
      { groupId: ctx.group.id, postId: ctx.post.id },
      { actorId: actor.id, reactions: await this.events.reactionCounts('post', ctx.post.id) },
    );
    return ctx.post;
  }

  async reactToComment(
    actor: AuthUser,
    commentId: string,
    kind: ReactionKind | null,
  ): Promise<CommentRecord> {
    const ctx = await this.comments.context(this.ds.manager, actor, commentId);
    if (ctx.access.archived) throw archivedError();
    if (!commentPermissions(ctx.access, actor.id, ctx.comment).canReact) {
      throw forbidden('Members of the group react to its comments.');
    }
    await this.write('comment', ctx.comment.id, actor.id, kind);
    this.events.publish(
      FeedEventKind.REACTIONS_CHANGED,
      { groupId: ctx.group.id, postId: ctx.post.id, commentId: ctx.comment.id },
      {
        actorId: actor.id,
        reactions: await this.events.reactionCounts('comment', ctx.comment.id),
      },
    );
    return ctx.comment;
  }

  private async write(
    target: ReactionTarget,
    id: string,
    userId: string,
    kind: ReactionKind | null,
  ): Promise<void> {
    const { table, column } = TABLE[target];
    if (kind === null) {
      await this.ds.query(`DELETE FROM ${table} WHERE ${column} = $1 AND user_id = $2`, [
        id,
        userId,
      ]);
      return;
    }
    const isNew = await this.ds.transaction(async (m) => {
      const [row] = await m.query<Array<{ inserted: boolean }>>(
        `INSERT INTO ${table} (${column}, user_id, kind) VALUES ($1, $2, $3)
         ON CONFLICT (${column}, user_id) DO UPDATE SET kind = EXCLUDED.kind
         RETURNING (xmax = 0) AS inserted`,
        [id, userId, kind],
      );
      // A first reaction tells the post's author (changing one's reaction does not).
      const inserted = row?.inserted === true && target === 'post';
      if (inserted) await this.outbox.record(m, NotifyJob.POST_REACTED, { postId: id, userId });
      return inserted;
    });
    if (isNew) this.jobs.wake();
  }
}
