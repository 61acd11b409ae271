import { useQuery } from '@apollo/client/react';
import { type GroupCategory, graphql } from '@hearth/web/graphql';
import { useState } from 'react';

export const GROUPS = graphql(`
  query Groups($search: String, $category: GroupCategory, $after: String, $mine: Boolean) {
    groups(search: $search, category: $category, after: $after, first: 18, mine: $mine) {
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

/** The group directory, filtered by a search and a category; `more` reads the page after `after`. */
export function useGroups(search: string | null, category: GroupCategory | null) {
  const query = useQuery(GROUPS, { variables: { search, category } });
  const { fetchMore } = query;
  const [loadingMore, setLoadingMore] = useState(false);
  const more = (after: string | null | undefined) => {
    setLoadingMore(true);
    void fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        groups: {
          ...fetchMoreResult.groups,
          edges: [...prev.groups.edges, ...fetchMoreResult.groups.edges],
        },
      }),
    }).finally(() => setLoadingMore(false));
  };
  return { ...query, loadingMore, more };
}
