import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const HOME_FEED = graphql(`
  query HomeFeed($after: String) {
    homeFeed(first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

/** The home feed, a page at a time. */
export function useHomeFeed() {
  const query = useQuery(HOME_FEED, {
    notifyOnNetworkStatusChange: false,
  });
  const { data, fetchMore } = query;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('homeFeed') }),
    data?.homeFeed.pageInfo.endCursor,
  );
  return { ...query, loadingMore, more };
}
