import { useApolloClient } from '@apollo/client/react';
import {
  graphql,
  type NotificationLevel,
  type NotificationPreferencesQuery,
  type SetGroupNotificationLevelMutation,
} from '@hearth/web/graphql';
import { useCallback } from 'react';
import { NOTIFICATION_PREFERENCES } from './use-notification-preferences';

export const SET_GROUP_NOTIFICATION_LEVEL = graphql(`
  mutation SetGroupNotificationLevel($groupId: ID!, $level: NotificationLevel!) {
    setGroupNotificationLevel(groupId: $groupId, level: $level) {
      groupId
      groupName
      level
    }
  }
`);

type GroupLevel = NotificationPreferencesQuery['notificationPreferences']['groups'][number];

/** Sets how much one group tells you; it shows at once, and the promise fails if not saved. */
export function useSetGroupNotificationLevel() {
  const client = useApolloClient();
  return useCallback(
    async (group: GroupLevel, level: NotificationLevel): Promise<void> => {
      await client.mutate({
        mutation: SET_GROUP_NOTIFICATION_LEVEL,
        variables: { groupId: group.groupId, level },
        optimisticResponse: {
          setGroupNotificationLevel: { __typename: 'GroupNotificationLevel', ...group, level },
        } as SetGroupNotificationLevelMutation,
        update: (cache, { data: result }) => {
          const saved = result?.setGroupNotificationLevel;
          if (!saved) return;
          cache.updateQuery({ query: NOTIFICATION_PREFERENCES }, (current) =>
            current
              ? {
                  notificationPreferences: {
                    ...current.notificationPreferences,
                    groups: current.notificationPreferences.groups.map((g) =>
                      g.groupId === saved.groupId ? { ...g, level: saved.level } : g,
                    ),
                  },
                }
              : current,
          );
        },
      });
    },
    [client],
  );
}
