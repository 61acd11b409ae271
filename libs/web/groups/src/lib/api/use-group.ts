import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const GROUP = graphql(`
  query Group($slug: String!) {
    group(slug: $slug) {
      ...GroupCardFields
      createdAt
      archivedAt
      postingPolicy
      postApproval
      membershipQuestions
      viewerRole
      viewerPermissions {
        canEdit
        canManageMembers
        canChangeRoles
        canInvite
        canArchive
        canPost
        canSeeContent
      }
    }
  }
`);

/** One group by its address. */
export function useGroup(slug: string) {
  return useQuery(GROUP, { variables: { slug } });
}
