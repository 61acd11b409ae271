import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REACT_TO_POST = graphql(`
  mutation ReactToPost($input: ReactToPostInput!) {
    reactToPost(input: $input) {
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

export function useReactToPost() {
  return useMutation(REACT_TO_POST);
}
