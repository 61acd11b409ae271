import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const POLL_OPTION_VOTERS = graphql(`
  query PollOptionVoters($optionId: ID!, $after: String) {
    pollOptionVoters(optionId: $optionId, first: 50, after: $after) {
      ...PeopleByName
    }
  }
`);

/** Who chose a poll option, read fresh each time. */
export function usePollOptionVoters(optionId: string) {
  return useQuery(POLL_OPTION_VOTERS, {
    variables: { optionId },
    fetchPolicy: 'network-only',
  });
}
