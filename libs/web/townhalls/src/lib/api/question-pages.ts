import type { ApolloClient, ObservableQuery } from '@apollo/client';
import type { TownHallQuestionsQuery, TownHallQuestionsQueryVariables } from '@hearth/web/graphql';
import { TOWN_HALL_QUESTIONS } from './use-town-hall-questions';

/** Questions read at once: the first page, and each "Load more". */
export const QUESTION_PAGE = 50;
/** The largest page the API gives. */
export const QUESTION_PAGE_MAX = 200;

type Questions = TownHallQuestionsQuery['townHall']['questions'];

const withQuestions = (data: TownHallQuestionsQuery, questions: Questions) => ({
  ...data,
  townHall: { ...data.townHall, questions },
});

/**
 * `updateQuery` for "Load more": the next page after those shown. The ranking moves while it is
 * read (votes), so a question already shown is not shown twice.
 */
export function appendQuestions(
  prev: TownHallQuestionsQuery,
  { fetchMoreResult }: { fetchMoreResult: TownHallQuestionsQuery },
): TownHallQuestionsQuery {
  const shown = new Set(prev.townHall.questions.edges.map((e) => e.node.id));
  const next = fetchMoreResult.townHall.questions;
  return withQuestions(fetchMoreResult, {
    ...next,
    edges: [...prev.townHall.questions.edges, ...next.edges.filter((e) => !shown.has(e.node.id))],
  });
}

/**
 * Reads a question list again as far as it had been read (not only its first page), so that a live
 * event leaves the viewer where they were: one request per 200 questions shown. The pages are put
 * together and written in place of the list shown.
 */
export async function refreshQuestions(
  client: ApolloClient,
  query: ObservableQuery<TownHallQuestionsQuery, TownHallQuestionsQueryVariables>,
): Promise<void> {
  const variables = query.variables;
  const shown = query.getCurrentResult().data?.townHall?.questions?.edges?.length ?? 0;
  const want = Math.max(QUESTION_PAGE, shown);
  let data: TownHallQuestionsQuery | undefined;
  let after: string | null = null;
  const edges: Questions['edges'] = [];
  for (;;) {
    const result: { data?: TownHallQuestionsQuery } = await client.query({
      query: TOWN_HALL_QUESTIONS,
      variables: { ...variables, after, first: Math.min(want - edges.length, QUESTION_PAGE_MAX) },
      fetchPolicy: 'network-only',
    });
    if (!result.data) return;
    data = result.data;
    const page = data.townHall.questions;
    const known = new Set(edges.map((e) => e.node.id));
    edges.push(...page.edges.filter((e) => !known.has(e.node.id)));
    after = page.pageInfo.endCursor ?? null;
    if (edges.length >= want || !page.pageInfo.hasNextPage || !after) break;
  }
  client.writeQuery({
    query: TOWN_HALL_QUESTIONS,
    variables,
    data: withQuestions(data, { ...data.townHall.questions, edges }),
  });
}

type TownHallList = 'moderationQueue' | 'followUps';
type WithList<F extends TownHallList> = {
  townHall: { [key in F]: { edges: ReadonlyArray<{ node: { id: string } }> } };
};

/** `updateQuery` for "Load more" of the moderation queue or the follow-ups (no question twice). */
export function appendList<F extends TownHallList>(field: F) {
  return <Q extends WithList<F>>(prev: Q, { fetchMoreResult }: { fetchMoreResult: Q }): Q => {
    const shown = new Set(prev.townHall[field].edges.map((e) => e.node.id));
    const next = fetchMoreResult.townHall[field];
    return {
      ...fetchMoreResult,
      townHall: {
        ...fetchMoreResult.townHall,
        [field]: {
          ...next,
          edges: [
            ...prev.townHall[field].edges,
            ...next.edges.filter((e) => !shown.has(e.node.id)),
          ],
        },
      },
    };
  };
}

/**
 * Reads the moderation queue or the follow-ups again as far as they were shown (up to 200, in one
 * request) and writes them in place, so that a decision or a live event does not drop the pages
 * read after the first.
 */
export async function refreshList(
  client: ApolloClient,
  query: ObservableQuery,
  field: TownHallList,
): Promise<void> {
  const variables = query.variables;
  const current = query.getCurrentResult().data as
    { townHall?: Partial<Record<TownHallList, { edges?: readonly unknown[] }>> } | undefined;
  const shown = current?.townHall?.[field]?.edges?.length ?? 0;
  const first = Math.min(QUESTION_PAGE_MAX, Math.max(QUESTION_PAGE, shown));
  const result = await client.query({
    query: query.query,
    variables: { ...variables, first },
    fetchPolicy: 'network-only',
  });
  if (result.data) client.writeQuery({ query: query.query, variables, data: result.data });
}
