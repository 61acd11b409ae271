import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const CHANGE_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

export function useChangeMemberRole() {
  return useMutation(CHANGE_ROLE);
}
