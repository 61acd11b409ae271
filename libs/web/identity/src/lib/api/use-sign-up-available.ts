import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const SIGN_UP_AVAILABLE = graphql(`
  query SignUpAvailable {
    signUpAvailable
  }
`);

/** Whether anyone may create an account here. */
export function useSignUpAvailable() {
  return useQuery(SIGN_UP_AVAILABLE);
}
