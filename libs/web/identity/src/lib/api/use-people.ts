import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useState } from 'react';

export const PEOPLE = graphql(`
  query People($search: String, $department: String, $after: String) {
    users(search: $search, department: $department, first: 24, after: $after) {
      totalCount
      edges {
        node {
          id
          displayName
          title
          department
          location
          avatarUrl
          initials
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    organisation {
      departments
    }
  }
`);

/** The people directory, filtered; `more` reads the page after `after`. */
export function usePeople(search: string | null, department: string | null) {
  const query = useQuery(PEOPLE, {
    variables: { search, department },
    notifyOnNetworkStatusChange: true,
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
