import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const INVITE = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      orgRole
      inviteUrl
      expiresAt
    }
  }
`);

export function useInviteUser() {
  return useMutation(INVITE);
}
