import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

/** One comment read again after a live event named it (updates it in place, or adds it to an open thread). */
export const COMMENT = graphql(`
  query Comment($id: ID!) {
    comment(id: $id) {
      ...CommentFields
    }
  }
`);

/** One comment (a linked one), unless `id` is null. */
export function useComment(id: string | null) {
  return useQuery(COMMENT, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-first',
  });
}

/** Reads one comment from the server, as this person may see it now. */
export function readComment(client: ApolloClient, id: string) {
  return client.query({ query: COMMENT, variables: { id }, fetchPolicy: 'network-only' });
}
