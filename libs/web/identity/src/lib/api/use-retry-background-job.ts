import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const RETRY = graphql(`
  mutation RetryBackgroundJob($id: ID!) {
    retryBackgroundJob(id: $id) {
      id
    }
  }
`);

/** Runs a failed job again; the list and the figures are read again. */
export function useRetryBackgroundJob() {
  return useMutation(RETRY, {
    refetchQueries: ['FailedBackgroundJobs', 'BackgroundJobStats'],
  });
}
