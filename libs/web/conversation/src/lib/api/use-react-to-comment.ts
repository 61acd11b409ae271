import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REACT_TO_COMMENT = graphql(`
  mutation ReactToComment($input: ReactToCommentInput!) {
    reactToComment(input: $input) {
      ...CommentFields
    }
  }
`);

export function useReactToComment() {
  return useMutation(REACT_TO_COMMENT);
}
