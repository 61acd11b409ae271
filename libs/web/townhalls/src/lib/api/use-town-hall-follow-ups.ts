import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';
import { appendList, QUESTION_PAGE } from './question-pages';

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

/** A town hall's follow-ups, a page at a time. */
export function useTownHallFollowUps(townHallId: string) {
  const query = useQuery(FOLLOW_UPS, {
    variables: { id: townHallId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { data, fetchMore } = query;
  const page = data?.townHall.followUps;
  const paging = useMore(
    (after) =>
      fetchMore({
        variables: { after, first: QUESTION_PAGE },
        updateQuery: appendList('followUps'),
      }),
    page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
  );
  return { ...query, paging };
}
