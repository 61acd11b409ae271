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
