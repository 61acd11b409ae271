import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { appendPage, graphql, type PostCardFragment } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

/** What stays at the top of the home feed (groupId null) or a group's, ten at a time. */
export const FEED_HIGHLIGHTS = graphql(`
  query FeedHighlights($groupId: ID, $after: String) {
    feedHighlights(groupId: $groupId, first: 10, after: $after) {
      ...FeedPage
    }
  }
`);

/** A list of post cards read ten at a time, with the next ten on request. */
export interface PostList {
  posts: PostCardFragment[];
  more: { hasMore: boolean; loading: boolean; onMore: () => void };
  refetch: () => void;
}

type PostPage = {
  edges: ReadonlyArray<{ node: PostCardFragment }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/** A `PostList` over a query that returns one post connection at `key`. */
export function usePostList<
  K extends string,
  V extends OperationVariables & { after?: string | null },
>(
  query: TypedDocumentNode<{ [key in K]: PostPage }, V>,
  key: K,
  variables: V,
  skip: boolean,
): PostList {
  const { data, refetch, fetchMore } = useQuery(query, { variables, skip });
  const page = data?.[key];
  const { loading, more } = useMore(
    (after) =>
      fetchMore({
        // Every such query takes `after` (V's constraint); TypeScript cannot see it fits Partial<V>.
        variables: { after } as unknown as Partial<V>,
        updateQuery: appendPage(key),
      }),
    page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
  );
  return {
    posts: page?.edges.map((e) => e.node) ?? [],
    more: { hasMore: page?.pageInfo.hasNextPage ?? false, loading, onMore: more },
    refetch: () => void refetch().catch(() => undefined),
  };
}

/** Pinned posts and announcements to acknowledge, in a group or on the home feed, ten at a time. */
export function useFeedHighlights(groupId: string | null, skip = false): PostList {
  return usePostList(FEED_HIGHLIGHTS, 'feedHighlights', { groupId }, skip);
}
