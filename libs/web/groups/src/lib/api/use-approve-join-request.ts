import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const DECIDE_APPROVE = graphql(`
  mutation ApproveJoinRequest($input: JoinRequestIdInput!) {
    approveJoinRequest(input: $input) {
      id
      status
    }
  }
`);

export function useApproveJoinRequest() {
  return useMutation(DECIDE_APPROVE);
}
