import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REMOVE_COMMENT_REACTION = graphql(`
  mutation RemoveCommentReaction($input: CommentIdInput!) {
    removeCommentReaction(input: $input) {
      ...CommentFields
    }
  }
`);

export function useRemoveCommentReaction() {
  return useMutation(REMOVE_COMMENT_REACTION);
}
