import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const JOIN = graphql(`
  mutation JoinGroup($input: GroupIdInput!) {
    joinGroup(input: $input) {
      id
      viewerStatus
      viewerRole
      memberCount
    }
  }
`);

export function useJoinGroup() {
  return useMutation(JOIN);
}
