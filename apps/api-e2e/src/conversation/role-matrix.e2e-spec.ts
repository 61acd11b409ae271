import { GroupVisibility } from '@hearth/shared/util';
import { TestApp } from '../support/test-app';
import { F, N, OK, Operation, outsiders, roleMatrix, signedOut } from '../support/role-matrix';
import { World } from '../groups/world';
import { addComment, createPost } from './helpers';

const membersPost = (t: TestApp, w: World, extra: Record<string, unknown> = {}) =>
  createPost(t, w.tokens.member, { groupId: w.group.id, body: 'A member’s post', ...extra });
const onMembersPost = (query: string) => async (t: TestApp, w: World) => ({
  query,
  variables: { p: (await membersPost(t, w)).id },
});
/** A comment with a reply on a member's post: `comment(id)` reads it with its replies. */
const onMembersComment = async (t: TestApp, w: World) => {
  const post = await membersPost(t, w);
  const comment = await addComment(t, w.tokens.member, post.id, 'A comment');
  await addComment(t, w.tokens.member, post.id, 'A reply', comment.id);
  return {
    query: 'query($c: ID!) { comment(id: $c) { id replies(first: 5) { edges { node { id } } } } }',
    variables: { c: comment.id },
  };
};

const OPERATIONS: Operation[] = [
  {
    name: 'read a comment and its replies (SECRET)',
    visibility: GroupVisibility.SECRET,
    prepare: onMembersComment,
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'read a comment and its replies (OPEN; banned people excepted)',
    visibility: GroupVisibility.OPEN,
    prepare: onMembersComment,
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      invited: OK,
      pending: OK,
      nonMember: OK,
      hr: OK,
      banned: N,
      ...signedOut,
    },
  },
  {
    name: 'read a post (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: onMembersPost('query($p: ID!) { post(id: $p) { id } }'),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'read a post (SECRET)',
    visibility: GroupVisibility.SECRET,
    prepare: onMembersPost(
      'query($p: ID!) { post(id: $p) { id comments { edges { node { id } } } } }',
    ),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'read a post (OPEN; banned people excepted)',
    visibility: GroupVisibility.OPEN,
    prepare: onMembersPost('query($p: ID!) { post(id: $p) { id } }'),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      invited: OK,
      pending: OK,
      nonMember: OK,
      hr: OK,
      banned: N,
      ...signedOut,
    },
  },
  {
    name: 'group feed (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: (_t, w) => ({
      query: 'query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      ...outsiders(F),
      ...signedOut,
    },
  },
  {
    name: 'group feed (OPEN; banned people excepted)',
    visibility: GroupVisibility.OPEN,
    prepare: async (t, w) => {
      await membersPost(t, w);
      return {
        query: 'query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }',
        variables: { g: w.group.id },
      };
    },
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      invited: OK,
      pending: OK,
      nonMember: OK,
      hr: OK,
      banned: F,
      ...signedOut,
    },
  },
  {
    name: 'group feed (SECRET)',
    visibility: GroupVisibility.SECRET,
    prepare: (_t, w) => ({
      query: 'query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }',
      variables: { g: w.group.id },
    }),
    // The invited person sees the SECRET group exists (to accept), not its posts.
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      ...outsiders(N),
      invited: F,
      ...signedOut,
    },
  },
  {
    name: 'create a discussion (OPEN)',
    visibility: GroupVisibility.OPEN,
    prepare: (_t, w) => ({
      query: 'mutation($g: ID!) { createPost(input: { groupId: $g, body: "Hello" }) { id } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: F,
      ...outsiders(F),
      ...signedOut,
    },
  },
  {
    name: 'create an announcement (OPEN)',
    visibility: GroupVisibility.OPEN,
    prepare: (_t, w) => ({
      query:
        'mutation($g: ID!) { createPost(input: { groupId: $g, kind: ANNOUNCEMENT, body: "Hear ye" }) { id } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: F,
      member: F,
      orgAdmin: F,
      ...outsiders(F),
      ...signedOut,
    },
  },
  {
    name: 'edit a member’s post (OPEN)',
    visibility: GroupVisibility.OPEN,
    prepare: onMembersPost(
      'mutation($p: ID!) { updatePost(input: { postId: $p, body: "Edited" }) { id } }',
    ),
    expected: {
      owner: F,
      admin: F,
      moderator: F,
      member: OK,
      orgAdmin: F,
      ...outsiders(F),
      banned: N,
      ...signedOut,
    },
  },
  {
    name: 'delete a member’s post (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: onMembersPost('mutation($p: ID!) { deletePost(input: { postId: $p }) { id } }'),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: OK,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'pin a post (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: onMembersPost('mutation($p: ID!) { pinPost(input: { postId: $p }) { id } }'),
    expected: {
      owner: OK,
      admin: OK,
      moderator: F,
      member: F,
      orgAdmin: OK,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'comment (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: onMembersPost(
      'mutation($p: ID!) { addComment(input: { postId: $p, body: "Nice" }) { id } }',
    ),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: F,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'react (SECRET)',
    visibility: GroupVisibility.SECRET,
    prepare: onMembersPost(
      'mutation($p: ID!) { reactToPost(input: { postId: $p, kind: LOVE }) { id } }',
    ),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      orgAdmin: F,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'approve a held post (CLOSED, post approval)',
    visibility: GroupVisibility.CLOSED,
    group: { postApproval: true },
    prepare: onMembersPost('mutation($p: ID!) { approvePost(input: { postId: $p }) { id } }'),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: F,
      orgAdmin: OK,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'the approval queue (CLOSED, post approval)',
    visibility: GroupVisibility.CLOSED,
    group: { postApproval: true },
    prepare: async (t, w) => {
      await membersPost(t, w);
      return {
        query: 'query($g: ID!) { postQueue(groupId: $g) { edges { node { id } } } }',
        variables: { g: w.group.id },
      };
    },
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: F,
      orgAdmin: OK,
      ...outsiders(F),
      ...signedOut,
    },
  },
  {
    name: 'who has seen a member’s post (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: onMembersPost(
      'query($p: ID!) { post(id: $p) { seenBy { edges { node { seenAt } } } } }',
    ),
    expected: {
      owner: OK,
      admin: OK,
      moderator: F,
      member: OK,
      orgAdmin: OK,
      ...outsiders(N),
      ...signedOut,
    },
  },
  {
    name: 'acknowledge an announcement (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: async (t, w) => {
      const ann = await createPost(t, w.tokens.admin, {
        groupId: w.group.id,
        kind: 'ANNOUNCEMENT',
        body: 'Please read',
        needsAcknowledgement: true,
      });
      return {
        query: 'mutation($p: ID!) { acknowledgePost(input: { postId: $p }) { id } }',
        variables: { p: ann.id },
      };
    },
    // The admin wrote it; org admins who are not members have nothing to acknowledge.
    expected: {
      owner: OK,
      admin: F,
      moderator: OK,
      member: OK,
      orgAdmin: F,
      ...outsiders(N),
      ...signedOut,
    },
  },
];

roleMatrix('the conversation role matrix', OPERATIONS);
