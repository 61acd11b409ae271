import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($input: CommentIdInput!) {
    deleteComment(input: $input) {
      id
    }
  }
`);

export function useDeleteComment() {
  return useMutation(DELETE_COMMENT);
}
