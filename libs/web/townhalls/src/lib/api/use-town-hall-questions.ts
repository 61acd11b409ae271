import { useQuery } from '@apollo/client/react';
import { graphql, type TownHallQuestionOrder } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';
import { appendQuestions, QUESTION_PAGE } from './question-pages';

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

/** A town hall's questions in one order, a page at a time (live events keep every page shown fresh). */
export function useTownHallQuestions(townHallId: string, order: TownHallQuestionOrder) {
  const { data, loading, error, refetch, fetchMore } = useQuery(TOWN_HALL_QUESTIONS, {
    variables: { id: townHallId, order, first: QUESTION_PAGE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const page = data?.townHall.questions;
  const paging = useMore(
    (after) =>
      fetchMore({ variables: { after, first: QUESTION_PAGE }, updateQuery: appendQuestions }),
    page?.pageInfo.endCursor,
  );
  return {
    questions: page?.edges.map((e) => e.node),
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loadingMore: paging.loading,
    more: paging.more,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** The `first` questions with most votes, at once (merge targets). */
export function useTopTownHallQuestions(townHallId: string, first: number) {
  return useQuery(TOWN_HALL_QUESTIONS, {
    variables: { id: townHallId, order: 'TOP', first },
  });
}
