import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const POST_QUEUE = graphql(`
  query PostQueue($groupId: ID!, $after: String) {
    postQueue(groupId: $groupId, first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

/** A group's posts waiting for review, a page at a time. */
export function usePostQueue(groupId: string) {
  const query = useQuery(POST_QUEUE, {
    variables: { groupId },
    fetchPolicy: 'cache-and-network',
  });
  const { data, fetchMore } = query;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('postQueue') }),
    data?.postQueue.pageInfo.endCursor,
  );
  return { ...query, loadingMore, more };
}
