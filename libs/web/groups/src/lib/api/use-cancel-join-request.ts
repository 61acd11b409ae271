import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const CANCEL_REQUEST = graphql(`
  mutation CancelJoinRequest($input: GroupIdInput!) {
    cancelJoinRequest(input: $input) {
      id
      viewerStatus
    }
  }
`);

export function useCancelJoinRequest() {
  return useMutation(CANCEL_REQUEST);
}
