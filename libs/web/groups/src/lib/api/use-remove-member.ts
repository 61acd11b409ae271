import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REMOVE = graphql(`
  mutation RemoveMember($input: GroupMemberInput!) {
    removeMember(input: $input) {
      id
      memberCount
    }
  }
`);

export function useRemoveMember() {
  return useMutation(REMOVE);
}
