import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, forbidden } from '@hearth/api/core';
import { ReactionKind } from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { CommentsService } from '../comments/comments.service';
import { archivedError, PostAccess } from '../posts/post-access';
import { Comment, Post, ReactionSummary } from '../posts/post.model';
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
  ) {}

  async reactToPost(actor: AuthUser, postId: string, kind: ReactionKind | null): Promise<Post> {
    const ctx = await this.access.post(actor, postId);
    if (ctx.access.archived) throw archivedError();
    if (!postPermissions(ctx.access, actor.id, factsOf(ctx.post)).canReact) {
      throw forbidden('Members of the group react to its posts.');
    }
    await this.write('post', ctx.post.id, actor.id, kind);
    return ctx.post;
  }

  async reactToComment(
    actor: AuthUser,
    commentId: string,
    kind: ReactionKind | null,
  ): Promise<Comment> {
    const ctx = await this.comments.context(this.ds.manager, actor, commentId);
    if (ctx.access.archived) throw archivedError();
    if (!commentPermissions(ctx.access, actor.id, ctx.comment).canReact) {
      throw forbidden('Members of the group react to its comments.');
    }
    await this.write('comment', ctx.comment.id, actor.id, kind);
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
    await this.ds.query(
      `INSERT INTO ${table} (${column}, user_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (${column}, user_id) DO UPDATE SET kind = EXCLUDED.kind`,
      [id, userId, kind],
    );
  }

  /** Summaries of many targets in one query: counts by kind, the viewer's own, three recent names. */
  async summaries(
    target: ReactionTarget,
    ids: readonly string[],
    viewerId: string,
  ): Promise<Map<string, ReactionSummary>> {
    const { table, column } = TABLE[target];
    const rows: Array<{
      id: string;
      counts: Array<{ kind: ReactionKind; count: number }>;
      mine: ReactionKind | null;
      names: string[];
    }> = await this.ds.query(
      `SELECT t.id,
              coalesce((SELECT json_agg(json_build_object('kind', k.kind, 'count', k.count) ORDER BY k.count DESC, k.kind)
                          FROM (SELECT r.kind, count(*)::int AS count FROM ${table} r WHERE r.${column} = t.id GROUP BY r.kind) k), '[]') AS counts,
              (SELECT r.kind FROM ${table} r WHERE r.${column} = t.id AND r.user_id = $2) AS mine,
              coalesce((SELECT json_agg(u.display_name ORDER BY x.created_at DESC)
                          FROM (SELECT r.user_id, r.created_at FROM ${table} r WHERE r.${column} = t.id
                                 ORDER BY r.created_at DESC LIMIT 3) x
                          JOIN users u ON u.id = x.user_id), '[]') AS names
         FROM unnest($1::uuid[]) AS t(id)`,
      [ids, viewerId],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          total: r.counts.reduce((sum, c) => sum + c.count, 0),
          counts: r.counts,
          mine: r.mine,
          recentNames: r.names,
        },
      ]),
    );
  }
}
