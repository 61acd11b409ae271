import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    orgInvitation(token: $token) {
      email
      displayName
      organisationName
    }
  }
`);

/** What an invitation link offers. */
export function useInvitationPreview(token: string) {
  return useQuery(PREVIEW, { variables: { token } });
}
