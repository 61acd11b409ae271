import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REACTIVATE = graphql(`
  mutation ReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      id
      active
    }
  }
`);

export function useReactivateUser() {
  return useMutation(REACTIVATE);
}
