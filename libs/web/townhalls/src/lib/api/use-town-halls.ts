import { useQuery } from '@apollo/client/react';
import { appendPage, graphql, type TownHallListFilter } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const TOWN_HALLS = graphql(`
  query TownHalls($filter: TownHallListFilter, $after: String) {
    townHalls(filter: $filter, first: 20, after: $after) {
      edges {
        cursor
        node {
          ...TownHallCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The town halls of one filter, a page at a time. */
export function useTownHalls(filter: TownHallListFilter) {
  const query = useQuery(TOWN_HALLS, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { data, fetchMore } = query;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('townHalls') }),
    data?.townHalls.pageInfo.endCursor,
  );
  return { ...query, loadingMore, more };
}
