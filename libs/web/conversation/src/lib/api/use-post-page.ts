import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const POST_PAGE = graphql(`
  query PostPage($id: ID!) {
    post(id: $id) {
      ...PostCard
    }
  }
`);

/** A post on its own page. */
export function usePostPage(id: string) {
  return useQuery(POST_PAGE, { variables: { id } });
}
