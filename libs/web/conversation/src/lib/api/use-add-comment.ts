import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ADD_COMMENT = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export function useAddComment() {
  return useMutation(ADD_COMMENT);
}
