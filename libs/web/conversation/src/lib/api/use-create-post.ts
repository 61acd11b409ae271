import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const CREATE_POST = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostCard
    }
  }
`);

/** Creates a post; the feeds it may appear in are read again. */
export function useCreatePost() {
  return useMutation(CREATE_POST, {
    refetchQueries: ['HomeFeed', 'GroupFeed', 'FeedHighlights', 'MyHeldPosts'],
  });
}
