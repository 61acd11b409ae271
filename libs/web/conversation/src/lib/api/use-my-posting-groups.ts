import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const MY_POSTING_GROUPS = graphql(`
  query MyPostingGroups {
    groups(mine: true, first: 50) {
      edges {
        node {
          id
          name
          viewerPermissions {
            canPost
          }
          viewerRole
        }
      }
    }
  }
`);

/** The groups you may post in. */
export function useMyPostingGroups() {
  return useQuery(MY_POSTING_GROUPS);
}
