import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UPDATE_COMMENT = graphql(`
  mutation UpdateComment($input: UpdateCommentInput!) {
    updateComment(input: $input) {
      ...CommentFields
    }
  }
`);

export function useUpdateComment() {
  return useMutation(UPDATE_COMMENT);
}
