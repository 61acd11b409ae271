import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const DECIDE_DECLINE = graphql(`
  mutation DeclineJoinRequest($input: JoinRequestIdInput!) {
    declineJoinRequest(input: $input) {
      id
      status
    }
  }
`);

export function useDeclineJoinRequest() {
  return useMutation(DECIDE_DECLINE);
}
