import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REMOVE_POST_REACTION = graphql(`
  mutation RemovePostReaction($input: PostIdInput!) {
    removePostReaction(input: $input) {
      id
      reactions {
        total
        mine
        recentNames
        counts {
          kind
          count
        }
      }
    }
  }
`);

export function useRemovePostReaction() {
  return useMutation(REMOVE_POST_REACTION);
}
