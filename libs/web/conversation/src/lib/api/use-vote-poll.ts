import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const VOTE_POLL = graphql(`
  mutation VotePoll($input: VotePollInput!) {
    votePoll(input: $input) {
      ...PostCard
    }
  }
`);

export function useVotePoll() {
  return useMutation(VOTE_POLL);
}
