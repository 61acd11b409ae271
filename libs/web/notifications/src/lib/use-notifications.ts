import { ApolloClient, type Reference } from '@apollo/client';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import {
  appendPage,
  friendlyMessage,
  type MarkNotificationReadMutation,
  type NotificationEventsSubscription,
} from '@hearth/web/graphql';
import { useCallback, useState } from 'react';
import {
  MARK_ALL_NOTIFICATIONS_READ,
  MARK_NOTIFICATION_READ,
  NOTIFICATION_EVENTS,
  NOTIFICATIONS,
  UNREAD_NOTIFICATION_COUNT,
} from './documents';

type Signal = NotificationEventsSubscription['notificationEvents'];

/** Re-reads the notification lists on screen (only those: others refresh when they are shown). */
function refetchLists(client: ApolloClient): void {
  for (const query of client.getObservableQueries())
    if (query.queryName === 'Notifications') void query.refetch().catch(() => undefined);
}

function writeUnreadCount(client: ApolloClient, count: number): void {
  client.cache.writeQuery({
    query: UNREAD_NOTIFICATION_COUNT,
    data: { unreadNotificationCount: count },
  });
}

/**
 * What a signal changes: the count comes with it; the lists are read again, since the signal only
 * says that something changed (a new notification, or some read in another tab or device).
 */
export function applySignal(client: ApolloClient, signal: Signal): void {
  writeUnreadCount(client, signal.unreadCount);
  refetchLists(client);
}

/** How many notifications are unread, kept live over the subscription socket. */
export function useLiveUnreadCount(): number {
  const client = useApolloClient();
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT);
  useSubscription(NOTIFICATION_EVENTS, {
    onData: ({ data: result }) => {
      const signal = result.data?.notificationEvents;
      if (signal) applySignal(client, signal);
    },
  });
  return data?.unreadNotificationCount ?? 0;
}

/** The unread count as last known (for pages: the bell in the header keeps it live). */
export function useUnreadCount(): number {
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT);
  return data?.unreadNotificationCount ?? 0;
}

/** The latest notifications, a page at a time. Shown again when opened, so never stale for long. */
export function useNotificationList(unreadOnly = false) {
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

/**
 * Marks one notification read (when it is opened). It shows as read at once; the count is read
 * again from the server rather than worked out here, so it stays right whichever of the reply and
 * the live signal arrives first.
 */
export function useMarkRead(): (n: { id: string; read: boolean }) => void {
  const client = useApolloClient();
  return useCallback(
    (n) => {
      if (n.read) return;
      void client
        .mutate({
          mutation: MARK_NOTIFICATION_READ,
          variables: { id: n.id },
          optimisticResponse: {
            markNotificationRead: { __typename: 'Notification', id: n.id, read: true },
          } as MarkNotificationReadMutation,
        })
        .then(() => client.query({ query: UNREAD_NOTIFICATION_COUNT, fetchPolicy: 'network-only' }))
        .catch(() => undefined);
    },
    [client],
  );
}

/** Every notification the cache holds, in any list. */
function cachedNotifications(client: ApolloClient): Reference[] {
  const refs: Reference[] = [];
  client.cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      notifications: (existing: unknown) => {
        const page = existing as { edges?: Array<{ node?: Reference }> } | undefined;
        for (const edge of page?.edges ?? []) if (edge.node) refs.push(edge.node);
        return existing;
      },
    },
  });
  return refs;
}

/** "Mark all as read": everything loaded shows as read and the count drops to 0. */
export function useMarkAllRead() {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const markAll = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await client.mutate({ mutation: MARK_ALL_NOTIFICATIONS_READ });
      for (const ref of cachedNotifications(client))
        client.cache.modify({ id: client.cache.identify(ref), fields: { read: () => true } });
      writeUnreadCount(client, 0);
      return true;
    } catch (e) {
      setError(`Your notifications could not be marked as read. ${friendlyMessage(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }, [client]);
  return { markAll, busy, error };
}
