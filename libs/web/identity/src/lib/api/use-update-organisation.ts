import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UPDATE = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      name
      openSignUp
      allowedEmailDomains
      groupCreationPolicy
    }
  }
`);

export function useUpdateOrganisation() {
  return useMutation(UPDATE);
}
