import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const INVITE = graphql(`
  mutation InviteToGroup($input: InviteToGroupInput!) {
    inviteToGroup(input: $input) {
      id
    }
  }
`);

export function useInviteToGroup() {
  return useMutation(INVITE);
}
