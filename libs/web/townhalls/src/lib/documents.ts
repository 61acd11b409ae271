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

export const TOWN_HALLS = graphql(`
  query TownHalls($filter: TownHallListFilter, $after: String) {
    townHalls(filter: $filter, first: 20, after: $after) {
      edges {
        cursor
        node {
          ...TownHallCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TOWN_HALL = graphql(`
  query TownHall($id: ID!) {
    townHall(id: $id) {
      ...TownHallFields
      answering {
        ...TownHallQuestionFields
      }
    }
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

export const TOWN_HALL_QUESTIONS = graphql(`
  query TownHallQuestions($id: ID!, $order: TownHallQuestionOrder!, $first: Int!, $after: String) {
    townHall(id: $id) {
      id
      questions(order: $order, first: $first, after: $after) {
        ...TownHallQuestionPage
      }
    }
  }
`);

export const SIMILAR_QUESTIONS = graphql(`
  query SimilarTownHallQuestions($townHallId: ID!, $text: String!) {
    similarTownHallQuestions(townHallId: $townHallId, text: $text) {
      ...TownHallQuestionFields
    }
  }
`);

export const MODERATION_QUEUE = graphql(`
  query TownHallModerationQueue($id: ID!, $first: Int! = 50, $after: String) {
    townHall(id: $id) {
      id
      pendingCount
      moderationQueue(first: $first, after: $after) {
        ...TownHallQuestionPage
      }
    }
  }
`);

export const FOLLOW_UPS = graphql(`
  query TownHallFollowUps($id: ID!, $first: Int! = 50, $after: String) {
    townHall(id: $id) {
      id
      followUps(first: $first, after: $after) {
        ...TownHallQuestionPage
      }
    }
  }
`);

/** The presenter's screen: the question being answered and the top of those waiting. */
export const PRESENTER = graphql(`
  query TownHallPresenter($id: ID!, $waiting: Int!) {
    townHall(id: $id) {
      ...TownHallFields
      answering {
        ...TownHallQuestionFields
      }
      questions(order: WAITING, first: $waiting) {
        edges {
          node {
            ...TownHallQuestionFields
          }
        }
      }
    }
  }
`);

export const SUMMARY = graphql(`
  query TownHallSummary($id: ID!) {
    townHall(id: $id) {
      ...TownHallFields
      summary {
        received
        published
        merged
        rejected
        rejectedByReason {
          reason
          count
        }
        answeredLive
        answeredInWriting
        deferredOpen
        unanswered
        withdrawn
        medianSecondsToAnswer
      }
    }
  }
`);

export const TOWN_HALL_CSV = graphql(`
  query TownHallCsv($id: ID!) {
    townHallCsv(id: $id)
  }
`);

/** For whom the viewer may hold a town hall: the whole organisation, and which groups. */
export const HOSTING_OPTIONS = graphql(`
  query TownHallHostingOptions($search: String) {
    townHallHostingOptions(search: $search) {
      forOrganisation
      groups {
        id
        name
      }
      moreGroups
    }
  }
`);

export const CREATE_TOWN_HALL = graphql(`
  mutation CreateTownHall($input: CreateTownHallInput!) {
    createTownHall(input: $input) {
      ...TownHallFields
    }
  }
`);

export const UPDATE_TOWN_HALL = graphql(`
  mutation UpdateTownHall($input: UpdateTownHallInput!) {
    updateTownHall(input: $input) {
      ...TownHallFields
    }
  }
`);

export const SET_TOWN_HALL_STATE = graphql(`
  mutation SetTownHallState($id: ID!, $state: TownHallState!) {
    setTownHallState(id: $id, state: $state) {
      ...TownHallFields
    }
  }
`);

export const ASK = graphql(`
  mutation AskTownHallQuestion($townHallId: ID!, $body: String!, $anonymous: Boolean!) {
    askTownHallQuestion(townHallId: $townHallId, body: $body, anonymous: $anonymous) {
      ...TownHallQuestionFields
    }
  }
`);

export const WITHDRAW = graphql(`
  mutation WithdrawTownHallQuestion($id: ID!) {
    withdrawTownHallQuestion(id: $id) {
      ...TownHallQuestionFields
    }
  }
`);

export const PUBLISH = graphql(`
  mutation PublishTownHallQuestion($id: ID!) {
    publishTownHallQuestion(id: $id) {
      ...TownHallQuestionFields
    }
  }
`);

export const REJECT = graphql(`
  mutation RejectTownHallQuestion($id: ID!, $reason: TownHallRejectReason!, $note: String) {
    rejectTownHallQuestion(id: $id, reason: $reason, note: $note) {
      ...TownHallQuestionFields
    }
  }
`);

export const MERGE = graphql(`
  mutation MergeTownHallQuestion($id: ID!, $intoId: ID!) {
    mergeTownHallQuestion(id: $id, intoId: $intoId) {
      ...TownHallQuestionFields
    }
  }
`);

export const EDIT = graphql(`
  mutation EditTownHallQuestion($id: ID!, $body: String!) {
    editTownHallQuestion(id: $id, body: $body) {
      ...TownHallQuestionFields
    }
  }
`);

export const VOTE = graphql(`
  mutation VoteTownHallQuestion($id: ID!, $up: Boolean!) {
    voteTownHallQuestion(id: $id, up: $up) {
      __typename
      id
      voteCount
      viewerHasVoted
    }
  }
`);

export const ANSWER = graphql(`
  mutation AnswerTownHallQuestion($input: AnswerTownHallQuestionInput!) {
    answerTownHallQuestion(input: $input) {
      ...TownHallQuestionFields
    }
  }
`);

/** What changes in a town hall while it is open on screen. */
export const TOWN_HALL_EVENTS = graphql(`
  subscription TownHallEvents($townHallId: ID!) {
    townHallEvents(townHallId: $townHallId) {
      kind
      townHallId
      questionId
      voteCount
    }
  }
`);
