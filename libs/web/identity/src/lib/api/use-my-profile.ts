import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const MY_PROFILE = graphql(`
  query MyProfile {
    me {
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

/** Your own profile, to edit. */
export function useMyProfile() {
  return useQuery(MY_PROFILE);
}
