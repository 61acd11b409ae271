import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UNPIN_POST = graphql(`
  mutation UnpinPost($input: PostIdInput!) {
    unpinPost(input: $input) {
      ...PostCard
    }
  }
`);

export function useUnpinPost() {
  return useMutation(UNPIN_POST);
}
