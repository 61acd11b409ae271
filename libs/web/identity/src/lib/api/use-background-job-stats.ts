import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const STATS = graphql(`
  query BackgroundJobStats {
    backgroundJobStats {
      due
      scheduled
      retrying
      failed
      oldestDueSeconds
      maxAttempts
    }
  }
`);

/** The background job figures, read again each time they are shown. */
export function useBackgroundJobStats() {
  return useQuery(STATS, { fetchPolicy: 'cache-and-network' });
}
