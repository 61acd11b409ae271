import { useApolloClient } from '@apollo/client/react';
import {
  graphql,
  type NotificationKind,
  type NotificationPreferencesQuery,
  type SetNotificationKindMutedMutation,
} from '@hearth/web/graphql';
import { useCallback } from 'react';
import { NOTIFICATION_PREFERENCES } from './use-notification-preferences';

export const SET_NOTIFICATION_KIND_MUTED = graphql(`
  mutation SetNotificationKindMuted($kind: NotificationKind!, $muted: Boolean!) {
    setNotificationKindMuted(kind: $kind, muted: $muted) {
      mutedKinds
      groups {
        groupId
        groupName
        level
      }
    }
  }
`);

type Preferences = NotificationPreferencesQuery['notificationPreferences'];

/** Mutes or unmutes a kind of notification; it shows at once, and the promise fails if not saved. */
export function useSetNotificationKindMuted() {
  const client = useApolloClient();
  return useCallback(
    async (prefs: Preferences, kind: NotificationKind, muted: boolean): Promise<void> => {
      const mutedKinds: NotificationKind[] = muted
        ? [...prefs.mutedKinds.filter((k) => k !== kind), kind]
        : prefs.mutedKinds.filter((k) => k !== kind);
      await client.mutate({
        mutation: SET_NOTIFICATION_KIND_MUTED,
        variables: { kind, muted },
        optimisticResponse: {
          setNotificationKindMuted: {
            __typename: 'NotificationPreferences',
            ...prefs,
            mutedKinds,
          },
        } as SetNotificationKindMutedMutation,
        // Preferences have no id of their own: the query is written with what the server returns.
        update: (cache, { data: result }) => {
          if (result)
            cache.writeQuery({
              query: NOTIFICATION_PREFERENCES,
              data: { notificationPreferences: result.setNotificationKindMuted },
            });
        },
      });
    },
    [client],
  );
}
