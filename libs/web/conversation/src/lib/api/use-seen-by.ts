import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const SEEN_BY = graphql(`
  query SeenBy($id: ID!, $after: String) {
    post(id: $id) {
      id
      seenCount
      seenBy(first: 50, after: $after) {
        edges {
          cursor
          node {
            seenAt
            user {
              id
              displayName
              avatarUrl
              initials
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      acknowledgements {
        acknowledgedCount
        pendingCount
      }
    }
  }
`);

/** Who has seen a post (and acknowledged it), read fresh each time. */
export function useSeenBy(postId: string) {
  return useQuery(SEEN_BY, {
    variables: { id: postId },
    fetchPolicy: 'network-only',
  });
}
