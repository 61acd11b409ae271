import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UNBAN = graphql(`
  mutation UnbanMember($input: GroupMemberInput!) {
    unbanMember(input: $input) {
      id
    }
  }
`);

export function useUnbanMember() {
  return useMutation(UNBAN);
}
