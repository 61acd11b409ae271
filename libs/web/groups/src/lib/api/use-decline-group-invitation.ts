import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const DECLINE_INVITATION = graphql(`
  mutation DeclineGroupInvitation($input: GroupInvitationIdInput!) {
    declineGroupInvitation(input: $input) {
      id
      status
    }
  }
`);

export function useDeclineGroupInvitation() {
  return useMutation(DECLINE_INVITATION);
}
