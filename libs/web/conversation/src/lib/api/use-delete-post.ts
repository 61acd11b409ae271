import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const DELETE_POST = graphql(`
  mutation DeletePost($input: PostIdInput!) {
    deletePost(input: $input) {
      id
    }
  }
`);

export function useDeletePost() {
  return useMutation(DELETE_POST);
}
