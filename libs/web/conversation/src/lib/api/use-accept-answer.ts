import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ACCEPT_ANSWER = graphql(`
  mutation AcceptAnswer($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      ...PostCard
    }
  }
`);

export function useAcceptAnswer() {
  return useMutation(ACCEPT_ANSWER);
}
