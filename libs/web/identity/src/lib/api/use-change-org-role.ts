import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const CHANGE_ROLE = graphql(`
  mutation ChangeOrgRole($input: ChangeOrgRoleInput!) {
    changeOrgRole(input: $input) {
      id
      orgRole
    }
  }
`);

export function useChangeOrgRole() {
  return useMutation(CHANGE_ROLE);
}
