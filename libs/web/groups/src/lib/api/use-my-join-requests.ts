import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const MY_JOIN_REQUESTS = graphql(`
  query MyJoinRequests($after: String) {
    myJoinRequests(first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          createdAt
          group {
            id
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Your requests to join groups, a page at a time. */
export function useMyJoinRequests() {
  const query = useQuery(MY_JOIN_REQUESTS, { fetchPolicy: 'cache-and-network' });
  const { data, fetchMore } = query;
  const list = data?.myJoinRequests;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('myJoinRequests') }),
    list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
  );
  return { ...query, loadingMore, more };
}
