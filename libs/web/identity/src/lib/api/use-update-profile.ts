import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UPDATE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      title
      department
      location
      bio
      avatarUrl
      initials
      manager {
        id
        displayName
      }
    }
  }
`);

export function useUpdateProfile() {
  return useMutation(UPDATE);
}
