import { graphql } from '@hearth/web/graphql';

export const POST_PAGE = graphql(`
  query PostPage($id: ID!) {
    post(id: $id) {
      ...PostCard
    }
  }
`);
