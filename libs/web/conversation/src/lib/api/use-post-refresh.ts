import type { ApolloClient } from '@apollo/client';
import { graphql } from '@hearth/web/graphql';

/** A post's card fetched again after a live event changed it (updates the cached card in place). */
export const POST_REFRESH = graphql(`
  query PostRefresh($id: ID!) {
    post(id: $id) {
      ...PostCard
    }
  }
`);

/** Reads a post's card again from the server (its preview and counts); a failure is ignored. */
export function refreshPost(client: ApolloClient, id: string): void {
  void client
    .query({ query: POST_REFRESH, variables: { id }, fetchPolicy: 'network-only' })
    .catch(() => undefined);
}
