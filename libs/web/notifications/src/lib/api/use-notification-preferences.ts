import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      mutedKinds
      groups {
        groupId
        groupName
        level
      }
    }
  }
`);

/** Your notification settings. */
export function useNotificationPreferences() {
  return useQuery(NOTIFICATION_PREFERENCES);
}
