import { useQuery } from '@apollo/client/react';
import { appendNestedPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const BANS = graphql(`
  query GroupBans($id: ID!, $after: String) {
    group(id: $id) {
      id
      bans(first: 50, after: $after) {
        totalCount
        edges {
          node {
            reason
            createdAt
            user {
              id
              displayName
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

/** The people banned from a group, a page at a time. */
export function useGroupBans(groupId: string) {
  const query = useQuery(BANS, {
    variables: { id: groupId },
    fetchPolicy: 'cache-and-network',
  });
  const { data, fetchMore } = query;
  const list = data?.group.bans;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendNestedPage('group', 'bans') }),
    list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
  );
  return { ...query, loadingMore, more };
}
