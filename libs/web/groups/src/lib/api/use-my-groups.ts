import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const MY_GROUPS = graphql(`
  query MyGroups($after: String) {
    groups(mine: true, first: 48, after: $after) {
      totalCount
      edges {
        node {
          ...GroupCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The groups you belong to, a page at a time. */
export function useMyGroups() {
  const query = useQuery(MY_GROUPS, { fetchPolicy: 'cache-and-network' });
  const { data, fetchMore } = query;
  const list = data?.groups;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('groups') }),
    list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
  );
  return { ...query, loadingMore, more };
}
