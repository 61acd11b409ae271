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

export const HOME_FEED = graphql(`
  query HomeFeed($after: String) {
    homeFeed(first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

/** My posts in a group that wait for review or were rejected, ten at a time. */
export const MY_HELD_POSTS = graphql(`
  query MyHeldPosts($groupId: ID!, $after: String) {
    myHeldPosts(groupId: $groupId, first: 10, after: $after) {
      ...FeedPage
    }
  }
`);

/** What stays at the top of the home feed (groupId null) or a group's, ten at a time. */
export const FEED_HIGHLIGHTS = graphql(`
  query FeedHighlights($groupId: ID, $after: String) {
    feedHighlights(groupId: $groupId, first: 10, after: $after) {
      ...FeedPage
    }
  }
`);

export const GROUP_FEED = graphql(`
  query GroupFeed($groupId: ID!, $after: String) {
    groupFeed(groupId: $groupId, first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

export const HASHTAG_FEED = graphql(`
  query HashtagFeed($tag: String!, $after: String) {
    hashtagFeed(tag: $tag, first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

export const PERSON_ACTIVITY = graphql(`
  query PersonActivity($userId: ID!, $after: String) {
    personActivity(userId: $userId, first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

export const POST_QUEUE = graphql(`
  query PostQueue($groupId: ID!, $after: String) {
    postQueue(groupId: $groupId, first: 20, after: $after) {
      ...FeedPage
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

/** A thread: the latest comments first (shown oldest at the top), each with its first replies. */
export const POST_THREAD = graphql(`
  query PostThread($id: ID!, $first: Int!, $after: String) {
    post(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after, order: NEWEST_FIRST) {
        edges {
          cursor
          node {
            ...CommentFields
            replies(first: 20) {
              ...ReplyPage
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** More replies of one comment, after those shown. */
export const COMMENT_REPLIES = graphql(`
  query CommentReplies($id: ID!, $after: String) {
    comment(id: $id) {
      id
      replyCount
      replies(first: 50, after: $after) {
        ...ReplyPage
      }
    }
  }
`);

export const SEEN_BY = graphql(`
  query SeenBy($id: ID!, $after: String) {
    post(id: $id) {
      id
      seenCount
      seenBy(first: 50, after: $after) {
        edges {
          cursor
          node {
            seenAt
            user {
              id
              displayName
              avatarUrl
              initials
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      acknowledgements {
        acknowledgedCount
        pendingCount
      }
    }
  }
`);

export const ACKNOWLEDGEMENT_PEOPLE = graphql(`
  query AcknowledgementPeople($id: ID!, $acknowledged: Boolean!, $after: String) {
    post(id: $id) {
      id
      acknowledgements {
        acknowledged(first: 50, after: $after) @include(if: $acknowledged) {
          ...PeopleByName
        }
        pending(first: 50, after: $after) @skip(if: $acknowledged) {
          ...PeopleByName
        }
      }
    }
  }

  fragment PeopleByName on PersonByNameConnection {
    edges {
      cursor
      node {
        id
        displayName
        avatarUrl
        initials
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const POLL_OPTION_VOTERS = graphql(`
  query PollOptionVoters($optionId: ID!, $after: String) {
    pollOptionVoters(optionId: $optionId, first: 50, after: $after) {
      ...PeopleByName
    }
  }
`);

export const MENTION_CANDIDATES = graphql(`
  query MentionCandidates($groupId: ID!, $search: String!) {
    mentionCandidates(groupId: $groupId, search: $search) {
      id
      displayName
      avatarUrl
      initials
      title
    }
  }
`);

export const MY_POSTING_GROUPS = graphql(`
  query MyPostingGroups {
    groups(mine: true, first: 50) {
      edges {
        node {
          id
          name
          viewerPermissions {
            canPost
          }
          viewerRole
        }
      }
    }
  }
`);

export const CREATE_POST = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostCard
    }
  }
`);

export const UPDATE_POST = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostCard
    }
  }
`);

export const DELETE_POST = graphql(`
  mutation DeletePost($input: PostIdInput!) {
    deletePost(input: $input) {
      id
    }
  }
`);

export const PIN_POST = graphql(`
  mutation PinPost($input: PostIdInput!) {
    pinPost(input: $input) {
      ...PostCard
    }
  }
`);

export const UNPIN_POST = graphql(`
  mutation UnpinPost($input: PostIdInput!) {
    unpinPost(input: $input) {
      ...PostCard
    }
  }
`);

export const APPROVE_POST = graphql(`
  mutation ApprovePost($input: PostIdInput!) {
    approvePost(input: $input) {
      ...PostCard
    }
  }
`);

export const REJECT_POST = graphql(`
  mutation RejectPost($input: RejectPostInput!) {
    rejectPost(input: $input) {
      ...PostCard
    }
  }
`);

export const ACKNOWLEDGE_POST = graphql(`
  mutation AcknowledgePost($input: PostIdInput!) {
    acknowledgePost(input: $input) {
      ...PostCard
    }
  }
`);

export const MARK_SEEN = graphql(`
  mutation MarkPostsSeen($input: MarkPostsSeenInput!) {
    markPostsSeen(input: $input)
  }
`);

export const ACCEPT_ANSWER = graphql(`
  mutation AcceptAnswer($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      ...PostCard
    }
  }
`);

export const VOTE_POLL = graphql(`
  mutation VotePoll($input: VotePollInput!) {
    votePoll(input: $input) {
      ...PostCard
    }
  }
`);

export const REACT_TO_POST = graphql(`
  mutation ReactToPost($input: ReactToPostInput!) {
    reactToPost(input: $input) {
      id
      reactions {
        total
        mine
        recentNames
        counts {
          kind
          count
        }
      }
    }
  }
`);

export const REMOVE_POST_REACTION = graphql(`
  mutation RemovePostReaction($input: PostIdInput!) {
    removePostReaction(input: $input) {
      id
      reactions {
        total
        mine
        recentNames
        counts {
          kind
          count
        }
      }
    }
  }
`);

export const REACT_TO_COMMENT = graphql(`
  mutation ReactToComment($input: ReactToCommentInput!) {
    reactToComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const REMOVE_COMMENT_REACTION = graphql(`
  mutation RemoveCommentReaction($input: CommentIdInput!) {
    removeCommentReaction(input: $input) {
      ...CommentFields
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const UPDATE_COMMENT = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($input: CommentIdInput!) {
    deleteComment(input: $input) {
      id
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

export const HOME_EVENTS = graphql(`
  subscription HomeEvents {
    homeEvents {
      ...FeedEventFields
    }
  }
`);

export const GROUP_EVENTS = graphql(`
  subscription GroupEvents($groupId: ID!) {
    groupEvents(groupId: $groupId) {
      ...FeedEventFields
    }
  }
`);

/** A post's card fetched again after a live event changed it (updates the cached card in place). */
export const POST_REFRESH = graphql(`
  query PostRefresh($id: ID!) {
    post(id: $id) {
      ...PostCard
    }
  }
`);

/** One comment read again after a live event named it (updates it in place, or adds it to an open thread). */
export const COMMENT = graphql(`
  query Comment($id: ID!) {
    comment(id: $id) {
      ...CommentFields
    }
  }
`);
