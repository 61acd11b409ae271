import { useQuery } from '@apollo/client/react';
import { appendNestedPage, graphql } from '@hearth/web/graphql';
import { useMore } from '@hearth/web/ui';

export const INVITATIONS = graphql(`
  query GroupInvitations($id: ID!, $after: String) {
    group(id: $id) {
      id
      invitations(first: 50, after: $after) {
        totalCount
        edges {
          node {
            id
            createdAt
            user {
              id
              displayName
            }
            invitedBy {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** A group's open invitations, a page at a time. */
export function useGroupInvitations(groupId: string) {
  const query = useQuery(INVITATIONS, {
    variables: { id: groupId },
    fetchPolicy: 'cache-and-network',
  });
  const { data, fetchMore } = query;
  const list = data?.group.invitations;
  const { loading: loadingMore, more } = useMore(
    (after) =>
      fetchMore({ variables: { after }, updateQuery: appendNestedPage('group', 'invitations') }),
    list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
  );
  return { ...query, loadingMore, more };
}
