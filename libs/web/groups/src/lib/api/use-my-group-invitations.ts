import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const MY_GROUP_INVITATIONS = graphql(`
  query MyGroupInvitations($after: String) {
    myGroupInvitations(first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          createdAt
          invitedBy {
            id
            displayName
          }
          group {
            ...GroupCardFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Your invitations to groups, a page at a time. */
export function useMyGroupInvitations() {
  const query = useQuery(MY_GROUP_INVITATIONS, { fetchPolicy: 'cache-and-network' });
  const { data, fetchMore } = query;
  const list = data?.myGroupInvitations;
  const { loading: loadingMore, more } = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendPage('myGroupInvitations') }),
    list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
  );
  return { ...query, loadingMore, more };
}
