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
