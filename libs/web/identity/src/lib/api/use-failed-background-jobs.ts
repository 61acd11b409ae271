import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const FAILED = graphql(`
  query FailedBackgroundJobs($after: String) {
    failedBackgroundJobs(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          payload
          attempts
          lastError
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The failed background jobs, a page at a time. */
export function useFailedBackgroundJobs() {
  const query = useQuery(FAILED, { fetchPolicy: 'cache-and-network' });
  const { data, fetchMore } = query;
  const paging = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('failedBackgroundJobs') }),
    data?.failedBackgroundJobs.pageInfo.endCursor,
  );
  return { ...query, paging };
}
