import { ApolloClient, type ObservableQuery } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { TownHallEventKind, TownHallEventsSubscription } from '@hearth/web/graphql';
import { useCallback, useEffect, useRef } from 'react';
import { refreshList, refreshQuestions } from './api/question-pages';
import { useTownHallEvents } from './api/use-town-hall-events';

type TownHallEvent = TownHallEventsSubscription['townHallEvents'];

const QUESTION_VIEWS = [
  'TownHall',
  'TownHallQuestions',
  'TownHallPresenter',
  'TownHallFollowUps',
  'TownHallSummary',
];

/** The queries on screen that each kind of event can alter (only active ones are read again). */
export const AFFECTED: Record<TownHallEventKind, string[]> = {
  QUESTION_PUBLISHED: [...QUESTION_VIEWS, 'TownHallModerationQueue'],
  QUESTION_CHANGED: QUESTION_VIEWS,
  QUESTION_REMOVED: [...QUESTION_VIEWS, 'TownHallModerationQueue'],
  // The count comes with the event; the ranking is read again since the order may change.
  VOTES_CHANGED: ['TownHallQuestions', 'TownHallPresenter'],
  ANSWERING_CHANGED: QUESTION_VIEWS,
  STATE_CHANGED: ['TownHall', 'TownHalls', 'TownHallPresenter', 'TownHallSummary'],
  QUEUE_CHANGED: ['TownHallModerationQueue', 'TownHallQuestions', 'TownHallSummary'],
};

/** How long events are gathered before the affected queries are read again, once. */
export const COALESCE_MS = 250;

/** Writes a vote count that came with an event straight into the cached question. */
function writeVoteCount(client: ApolloClient, event: TownHallEvent): void {
  if (event.kind !== 'VOTES_CHANGED' || !event.questionId || event.voteCount == null) return;
  const id = client.cache.identify({ __typename: 'TownHallQuestion', id: event.questionId });
  const count = event.voteCount;
  if (id) client.cache.modify({ id, fields: { voteCount: () => count } });
}

/** Reads a query again; one read a page at a time is read again as far as it was shown. */
function refresh(client: ApolloClient, query: ObservableQuery): Promise<unknown> {
  switch (query.queryName) {
    case 'TownHallQuestions':
      return refreshQuestions(client, query as unknown as Parameters<typeof refreshQuestions>[1]);
    case 'TownHallModerationQueue':
      return refreshList(client, query, 'moderationQueue');
    case 'TownHallFollowUps':
      return refreshList(client, query, 'followUps');
    default:
      return query.refetch();
  }
}

/** Reads again the queries of these names that are on screen (the others refresh when shown). */
export function refetchOnScreen(client: ApolloClient, names: ReadonlySet<string>): void {
  for (const query of client.getObservableQueries())
    if (query.queryName && names.has(query.queryName))
      void refresh(client, query).catch(() => undefined);
}

/**
 * After a change the viewer made: the views of the town hall on screen that it alters are read again
 * (the live event does the same for everyone else).
 */
export function useRefetchOnScreen(names: readonly string[]): () => void {
  const client = useApolloClient();
  const key = names.join(',');
  return useCallback(() => refetchOnScreen(client, new Set(key.split(','))), [client, key]);
}

/**
 * While a town hall is on screen: its events (a question published, votes, the question being
 * answered, the state) make the views of it that are shown read themselves again. A burst of events
 * (votes during a live session) costs one refetch per view, not one per event.
 */
export function LiveTownHall({ townHallId }: { townHallId: string }) {
  const client = useApolloClient();
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useTownHallEvents(townHallId, (event) => {
    writeVoteCount(client, event);
    for (const name of AFFECTED[event.kind]) pending.current.add(name);
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      refetchOnScreen(client, pending.current);
      pending.current.clear();
    }, COALESCE_MS);
  });
  return null;
}
