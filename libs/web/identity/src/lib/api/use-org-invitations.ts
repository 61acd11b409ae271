import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

/** Pending invitations to the organisation, latest first, 50 at a time. */
export const ORG_INVITATIONS = graphql(`
  query OrgInvitations($after: String) {
    orgInvitations(first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          email
          orgRole
          inviteUrl
          expiresAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The organisation's pending invitations, a page at a time. */
export function useOrgInvitations() {
  const query = useQuery(ORG_INVITATIONS);
  const { data, fetchMore } = query;
  const pending = data?.orgInvitations;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('orgInvitations') }),
    pending?.pageInfo.hasNextPage ? pending.pageInfo.endCursor : null,
  );
  return { ...query, loadingMore, more };
}
