import type { PostCardFragment } from '@hearth/web/graphql';

/** For component tests: a person as the API sends one in a list. */
export const person = (id: string, displayName: string) => ({
  __typename: 'User',
  id,
  displayName,
  avatarUrl: null,
  initials: displayName.slice(0, 1),
});

/** A page of people by name (`PersonByNameConnection`); a cursor means more follow. */
export const peoplePage = (list: Array<ReturnType<typeof person>>, endCursor: string | null) => ({
  __typename: 'PersonByNameConnection',
  edges: list.map((node) => ({ __typename: 'PersonByNameEdge', cursor: `c-${node.id}`, node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
});

/** A post's viewerPermissions as the API sends them: nothing allowed unless told. */
export const postPermissions = (allowed: Partial<PostCardFragment['viewerPermissions']> = {}) => ({
  __typename: 'PostPermissions',
  canEdit: false,
  canDelete: false,
  canPin: false,
  canComment: false,
  canReact: false,
  canAcknowledge: false,
  canAcceptAnswer: false,
  canSeeSeenBy: false,
  canModerate: false,
  ...allowed,
});
