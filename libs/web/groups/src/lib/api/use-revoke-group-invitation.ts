import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REVOKE_INVITATION = graphql(`
  mutation RevokeGroupInvitation($input: GroupInvitationIdInput!) {
    revokeGroupInvitation(input: $input) {
      id
      status
    }
  }
`);

export function useRevokeGroupInvitation() {
  return useMutation(REVOKE_INVITATION);
}
