import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const DISCARD = graphql(`
  mutation DiscardBackgroundJob($id: ID!) {
    discardBackgroundJob(id: $id)
  }
`);

/** Discards a failed job; the list and the figures are read again. */
export function useDiscardBackgroundJob() {
  return useMutation(DISCARD, {
    refetchQueries: ['FailedBackgroundJobs', 'BackgroundJobStats'],
  });
}
