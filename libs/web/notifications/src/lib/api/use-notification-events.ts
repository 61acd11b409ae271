import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql, type NotificationEventsSubscription } from '@hearth/web/graphql';
import { useUnreadNotificationCount, writeUnreadCount } from './use-unread-notification-count';

export const NOTIFICATION_EVENTS = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      change
      unreadCount
    }
  }
`);

type Signal = NotificationEventsSubscription['notificationEvents'];

/** Re-reads the notification lists on screen (only those: others refresh when they are shown). */
function refetchLists(client: ApolloClient): void {
  for (const query of client.getObservableQueries())
    if (query.queryName === 'Notifications') void query.refetch().catch(() => undefined);
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
export function useNotificationEvents(): number {
  const client = useApolloClient();
  const count = useUnreadNotificationCount();
  useSubscription(NOTIFICATION_EVENTS, {
    onData: ({ data: result }) => {
      const signal = result.data?.notificationEvents;
      if (signal) applySignal(client, signal);
    },
  });
  return count;
}
