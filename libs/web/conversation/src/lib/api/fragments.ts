import { graphql } from '@hearth/web/graphql';

export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on Comment {
    id
    postId
    parentId
    body
    createdAt
    editedAt
    isAcceptedAnswer
    replyCount
    author {
      id
      displayName
      avatarUrl
      initials
    }
    reactions {
      total
      mine
      recentNames
      counts {
        kind
        count
      }
    }
    viewerPermissions {
      canEdit
      canDelete
      canReply
      canReact
    }
  }
`);

/** Everything a post card shows. */
export const POST_CARD = graphql(`
  fragment PostCard on Post {
    id
    kind
    status
    body
    hashtags
    createdAt
    publishedAt
    editedAt
    pinned
    needsAcknowledgement
    acknowledgeUntil
    rejectionReason
    author {
      id
      displayName
      avatarUrl
      initials
      title
    }
    group {
      id
      name
      slug
      visibility
    }
    commentCount
    seenCount
    seenByMe
    acknowledgedByMe
    reactions {
      total
      mine
      recentNames
      counts {
        kind
        count
      }
    }
    latestComments {
      ...CommentFields
    }
    acceptedAnswer {
      ...CommentFields
    }
    poll {
      multipleChoice
      anonymous
      closed
      closesAt
      resultsVisible
      resultsVisibility
      voted
      voterCount
      options {
        id
        label
        voteCount
        mine
      }
    }
    viewerPermissions {
      canEdit
      canDelete
      canPin
      canComment
      canReact
      canAcknowledge
      canAcceptAnswer
      canSeeSeenBy
      canModerate
    }
  }
`);

/** A page of posts: the cards and where the next page starts. */
export const POST_PAGE_FIELDS = graphql(`
  fragment FeedPage on PostConnection {
    edges {
      cursor
      node {
        ...PostCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const REPLY_PAGE = graphql(`
  fragment ReplyPage on CommentConnection {
    edges {
      cursor
      node {
        ...CommentFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const FEED_EVENT = graphql(`
  fragment FeedEventFields on FeedEvent {
    kind
    groupId
    postId
    commentId
    actorId
    reactions {
      total
      counts {
        kind
        count
      }
    }
  }
`);
