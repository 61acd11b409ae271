import { useApolloClient } from '@apollo/client/react';
import { graphql, type MarkNotificationReadMutation } from '@hearth/web/graphql';
import { useCallback } from 'react';
import { UNREAD_NOTIFICATION_COUNT } from './use-unread-notification-count';

export const MARK_NOTIFICATION_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);

/**
 * Marks one notification read (when it is opened). It shows as read at once; the count is read
 * again from the server rather than worked out here, so it stays right whichever of the reply and
 * the live signal arrives first.
 */
export function useMarkNotificationRead(): (n: { id: string; read: boolean }) => void {
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
