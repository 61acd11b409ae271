import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

/** A thread: the latest comments first (shown oldest at the top), each with its first replies. */
export const POST_THREAD = graphql(`
  query PostThread($id: ID!, $first: Int!, $after: String) {
    post(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after, order: NEWEST_FIRST) {
        edges {
          cursor
          node {
            ...CommentFields
            replies(first: 20) {
              ...ReplyPage
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** A post's comments, first `first` of them, once `skip` is false. */
export function usePostThread(id: string, first: number, skip: boolean) {
  return useQuery(POST_THREAD, { variables: { id, first }, skip });
}
