import { byKeys, GraphqlContext } from '@hearth/api/core';
import { GroupAccess, groupLoader, GroupsService, viewerRelationLoader } from '@hearth/api/groups';
import DataLoader from 'dataloader';
import { CommentsService } from './comments/comments.service';
import { PollsService } from './polls/polls.service';
import { Comment, Poll, Post, PostStats, ReactionSummary } from './posts/post.model';
import { PostsService } from './posts/posts.service';
import { ReactionsService, ReactionTarget } from './reactions/reactions.service';

/**
 * Per-request loaders: every field a feed card shows costs one query for the whole page, so a
 * page of 50 posts costs the same number of queries as a page of 10.
 */

const NO_STATS: PostStats = {
  commentCount: 0,
  seenCount: 0,
  seenByMe: false,
  acknowledgedCount: 0,
  acknowledgedByMe: false,
};
const NO_REACTIONS: ReactionSummary = { total: 0, counts: [], mine: null, recentNames: [] };

/** The viewer's access to a post's group (group and relation are both batched). */
export async function accessTo(
  ctx: GraphqlContext,
  groups: GroupsService,
  viewer: { id: string; orgRole: GroupAccess['orgRole'] },
  groupId: string,
): Promise<GroupAccess | null> {
  const [group, rel] = await Promise.all([
    groupLoader(ctx, groups).load(groupId),
    viewerRelationLoader(ctx, groups, viewer.id).load(groupId),
  ]);
  return group ? groups.accessOf(viewer, group, rel) : null;
}

export function postStatsLoader(
  ctx: GraphqlContext,
  posts: PostsService,
  viewerId: string,
): DataLoader<string, PostStats> {
  return ctx.loaders.get<string, PostStats>(`posts.stats:${viewerId}`, async (ids) => {
    const map = await posts.stats(ids, viewerId);
    return ids.map((id) => map.get(id) ?? NO_STATS);
  });
}

export function pendingAcknowledgementsLoader(
  ctx: GraphqlContext,
  posts: PostsService,
): DataLoader<string, number> {
  return ctx.loaders.get<string, number>('posts.pendingAcks', async (ids) => {
    const map = await posts.pendingAcknowledgements(ids);
    return ids.map((id) => map.get(id) ?? 0);
  });
}

export function postLoader(
  ctx: GraphqlContext,
  posts: PostsService,
): DataLoader<string, Post | null> {
  return ctx.loaders.get<string, Post | null>('posts.byId', async (ids) => {
    const map = await posts.byIds(ids);
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function reactionSummaryLoader(
  ctx: GraphqlContext,
  reactions: ReactionsService,
  target: ReactionTarget,
  viewerId: string,
): DataLoader<string, ReactionSummary> {
  return ctx.loaders.get<string, ReactionSummary>(
    `reactions.${target}:${viewerId}`,
    async (ids) => {
      const map = await reactions.summaries(target, ids, viewerId);
      return ids.map((id) => map.get(id) ?? NO_REACTIONS);
    },
  );
}

export const COMMENT_PREVIEWS = 2;

export function latestCommentsLoader(
  ctx: GraphqlContext,
  comments: CommentsService,
): DataLoader<string, Comment[]> {
  return ctx.loaders.get<string, Comment[]>('comments.latest', async (ids) => {
    const map = await comments.latest(ids, COMMENT_PREVIEWS);
    return ids.map((id) => map.get(id) ?? []);
  });
}

export function repliesLoader(
  ctx: GraphqlContext,
  comments: CommentsService,
): DataLoader<string, Comment[]> {
  return ctx.loaders.get<string, Comment[]>('comments.replies', async (ids) => {
    const map = await comments.replies(ids);
    return ids.map((id) => map.get(id) ?? []);
  });
}

export function commentLoader(
  ctx: GraphqlContext,
  comments: CommentsService,
): DataLoader<string, Comment | null> {
  return ctx.loaders.get<string, Comment | null>('comments.byId', async (ids) => {
    const map = await comments.byIds(ids);
    return byKeys(ids, [...map.values()], (c) => c.id, null);
  });
}

export function pollLoader(
  ctx: GraphqlContext,
  polls: PollsService,
  viewerId: string,
): DataLoader<Post, Poll | null, string> {
  const key = `polls:${viewerId}`;
  return ctx.loaders.get<Post, Poll | null>(key, async (posts) => {
    const map = await polls.polls(posts, viewerId);
    return posts.map((p) => map.get(p.id) ?? null);
  });
}
