import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const LEAVE = graphql(`
  mutation LeaveGroup($input: GroupIdInput!) {
    leaveGroup(input: $input) {
      id
      viewerStatus
      viewerRole
      memberCount
    }
  }
`);

export function useLeaveGroup() {
  return useMutation(LEAVE);
}
