import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UPDATE_POST = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      ...PostCard
    }
  }
`);

export function useUpdatePost() {
  return useMutation(UPDATE_POST);
}
