import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const DEACTIVATE = graphql(`
  mutation DeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      id
      active
    }
  }
`);

export function useDeactivateUser() {
  return useMutation(DEACTIVATE);
}
