import { AuthUser, Connection, GraphqlContext } from '@hearth/api/core';
import { GroupAccess, groupLoader, GroupsService, viewerRelationLoader } from '@hearth/api/groups';
import DataLoader from 'dataloader';
import { CardsService } from './cards/cards.service';
import { CommentsService } from './comments/comments.service';
import { Comment } from './posts/post.model';
import { PostsService } from './posts/posts.service';

/** Per-request loaders for the fields that are not part of a card. */

/** The viewer's access to a post's group (group and relation are both batched). */
export async function accessTo(
  ctx: GraphqlContext,
  groups: GroupsService,
  viewer: AuthUser,
  groupId: string,
): Promise<GroupAccess | null> {
  const [group, rel] = await Promise.all([
    groupLoader(ctx, groups).load(groupId),
    viewerRelationLoader(ctx, groups, viewer.id).load(groupId),
  ]);
  return group ? groups.accessOf(viewer, group, rel) : null;
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

/**
 * A page of replies of many comments, as cards: two statements for a whole thread page. Loaders are
 * kept per page (`first`, `after`), as each page asks for its own.
 */
export function repliesLoader(
  ctx: GraphqlContext,
  comments: CommentsService,
  cards: CardsService,
  viewer: AuthUser,
  page: { first: number; after?: string | null },
): DataLoader<string, Connection<Comment>> {
  return ctx.loaders.get<string, Connection<Comment>>(
    `comments.replies:${viewer.id}:${page.first}:${page.after ?? ''}`,
    async (ids) => {
      const pages = await comments.replies(ids, page);
      const records = [...pages.values()].flatMap((p) => p.edges.map((e) => e.node));
      const all = await cards.comments(viewer, records);
      const byId = new Map(all.map((c) => [c.id, c]));
      return ids.map((id) => {
        const p = pages.get(id) ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
        return {
          ...p,
          edges: p.edges.flatMap((e) => {
            const node = byId.get(e.node.id);
            return node ? [{ cursor: e.cursor, node }] : [];
          }),
        };
      });
    },
  );
}
