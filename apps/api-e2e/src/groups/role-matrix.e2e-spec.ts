import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { JoinRequestEntity } from '@hearth/api/groups';
import { addMember, createUser } from '@hearth/api/testing';
import { F, N, OK, Operation, outsiders, roleMatrix, signedOut } from '../support/role-matrix';

const OPERATIONS: Operation[] = [
  {
    name: 'updateGroup (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: (_t, w) => ({
      query:
        'mutation($g: ID!) { updateGroup(input: { groupId: $g, description: "Changed" }) { id } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: F,
      member: F,
      ...outsiders(F),
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'updateGroup (SECRET)',
    visibility: GroupVisibility.SECRET,
    prepare: (_t, w) => ({
      query:
        'mutation($g: ID!) { updateGroup(input: { groupId: $g, description: "Changed" }) { id } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: F,
      member: F,
      ...outsiders(N),
      invited: F,
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'archiveGroup',
    visibility: GroupVisibility.CLOSED,
    prepare: (_t, w) => ({
      query: 'mutation($g: ID!) { archiveGroup(input: { groupId: $g }) { id } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: OK,
      admin: F,
      moderator: F,
      member: F,
      ...outsiders(F),
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'inviteToGroup (CLOSED)',
    visibility: GroupVisibility.CLOSED,
    prepare: async (t, w) => ({
      query:
        'mutation($g: ID!, $u: [ID!]!) { inviteToGroup(input: { groupId: $g, userIds: $u }) { id } }',
      variables: { g: w.group.id, u: [(await createUser(t.ds)).id] },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      ...outsiders(F),
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'inviteToGroup (SECRET)',
    visibility: GroupVisibility.SECRET,
    prepare: async (t, w) => ({
      query:
        'mutation($g: ID!, $u: [ID!]!) { inviteToGroup(input: { groupId: $g, userIds: $u }) { id } }',
      variables: { g: w.group.id, u: [(await createUser(t.ds)).id] },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: F,
      member: F,
      ...outsiders(N),
      invited: F,
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'approveJoinRequest',
    visibility: GroupVisibility.CLOSED,
    prepare: async (t, w) => {
      const request = await t.ds
        .getRepository(JoinRequestEntity)
        .findOneByOrFail({ groupId: w.group.id, userId: w.users.pending.id });
      return {
        query: 'mutation($r: ID!) { approveJoinRequest(input: { requestId: $r }) { id } }',
        variables: { r: request.id },
      };
    },
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: N,
      ...outsiders(N),
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'banMember',
    visibility: GroupVisibility.CLOSED,
    prepare: async (t, w) => {
      const target = await createUser(t.ds);
      await addMember(t.ds, w.group, target);
      return {
        query:
          'mutation($g: ID!, $u: ID!) { banMember(input: { groupId: $g, userId: $u }) { id } }',
        variables: { g: w.group.id, u: target.id },
      };
    },
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: F,
      ...outsiders(F),
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'changeMemberRole',
    visibility: GroupVisibility.CLOSED,
    prepare: async (t, w) => {
      const target = await createUser(t.ds);
      await addMember(t.ds, w.group, target);
      return {
        query:
          'mutation($g: ID!, $u: ID!) { changeMemberRole(input: { groupId: $g, userId: $u, role: MODERATOR }) { id } }',
        variables: { g: w.group.id, u: target.id },
      };
    },
    expected: {
      owner: OK,
      admin: OK,
      moderator: F,
      member: F,
      ...outsiders(F),
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'members of a SECRET group',
    visibility: GroupVisibility.SECRET,
    prepare: (_t, w) => ({
      query: 'query($g: ID!) { group(id: $g) { members { totalCount } } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: OK,
      admin: OK,
      moderator: OK,
      member: OK,
      ...outsiders(N),
      orgAdmin: OK,
      ...signedOut,
    },
  },
  {
    name: 'leaveGroup',
    visibility: GroupVisibility.OPEN,
    prepare: (_t, w) => ({
      query: 'mutation($g: ID!) { leaveGroup(input: { groupId: $g }) { id } }',
      variables: { g: w.group.id },
    }),
    expected: {
      owner: F,
      admin: OK,
      moderator: OK,
      member: OK,
      ...outsiders(ErrorCode.CONFLICT),
      orgAdmin: ErrorCode.CONFLICT,
      ...signedOut,
    },
  },
];

roleMatrix('the role matrix', OPERATIONS);
