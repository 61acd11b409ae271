import { useQuery } from '@apollo/client/react';
import { type GroupRole, graphql } from '@hearth/web/graphql';
import { useState } from 'react';

export const MEMBERS = graphql(`
  query GroupMembers($id: ID!, $role: GroupRole, $after: String) {
    group(id: $id) {
      id
      members(first: 20, role: $role, after: $after) {
        totalCount
        edges {
          node {
            id
            role
            user {
              id
              displayName
              title
              initials
              avatarUrl
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

/** A group's members, with one role or all of them; `more` reads the page after `after`. */
export function useGroupMembers(groupId: string, role: GroupRole | null) {
  const query = useQuery(MEMBERS, { variables: { id: groupId, role } });
  const { fetchMore } = query;
  const [loadingMore, setLoadingMore] = useState(false);
  const more = (after: string | null | undefined) => {
    setLoadingMore(true);
    void fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({
        group: {
          ...fetchMoreResult.group,
          members: {
            ...fetchMoreResult.group.members,
            edges: [...prev.group.members.edges, ...fetchMoreResult.group.members.edges],
          },
        },
      }),
    }).finally(() => setLoadingMore(false));
  };
  return { ...query, loadingMore, more };
}
