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

/** For component tests: a post card as the API sends it, an ordinary published discussion unless told. */
export const postCardData = (id: string, body: string, fields: Record<string, unknown> = {}) => ({
  __typename: 'Post',
  id,
  kind: 'DISCUSSION',
  status: 'PUBLISHED',
  body,
  hashtags: [],
  createdAt: '2026-11-01T08:00:00Z',
  publishedAt: '2026-11-01T08:00:00Z',
  editedAt: null,
  pinned: false,
  needsAcknowledgement: false,
  acknowledgeUntil: null,
  rejectionReason: null,
  commentCount: 0,
  seenCount: 0,
  seenByMe: false,
  acknowledgedByMe: false,
  author: { ...person('u1', 'Ana Author'), title: null },
  group: { __typename: 'Group', id: 'g1', name: 'Garden', slug: 'garden', visibility: 'OPEN' },
  reactions: { __typename: 'ReactionSummary', total: 0, mine: null, recentNames: [], counts: [] },
  latestComments: [],
  acceptedAnswer: null,
  poll: null,
  viewerPermissions: postPermissions(),
  ...fields,
});
