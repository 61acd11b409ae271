import { graphql } from '@hearth/web/graphql';
import { type PostList, usePostList } from './use-feed-highlights';

/** My posts in a group that wait for review or were rejected, ten at a time. */
export const MY_HELD_POSTS = graphql(`
  query MyHeldPosts($groupId: ID!, $after: String) {
    myHeldPosts(groupId: $groupId, first: 10, after: $after) {
      ...FeedPage
    }
  }
`);

/** My posts in a group that wait for review or were rejected, ten at a time. */
export function useMyHeldPosts(groupId: string, skip = false): PostList {
  return usePostList(MY_HELD_POSTS, 'myHeldPosts', { groupId }, skip);
}
