import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuthUser,
  badInput,
  Connection,
  forbidden,
  hasRow,
  isUuid,
  notFound,
  toConnection,
} from '@hearth/api/core';
import { ErrorCode, PostKind } from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { pollClosed, pollResultsVisible } from '../cards/cards.service';
import { AFTER_PERSON, personCursor } from '../posts/cursors';
import { ConversationEvents } from '../events/conversation-events';
import { FeedEventKind } from '../events/feed-event.model';
import { archivedError, PostAccess, PostContext } from '../posts/post-access';
import { PollOption, PostRecord } from '../posts/post.model';
import { postPermissions } from '../posts/post.policy';
import { factsOf } from '../posts/post.rows';

const closedError = () =>
  new AppError(ErrorCode.FORBIDDEN, 'This poll is closed.', { reason: 'POLL_CLOSED' });

@Injectable()
export class PollsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: PostAccess,
    private readonly events: ConversationEvents,
  ) {}

  /** Replaces the actor's ballot. The ballot row is upserted first and so locked: one person's concurrent votes apply one at a time. */
  async vote(actor: AuthUser, postId: string, optionIds: string[]): Promise<PostRecord> {
    const ctx = await this.access.post(actor, postId);
    const post = ctx.post;
    if (post.kind !== PostKind.POLL || !post.pollSettings)
      throw badInput('That post is not a poll.', 'postId');
    if (ctx.access.archived) throw archivedError();
    if (!postPermissions(ctx.access, actor.id, factsOf(post)).canReact) {
      throw forbidden('Members of the group vote in its polls.');
    }
    if (pollClosed(post)) throw closedError();
    const chosen = [...new Set(optionIds)];
    if (!post.pollSettings.multiple && chosen.length !== 1) {
      throw badInput('This poll takes one choice.', 'optionIds');
    }
    const options: Array<{ id: string }> = await this.ds.query(
      `SELECT id FROM poll_options WHERE post_id = $1`,
      [post.id],
    );
    const valid = new Set(options.map((o) => o.id));
    if (chosen.some((id) => !valid.has(id))) {
      throw badInput('Choose among this poll’s options.', 'optionIds');
    }
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO poll_ballots (post_id, user_id) VALUES ($1, $2)
         ON CONFLICT (post_id, user_id) DO UPDATE SET voted_at = now()`,
        [post.id, actor.id],
      );
      await m.query(`DELETE FROM poll_votes WHERE post_id = $1 AND user_id = $2`, [
        post.id,
        actor.id,
      ]);
      await m.query(
        `INSERT INTO poll_votes (option_id, user_id, post_id) SELECT unnest($3::uuid[]), $2, $1`,
        [post.id, actor.id, chosen],
      );
    });
    this.voted(post);
    return post;
  }

  async retract(actor: AuthUser, postId: string): Promise<PostRecord> {
    const ctx = await this.access.post(actor, postId);
    if (ctx.post.kind !== PostKind.POLL) throw badInput('That post is not a poll.', 'postId');
    if (ctx.access.archived) throw archivedError();
    if (pollClosed(ctx.post)) throw closedError();
    await this.ds.query(`DELETE FROM poll_ballots WHERE post_id = $1 AND user_id = $2`, [
      ctx.post.id,
      actor.id,
    ]);
    this.voted(ctx.post);
    return ctx.post;
  }

  /** No voter and no counts: results show by the poll's own rules, so readers refetch the post. */
  private voted(post: PostRecord): void {
    this.events.publish(FeedEventKind.POLL_VOTED, { groupId: post.groupId, postId: post.id });
  }

  /** Who chose an option: only for polls that are not anonymous, and only once results show. */
  async voters(option: PollOption, limit: number): Promise<string[] | null> {
    if (!option.showVoters) return null;
    const optionId = option.id;
    const rows: Array<{ user_id: string }> = await this.ds.query(
      `SELECT v.user_id FROM poll_votes v JOIN users u ON u.id = v.user_id
        WHERE v.option_id = $1 ORDER BY u.display_name, u.id LIMIT $2`,
      [optionId, Math.min(limit, 100)],
    );
    return rows.map((r) => r.user_id);
  }

  /**
   * Everyone who chose an option, by name, a page at a time: for polls that are not anonymous,
   * once the results show to the actor. NOT_FOUND for an option of a post the actor may not read.
   */
  async optionVoters(
    actor: AuthUser,
    optionId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<string>> {
    if (!isUuid(optionId)) throw notFound('That poll option');
    const [option] = await this.ds.query<Array<{ post_id: string }>>(
      `SELECT post_id FROM poll_options WHERE id = $1`,
      [optionId],
    );
    if (!option) throw notFound('That poll option');
    let ctx: PostContext;
    try {
      ctx = await this.access.post(actor, option.post_id);
    } catch {
      throw notFound('That poll option');
    }
    const post = ctx.post;
    if (!post.pollSettings) throw notFound('That poll option');
    if (post.pollSettings.anonymous) {
      throw new AppError(ErrorCode.FORBIDDEN, 'This poll is anonymous: nobody sees who voted.', {
        reason: 'ANONYMOUS_POLL',
      });
    }
    const [ballot] = await this.ds.query<Array<{ voted: boolean }>>(
      `SELECT ${hasRow('poll_ballots b WHERE b.post_id = $1 AND b.user_id = $2')} AS voted`,
      [post.id, actor.id],
    );
    if (!pollResultsVisible(post, actor.id, ballot?.voted ?? false)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'The results of this poll are not showing to you yet.',
        {
          reason: 'RESULTS_HIDDEN',
        },
      );
    }
    const [name, id] = page.after ? personCursor(page.after) : [null, null];
    const rows = await this.ds.query<Array<{ user_id: string; display_name: string }>>(
      `SELECT v.user_id, u.display_name FROM poll_votes v JOIN users u ON u.id = v.user_id
        WHERE v.option_id = $1 AND ${AFTER_PERSON(3)}
        ORDER BY u.display_name, u.id LIMIT $2`,
      [optionId, page.first + 1, name, id],
    );
    return toConnection(
      rows,
      page.first,
      (r) => [r.display_name, r.user_id],
      (r) => r.user_id,
    );
  }
}
