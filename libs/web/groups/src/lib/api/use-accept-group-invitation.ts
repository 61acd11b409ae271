import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptGroupInvitation($input: GroupInvitationIdInput!) {
    acceptGroupInvitation(input: $input) {
      id
      viewerStatus
      viewerRole
      memberCount
    }
  }
`);

export function useAcceptGroupInvitation() {
  return useMutation(ACCEPT_INVITATION);
}
