// Fixtures and a mock client for this library's tests only (not exported).
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import {
  createMockClient,
  meAnswer,
  signInCache,
  type MockHandlers,
  MockProviders,
  type TownHallEventKind,
  type TownHallFieldsFragment,
  type TownHallQuestionFieldsFragment,
} from '@hearth/web/graphql';
import { render } from '@testing-library/react';
import { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Subject } from 'rxjs';

export type Calls = Array<{ operation: string; variables: Record<string, unknown> }>;

export const named = (calls: Calls, operation: string) =>
  calls.filter((c) => c.operation === operation);

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

type Person = { __typename?: 'User'; id: string; displayName: string } | null;
type QuestionOver = Partial<
  Omit<TownHallQuestionFieldsFragment, 'author' | 'answeredBy' | 'deferredTo'>
> & { author?: Person; answeredBy?: Person; deferredTo?: Person };

export function question(
  over: QuestionOver = {},
): TownHallQuestionFieldsFragment & { __typename: 'TownHallQuestion' } {
  return {
    __typename: 'TownHallQuestion',
    id: 'q1',
    townHallId: 'th1',
    body: 'Will we keep working from home on Fridays?',
    anonymous: false,
    author: { __typename: 'User', id: 'u1', displayName: 'Ana Silva' },
    status: 'PUBLISHED',
    answerState: null,
    answer: null,
    answeredAt: null,
    answeredBy: null,
    deferredTo: null,
    deferredUntil: null,
    voteCount: 3,
    viewerHasVoted: false,
    isMine: false,
    rejectReason: null,
    rejectNote: null,
    mergedIntoId: null,
    editedByModerator: false,
    createdAt: minutesAgo(10),
    publishedAt: minutesAgo(8),
    ...over,
  } as TownHallQuestionFieldsFragment & { __typename: 'TownHallQuestion' };
}

export function townHall(
  over: Partial<Omit<TownHallFieldsFragment, 'viewer'>> & {
    viewer?: Partial<TownHallFieldsFragment['viewer']>;
  } = {},
) {
  const { viewer, ...rest } = over;
  return {
    __typename: 'TownHall',
    id: 'th1',
    title: 'Q3 all-hands',
    description: 'Ask the leadership team anything.',
    state: 'LIVE',
    startsAt: minutesAgo(30),
    endsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    publishedCount: 2,
    audienceGroupId: null,
    audienceGroupName: null,
    allowAnonymous: true,
    preModerated: true,
    voteBudget: null,
    createdAt: minutesAgo(60 * 24),
    hosts: [{ __typename: 'User', id: 'u9', displayName: 'Hana Host' }],
    moderators: [{ __typename: 'User', id: 'u8', displayName: 'Mo Derator' }],
    createdBy: { __typename: 'User', id: 'u9', displayName: 'Hana Host' },
    ...rest,
    viewer: {
      __typename: 'TownHallViewer',
      canManage: false,
      canModerate: false,
      canHost: false,
      canAsk: true,
      canAskAnonymously: true,
      votesLeft: null,
      ...viewer,
    },
  };
}

/** A page of questions as the API sends one (`endCursor` set when more follow). */
export const questionConnection = (
  questions: Array<ReturnType<typeof question>>,
  endCursor: string | null = null,
) => ({
  __typename: 'TownHallQuestionConnection',
  edges: questions.map((node) => ({
    __typename: 'TownHallQuestionEdge',
    cursor: `c-${node.id}`,
    node,
  })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
});

/** The reply to TownHallQuestions. */
export const questionsPage = (
  questions: Array<ReturnType<typeof question>>,
  id = 'th1',
  endCursor: string | null = null,
) => ({
  data: {
    townHall: { __typename: 'TownHall', id, questions: questionConnection(questions, endCursor) },
  },
});

/** The reply to TownHallModerationQueue: a page of the queue and how many wait in all. */
export const queuePage = (
  questions: Array<ReturnType<typeof question>>,
  endCursor: string | null = null,
  pendingCount: number = questions.length,
) => ({
  data: {
    townHall: {
      __typename: 'TownHall',
      id: 'th1',
      pendingCount,
      moderationQueue: questionConnection(questions, endCursor),
    },
  },
});

/** The reply to TownHallFollowUps. */
export const followUpsPage = (
  questions: Array<ReturnType<typeof question>>,
  endCursor: string | null = null,
) => ({
  data: {
    townHall: {
      __typename: 'TownHall',
      id: 'th1',
      followUps: questionConnection(questions, endCursor),
    },
  },
});

/** What VoteTownHallQuestion answers for a question. */
export const voted = (id: string, voteCount: number, viewerHasVoted: boolean) => ({
  data: {
    voteTownHallQuestion: { __typename: 'TownHallQuestion', id, voteCount, viewerHasVoted },
  },
});

/**
 * A mock client whose subscription socket the test drives: what is pushed arrives on
 * `townHallEvents`; every other operation is answered by the handlers.
 */
export function clientWithSocket(handlers: MockHandlers, calls: Calls = []) {
  const events = new Subject<ApolloLink.Result>();
  const http = createMockClient(handlers, calls).link;
  const socket = new ApolloLink(() => events.asObservable());
  const client = new ApolloClient({
    link: ApolloLink.split((op) => op.operationName === 'TownHallEvents', socket, http),
    cache: new InMemoryCache(),
  });
  const push = (kind: TownHallEventKind, questionId: string | null = null, voteCount?: number) =>
    events.next({
      data: {
        townHallEvents: {
          __typename: 'TownHallEvent',
          kind,
          townHallId: 'th1',
          questionId,
          voteCount: voteCount ?? null,
        },
      },
    });
  return { client, push, calls };
}

/** Renders inside the providers and a router at `path` (matched by `route`). */
export function renderWithClient(
  client: ApolloClient,
  ui: ReactElement,
  {
    path = '/',
    route = '*',
    signedIn = false,
  }: { path?: string; route?: string; signedIn?: boolean } = {},
) {
  return render(
    <MockProviders client={client} signedIn={signedIn}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={ui} />
        </Routes>
      </MemoryRouter>
    </MockProviders>,
  );
}

/** The signed-in person's Me reply (a MEMBER unless told otherwise). */
export const me = meAnswer;

/** Signs the client's cache in, so that `useViewer` has someone from the first render. */
export const signIn = signInCache;
