import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const PROFILE = graphql(`
  query Profile($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
      title
      department
      location
      bio
      avatarUrl
      initials
      orgRole
      active
      manager {
        id
        displayName
        title
      }
      groups(first: 50) {
        totalCount
        edges {
          node {
            id
            slug
            name
            visibility
            coverColor
          }
        }
      }
    }
  }
`);

/** One person's profile. */
export function useProfile(id: string) {
  return useQuery(PROFILE, { variables: { id } });
}
