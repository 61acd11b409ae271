import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';
import { appendList, QUESTION_PAGE } from './question-pages';

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

/** A town hall's waiting questions, a page at a time. */
export function useTownHallModerationQueue(townHallId: string) {
  const query = useQuery(MODERATION_QUEUE, {
    variables: { id: townHallId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { data, fetchMore } = query;
  const page = data?.townHall.moderationQueue;
  const paging = useMore(
    (after) =>
      fetchMore({
        variables: { after, first: QUESTION_PAGE },
        updateQuery: appendList('moderationQueue'),
      }),
    page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
  );
  return { ...query, paging };
}
