import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useCallback, useState } from 'react';

/** The latest notifications: the bell's panel shows the first few, the page pages through them. */
export const NOTIFICATIONS = graphql(`
  query Notifications($after: String, $unreadOnly: Boolean! = false) {
    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          ...NotificationItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The latest notifications, a page at a time. Shown again when opened, so never stale for long. */
export function useNotifications(unreadOnly = false) {
  const { data, loading, error, refetch, fetchMore } = useQuery(NOTIFICATIONS, {
    variables: { unreadOnly },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const endCursor = data?.notifications.pageInfo.endCursor;
  const more = useCallback(() => {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: appendPage('notifications'),
    })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  }, [endCursor, fetchMore, loadingMore]);
  return {
    notifications: data?.notifications.edges.map((e) => e.node),
    hasMore: data?.notifications.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
    more,
    loadingMore,
  };
}
