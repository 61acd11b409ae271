import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export function useSignUp() {
  return useMutation(SIGN_UP);
}
