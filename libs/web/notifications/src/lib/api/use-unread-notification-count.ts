import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Puts a known unread count in the cache (from a live signal, or after "mark all as read"). */
export function writeUnreadCount(client: ApolloClient, count: number): void {
  client.cache.writeQuery({
    query: UNREAD_NOTIFICATION_COUNT,
    data: { unreadNotificationCount: count },
  });
}

/** The unread count as last known (for pages: the bell in the header keeps it live). */
export function useUnreadNotificationCount(): number {
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT);
  return data?.unreadNotificationCount ?? 0;
}
