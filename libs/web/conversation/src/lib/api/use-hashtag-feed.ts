import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const HASHTAG_FEED = graphql(`
  query HashtagFeed($tag: String!, $after: String) {
    hashtagFeed(tag: $tag, first: 20, after: $after) {
      ...FeedPage
    }
  }
`);

/** The posts with a hashtag, a page at a time. */
export function useHashtagFeed(tag: string) {
  const query = useQuery(HASHTAG_FEED, {
    variables: { tag },
  });
  const { data, fetchMore } = query;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('hashtagFeed') }),
    data?.hashtagFeed.pageInfo.endCursor,
  );
  return { ...query, loadingMore, more };
}
