import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const GROUP_FEED = graphql(`
  query GroupFeed($groupId: ID!, $after: String) {
    groupFeed(groupId: $groupId, first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

/** A group's feed, a page at a time, unless `skip`. */
export function useGroupFeed(groupId: string, skip: boolean) {
  const query = useQuery(GROUP_FEED, {
    variables: { groupId },
    skip,
  });
  const { data, fetchMore } = query;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('groupFeed') }),
    data?.groupFeed.pageInfo.endCursor,
  );
  return { ...query, loadingMore, more };
}
