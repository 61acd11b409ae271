import { graphql } from '@hearth/web/graphql';

/** What one row of the list shows. */
export const NOTIFICATION_ITEM = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    summary
    link
    actors {
      id
      displayName
    }
    actorCount
    eventCount
    groupId
    groupName
    postId
    commentId
    detail
    read
    createdAt
    updatedAt
  }
`);

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

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATION_EVENTS = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      change
      unreadCount
    }
  }
`);

export const MARK_NOTIFICATION_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      read
    }
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

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

export const SET_GROUP_NOTIFICATION_LEVEL = graphql(`
  mutation SetGroupNotificationLevel($groupId: ID!, $level: NotificationLevel!) {
    setGroupNotificationLevel(groupId: $groupId, level: $level) {
      groupId
      groupName
      level
    }
  }
`);

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
