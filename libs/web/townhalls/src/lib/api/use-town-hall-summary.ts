import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const SUMMARY = graphql(`
  query TownHallSummary($id: ID!) {
    townHall(id: $id) {
      ...TownHallFields
      summary {
        received
        published
        merged
        rejected
        rejectedByReason {
          reason
          count
        }
        answeredLive
        answeredInWriting
        deferredOpen
        unanswered
        withdrawn
        medianSecondsToAnswer
      }
    }
  }
`);

/** A town hall's summary. */
export function useTownHallSummary(id: string) {
  return useQuery(SUMMARY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
