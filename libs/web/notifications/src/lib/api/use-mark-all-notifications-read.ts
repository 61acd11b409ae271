import type { ApolloClient, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { friendlyMessage, graphql } from '@hearth/web/graphql';
import { useCallback, useState } from 'react';
import { writeUnreadCount } from './use-unread-notification-count';

export const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

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
export function useMarkAllNotificationsRead() {
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
