import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ORGANISATION = graphql(`
  query OrganisationSettings {
    organisation {
      name
      openSignUp
      allowedEmailDomains
      groupCreationPolicy
    }
  }
`);

/** The organisation's settings. */
export function useOrganisationSettings() {
  return useQuery(ORGANISATION);
}
