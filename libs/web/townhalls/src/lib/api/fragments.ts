import { graphql } from '@hearth/web/graphql';

/** What the viewer may do: always asked for whole, since it has no id of its own in the cache. */
export const TOWN_HALL_VIEWER_FIELDS = graphql(`
  fragment TownHallViewerFields on TownHallViewer {
    canManage
    canModerate
    canHost
    canAsk
    canAskAnonymously
    votesLeft
  }
`);

export const TOWN_HALL_CARD_FIELDS = graphql(`
  fragment TownHallCardFields on TownHall {
    id
    title
    description
    state
    startsAt
    endsAt
    publishedCount
    audienceGroupId
    audienceGroupName
  }
`);

export const TOWN_HALL_FIELDS = graphql(`
  fragment TownHallFields on TownHall {
    ...TownHallCardFields
    allowAnonymous
    preModerated
    voteBudget
    createdAt
    hosts {
      id
      displayName
    }
    moderators {
      id
      displayName
    }
    createdBy {
      id
      displayName
    }
    viewer {
      ...TownHallViewerFields
    }
  }
`);

export const TOWN_HALL_QUESTION_FIELDS = graphql(`
  fragment TownHallQuestionFields on TownHallQuestion {
    id
    townHallId
    body
    anonymous
    author {
      id
      displayName
    }
    status
    answerState
    answer
    answeredAt
    answeredBy {
      id
      displayName
    }
    deferredTo {
      id
      displayName
    }
    deferredUntil
    voteCount
    viewerHasVoted
    isMine
    rejectReason
    rejectNote
    mergedIntoId
    editedByModerator
    createdAt
    publishedAt
  }
`);

/** A page of questions (the list in each order, the moderation queue, the follow-ups). */
export const QUESTION_PAGE_FIELDS = graphql(`
  fragment TownHallQuestionPage on TownHallQuestionConnection {
    edges {
      cursor
      node {
        ...TownHallQuestionFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
