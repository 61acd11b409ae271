import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const PERSON_ACTIVITY = graphql(`
  query PersonActivity($userId: ID!, $after: String) {
    personActivity(userId: $userId, first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

/** One person's posts, a page at a time. */
export function usePersonActivity(userId: string) {
  const query = useQuery(PERSON_ACTIVITY, {
    variables: { userId },
  });
  const { data, fetchMore } = query;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('personActivity') }),
    data?.personActivity.pageInfo.endCursor,
  );
  return { ...query, loadingMore, more };
}
