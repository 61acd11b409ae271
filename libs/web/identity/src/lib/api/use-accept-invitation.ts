import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptOrgInvitationInput!) {
    acceptOrgInvitation(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export function useAcceptInvitation() {
  return useMutation(ACCEPT);
}
