import { useQuery } from '@apollo/client/react';
import { appendNestedPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const REQUESTS = graphql(`
  query GroupJoinRequests($id: ID!, $after: String) {
    group(id: $id) {
      id
      joinRequests(first: 50, after: $after) {
        totalCount
        edges {
          node {
            id
            createdAt
            answers {
              question
              answer
            }
            user {
              id
              displayName
              title
              initials
              avatarUrl
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

/** A group's requests to join, a page at a time. */
export function useGroupJoinRequests(groupId: string) {
  const query = useQuery(REQUESTS, {
    variables: { id: groupId },
    fetchPolicy: 'cache-and-network',
  });
  const { data, fetchMore } = query;
  const list = data?.group.joinRequests;
  const { loading: loadingMore, more } = useMore(
    (after) =>
      fetchMore({ variables: { after }, updateQuery: appendNestedPage('group', 'joinRequests') }),
    list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
  );
  return { ...query, loadingMore, more };
}
