import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REVOKE = graphql(`
  mutation RevokeOrgInvitation($input: RevokeOrgInvitationInput!) {
    revokeOrgInvitation(input: $input) {
      id
    }
  }
`);

export function useRevokeOrgInvitation() {
  return useMutation(REVOKE);
}
