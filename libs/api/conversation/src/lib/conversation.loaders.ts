import { AuthUser, GraphqlContext } from '@hearth/api/core';
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

/** Replies of many comments as cards: two queries for a whole thread page. */
export function repliesLoader(
  ctx: GraphqlContext,
  comments: CommentsService,
  cards: CardsService,
  viewer: AuthUser,
): DataLoader<string, Comment[]> {
  return ctx.loaders.get<string, Comment[]>(`comments.replies:${viewer.id}`, async (ids) => {
    const records = await comments.replies(ids);
    const all = await cards.comments(viewer, [...records.values()].flat());
    const byParent = new Map<string, Comment[]>();
    for (const c of all) {
      const list = byParent.get(c.parentId ?? '') ?? [];
      list.push(c);
      byParent.set(c.parentId ?? '', list);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  });
}
