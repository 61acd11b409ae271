import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useState } from 'react';

export const ADMIN_PEOPLE = graphql(`
  query AdminPeople($search: String, $after: String) {
    users(search: $search, first: 25, after: $after, includeInactive: true) {
      totalCount
      edges {
        node {
          id
          displayName
          email
          title
          orgRole
          active
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everyone, for admins, filtered by a search; `more` reads the page after `after`. */
export function useAdminPeople(search: string | null) {
  const query = useQuery(ADMIN_PEOPLE, {
    variables: { search },
  });
  const { fetchMore } = query;
  const [loadingMore, setLoadingMore] = useState(false);
  const more = (after: string | null | undefined) => {
    setLoadingMore(true);
    void fetchMore({ variables: { after }, updateQuery: appendPage('users') }).finally(() =>
      setLoadingMore(false),
    );
  };
  return { ...query, loadingMore, more };
}
