import {
  ErrorCode,
  GroupRole,
  GroupVisibility,
  JoinRequestStatus,
  OrgRole,
} from '@hearth/shared/util';
import { AuditLogEntity } from '@hearth/api/core';
import { GroupEntity, JoinRequestEntity, MembershipEntity } from '@hearth/api/groups';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import { ROLES, Role, world } from './world';

const JOIN = 'mutation($id: ID!) { joinGroup(input: { groupId: $id }) { id viewerStatus } }';
const REQUEST =
  'mutation($id: ID!, $answers: [String!]) { requestToJoinGroup(input: { groupId: $id, answers: $answers }) { id status } }';
const APPROVE = 'mutation($id: ID!) { approveJoinRequest(input: { requestId: $id }) { status } }';
const DECLINE = 'mutation($id: ID!) { declineJoinRequest(input: { requestId: $id }) { status } }';
const INVITE =
  'mutation($g: ID!, $u: [ID!]!) { inviteToGroup(input: { groupId: $g, userIds: $u }) { id status } }';
const ACCEPT =
  'mutation($id: ID!) { acceptGroupInvitation(input: { invitationId: $id }) { id viewerStatus } }';
const LEAVE = 'mutation($id: ID!) { leaveGroup(input: { groupId: $id }) { id } }';
const REMOVE =
  'mutation($g: ID!, $u: ID!) { removeMember(input: { groupId: $g, userId: $u }) { id } }';
const BAN =
  'mutation($g: ID!, $u: ID!) { banMember(input: { groupId: $g, userId: $u, reason: "spam" }) { id } }';
const UNBAN =
  'mutation($g: ID!, $u: ID!) { unbanMember(input: { groupId: $g, userId: $u }) { id } }';
const ROLE =
  'mutation($g: ID!, $u: ID!, $r: GroupRole!) { changeMemberRole(input: { groupId: $g, userId: $u, role: $r }) { role } }';
const TRANSFER =
  'mutation($g: ID!, $u: ID!) { transferOwnership(input: { groupId: $g, userId: $u }) { id } }';

describe('membership', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());
  const memberCount = (groupId: string) =>
    t.ds.getRepository(MembershipEntity).countBy({ groupId });

  describe('joining an OPEN group', () => {
    it.each(ROLES)('as %s', async (role) => {
      const w = await world(t, GroupVisibility.OPEN);
      const before = await memberCount(w.group.id);
      const res = await t.gql(JOIN, { id: w.group.id }, w.tokens[role]);
      const expected: Partial<Record<Role, string>> = { banned: ErrorCode.FORBIDDEN };
      if (expected[role]) {
        expect(res.code).toBe(expected[role]);
        expect(await memberCount(w.group.id)).toBe(before);
      } else {
        expect(res.data.joinGroup.viewerStatus).toBe('MEMBER');
        const isNew = ['invited', 'pending', 'nonMember', 'hr', 'orgAdmin'].includes(role);
        expect(await memberCount(w.group.id)).toBe(before + (isNew ? 1 : 0));
      }
    });

    it('20 concurrent joins by one person make one membership', async () => {
      const owner = await createUser(t.ds);
      const g = await createGroup(t.ds, { owner, visibility: GroupVisibility.OPEN });
      const person = await createUser(t.ds);
      const token = await t.tokenFor(person);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => t.gql(JOIN, { id: g.id }, token)),
      );
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      expect(
        await t.ds.getRepository(MembershipEntity).countBy({ groupId: g.id, userId: person.id }),
      ).toBe(1);
    });

    it('refuses CLOSED and SECRET groups (SECRET as NOT_FOUND), unknown ids and deactivated people', async () => {
      const closed = await world(t, GroupVisibility.CLOSED);
      expect((await t.gql(JOIN, { id: closed.group.id }, closed.tokens.nonMember)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      const secret = await world(t, GroupVisibility.SECRET);
      expect((await t.gql(JOIN, { id: secret.group.id }, secret.tokens.nonMember)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect((await t.gql(JOIN, { id: secret.group.id }, secret.tokens.deactivated)).code).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
      expect((await t.gql(JOIN, { id: 'nope' }, secret.tokens.member)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect((await t.gql(JOIN, { id: closed.group.id })).code).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });

  describe('requests to join a CLOSED group', () => {
    it('a non-member asks with answers; moderators approve; the person becomes a member', async () => {
      const w = await world(t, GroupVisibility.CLOSED);
      const missing = await t.gql(REQUEST, { id: w.group.id, answers: [] }, w.tokens.nonMember);
      expect(missing.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(missing.errors?.[0]?.extensions['field']).toBe('answers');
      const blank = await t.gql(REQUEST, { id: w.group.id, answers: ['  '] }, w.tokens.nonMember);
      expect(blank.code).toBe(ErrorCode.BAD_USER_INPUT);
      const tooLong = await t.gql(
        REQUEST,
        { id: w.group.id, answers: ['x'.repeat(1001)] },
        w.tokens.nonMember,
      );
      expect(tooLong.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(
        await t.ds
          .getRepository(JoinRequestEntity)
          .countBy({ groupId: w.group.id, userId: w.users.nonMember.id }),
      ).toBe(0);
      const req = await t.gql(
        REQUEST,
        { id: w.group.id, answers: ['I love it'] },
        w.tokens.nonMember,
      );
      expect(req.data.requestToJoinGroup.status).toBe('PENDING');
      expect(
        (await t.gql(REQUEST, { id: w.group.id, answers: ['again'] }, w.tokens.nonMember)).code,
      ).toBe(ErrorCode.CONFLICT);
      for (const role of ['member', 'nonMember', 'hr', 'pending'] as const) {
        const r = await t.gql(APPROVE, { id: req.data.requestToJoinGroup.id }, w.tokens[role]);
        expect(r.code).toBe(ErrorCode.NOT_FOUND);
      }
      const ok = await t.gql(APPROVE, { id: req.data.requestToJoinGroup.id }, w.tokens.moderator);
      expect(ok.data.approveJoinRequest.status).toBe('APPROVED');
      expect(
        await t.ds
          .getRepository(MembershipEntity)
          .countBy({ groupId: w.group.id, userId: w.users.nonMember.id }),
      ).toBe(1);
      expect(
        (await t.gql(DECLINE, { id: req.data.requestToJoinGroup.id }, w.tokens.owner)).code,
      ).toBe(ErrorCode.CONFLICT);
    });

    it.each([
      ['member', ErrorCode.CONFLICT],
      ['banned', ErrorCode.FORBIDDEN],
      ['pending', ErrorCode.CONFLICT],
    ] as const)('refuses a request from %s', async (role, code) => {
      const w = await world(t, GroupVisibility.CLOSED);
      expect((await t.gql(REQUEST, { id: w.group.id, answers: ['a'] }, w.tokens[role])).code).toBe(
        code,
      );
    });

    it('declining leaves the person outside; they may cancel their own pending request', async () => {
      const w = await world(t, GroupVisibility.CLOSED);
      const request = await t.ds
        .getRepository(JoinRequestEntity)
        .findOneByOrFail({ groupId: w.group.id, userId: w.users.pending.id });
      expect(
        (await t.gql(DECLINE, { id: request.id }, w.tokens.admin)).data.declineJoinRequest.status,
      ).toBe('DECLINED');
      expect(
        await t.ds
          .getRepository(MembershipEntity)
          .countBy({ groupId: w.group.id, userId: w.users.pending.id }),
      ).toBe(0);
      const again = await t.gql(REQUEST, { id: w.group.id, answers: ['please'] }, w.tokens.pending);
      expect(again.data.requestToJoinGroup.status).toBe('PENDING');
      const cancel = await t.gql(
        'mutation($id: ID!) { cancelJoinRequest(input: { groupId: $id }) { viewerStatus } }',
        { id: w.group.id },
        w.tokens.pending,
      );
      expect(cancel.data.cancelJoinRequest.viewerStatus).toBe('NONE');
      const rows = await t.ds
        .getRepository(JoinRequestEntity)
        .findBy({ groupId: w.group.id, userId: w.users.pending.id });
      expect(rows.map((r) => r.status).sort()).toEqual([
        JoinRequestStatus.CANCELLED,
        JoinRequestStatus.DECLINED,
      ]);
    });

    it('an org admin outside the group approves, and it is audited', async () => {
      const w = await world(t, GroupVisibility.CLOSED);
      const request = await t.ds
        .getRepository(JoinRequestEntity)
        .findOneByOrFail({ groupId: w.group.id, userId: w.users.pending.id });
      expect((await t.gql(APPROVE, { id: request.id }, w.tokens.orgAdmin)).errors).toBeUndefined();
      const audit = await t.ds
        .getRepository(AuditLogEntity)
        .findOneByOrFail({ groupId: w.group.id, action: 'JOIN_REQUEST_APPROVED' });
      expect(audit).toMatchObject({
        actorId: w.users.orgAdmin.id,
        targetUserId: w.users.pending.id,
      });
    });
  });

  describe('invitations', () => {
    it('members invite to OPEN/CLOSED; only admins to SECRET; the invitee accepts and skips approval', async () => {
      const closed = await world(t, GroupVisibility.CLOSED);
      const guest = await createUser(t.ds);
      const inv = await t.gql(INVITE, { g: closed.group.id, u: [guest.id] }, closed.tokens.member);
      expect(inv.data.inviteToGroup[0].status).toBe('PENDING');
      expect(
        (await t.gql(INVITE, { g: closed.group.id, u: [guest.id] }, closed.tokens.nonMember)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      const mine = await t.gql(
        '{ myGroupInvitations { totalCount edges { node { id group { id } invitedBy { id } } } } }',
        {},
        await t.tokenFor(guest),
      );
      expect(mine.data.myGroupInvitations.totalCount).toBe(1);
      expect(mine.data.myGroupInvitations.edges.map((e: any) => e.node)).toEqual([
        {
          id: inv.data.inviteToGroup[0].id,
          group: { id: closed.group.id },
          invitedBy: { id: closed.users.member.id },
        },
      ]);
      const accepted = await t.gql(
        ACCEPT,
        { id: inv.data.inviteToGroup[0].id },
        await t.tokenFor(guest),
      );
      expect(accepted.data.acceptGroupInvitation.viewerStatus).toBe('MEMBER');
      // Someone else cannot accept my invitation.
      const other = await t.gql(
        INVITE,
        { g: closed.group.id, u: [closed.users.nonMember.id] },
        closed.tokens.owner,
      );
      expect(
        (await t.gql(ACCEPT, { id: other.data.inviteToGroup[0].id }, closed.tokens.hr)).code,
      ).toBe(ErrorCode.NOT_FOUND);

      const secret = await world(t, GroupVisibility.SECRET);
      const secretGuest = await createUser(t.ds);
      expect(
        (await t.gql(INVITE, { g: secret.group.id, u: [secretGuest.id] }, secret.tokens.member))
          .code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(INVITE, { g: secret.group.id, u: [secretGuest.id] }, secret.tokens.nonMember))
          .code,
      ).toBe(ErrorCode.NOT_FOUND);
      const sInv = await t.gql(
        INVITE,
        { g: secret.group.id, u: [secretGuest.id] },
        secret.tokens.admin,
      );
      // Once invited, the SECRET group exists for the invitee.
      const seen = await t.gql(
        'query($id: ID!) { group(id: $id) { viewerStatus } }',
        { id: secret.group.id },
        await t.tokenFor(secretGuest),
      );
      expect(seen.data.group.viewerStatus).toBe('INVITED');
      const declined = await t.gql(
        'mutation($id: ID!) { declineGroupInvitation(input: { invitationId: $id }) { status } }',
        { id: sInv.data.inviteToGroup[0].id },
        await t.tokenFor(secretGuest),
      );
      expect(declined.data.declineGroupInvitation.status).toBe('DECLINED');
      const gone = await t.gql(
        'query($id: ID!) { group(id: $id) { id } }',
        { id: secret.group.id },
        await t.tokenFor(secretGuest),
      );
      expect(gone.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('refuses inviting members, banned people, unknown ids and empty lists, writing nothing', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      expect(
        (await t.gql(INVITE, { g: w.group.id, u: [w.users.member.id] }, w.tokens.owner)).code,
      ).toBe(ErrorCode.CONFLICT);
      expect(
        (await t.gql(INVITE, { g: w.group.id, u: [w.users.banned.id] }, w.tokens.owner)).code,
      ).toBe(ErrorCode.CONFLICT);
      const fresh = await createUser(t.ds);
      const mixed = await t.gql(
        INVITE,
        { g: w.group.id, u: [fresh.id, '00000000-0000-4000-8000-000000000000'] },
        w.tokens.owner,
      );
      expect(mixed.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(
        (
          await t.gql(
            '{ myGroupInvitations { totalCount edges { node { id } } } }',
            {},
            await t.tokenFor(fresh),
          )
        ).data.myGroupInvitations,
      ).toEqual({ totalCount: 0, edges: [] });
      expect((await t.gql(INVITE, { g: w.group.id, u: [] }, w.tokens.owner)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
    });
  });

  describe('leaving, removing, banning', () => {
    it('the last owner must transfer first; others leave freely', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      expect((await t.gql(LEAVE, { id: w.group.id }, w.tokens.owner)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await t.gql(LEAVE, { id: w.group.id }, w.tokens.member)).errors).toBeUndefined();
      expect((await t.gql(LEAVE, { id: w.group.id }, w.tokens.nonMember)).code).toBe(
        ErrorCode.CONFLICT,
      );
      expect(
        (await t.gql(TRANSFER, { g: w.group.id, u: w.users.admin.id }, w.tokens.admin)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(TRANSFER, { g: w.group.id, u: w.users.nonMember.id }, w.tokens.owner)).code,
      ).toBe(ErrorCode.BAD_USER_INPUT);
      expect(
        (await t.gql(TRANSFER, { g: w.group.id, u: w.users.admin.id }, w.tokens.owner)).errors,
      ).toBeUndefined();
      const roles = await t.ds.getRepository(MembershipEntity).findBy({ groupId: w.group.id });
      expect(roles.find((r) => r.userId === w.users.admin.id)?.role).toBe(GroupRole.OWNER);
      expect(roles.find((r) => r.userId === w.users.owner.id)?.role).toBe(GroupRole.ADMIN);
      expect((await t.gql(LEAVE, { id: w.group.id }, w.tokens.owner)).errors).toBeUndefined();
    });

    const canRemoveMember: Record<Role, string | null> = {
      owner: null,
      admin: null,
      moderator: null,
      member: ErrorCode.FORBIDDEN,
      invited: ErrorCode.FORBIDDEN,
      pending: ErrorCode.FORBIDDEN,
      banned: ErrorCode.FORBIDDEN,
      nonMember: ErrorCode.FORBIDDEN,
      hr: ErrorCode.FORBIDDEN,
      orgAdmin: null,
    };
    it.each(ROLES)('removing a member as %s', async (role) => {
      const w = await world(t, GroupVisibility.CLOSED);
      const victim = await createUser(t.ds);
      await addMember(t.ds, w.group, victim);
      const res = await t.gql(REMOVE, { g: w.group.id, u: victim.id }, w.tokens[role]);
      const count = await t.ds
        .getRepository(MembershipEntity)
        .countBy({ groupId: w.group.id, userId: victim.id });
      if (canRemoveMember[role]) {
        expect(res.code).toBe(canRemoveMember[role]);
        expect(count).toBe(1);
      } else {
        expect(res.errors).toBeUndefined();
        expect(count).toBe(0);
      }
    });

    it('moderators cannot remove moderators or owners; admins cannot remove owners', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const mod2 = await createUser(t.ds);
      await addMember(t.ds, w.group, mod2, GroupRole.MODERATOR);
      expect((await t.gql(REMOVE, { g: w.group.id, u: mod2.id }, w.tokens.moderator)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect(
        (await t.gql(REMOVE, { g: w.group.id, u: w.users.owner.id }, w.tokens.admin)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(REMOVE, { g: w.group.id, u: w.users.moderator.id }, w.tokens.admin)).errors,
      ).toBeUndefined();
      expect(
        (await t.gql(REMOVE, { g: w.group.id, u: w.users.nonMember.id }, w.tokens.admin)).code,
      ).toBe(ErrorCode.NOT_FOUND);
    });

    it('a banned person cannot rejoin, re-request or be invited, until unbanned', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      expect(
        (await t.gql(BAN, { g: w.group.id, u: w.users.member.id }, w.tokens.member)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(BAN, { g: w.group.id, u: w.users.member.id }, w.tokens.moderator)).errors,
      ).toBeUndefined();
      expect(
        await t.ds
          .getRepository(MembershipEntity)
          .countBy({ groupId: w.group.id, userId: w.users.member.id }),
      ).toBe(0);
      const token = w.tokens.member;
      expect((await t.gql(JOIN, { id: w.group.id }, token)).code).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(INVITE, { g: w.group.id, u: [w.users.member.id] }, w.tokens.owner)).code,
      ).toBe(ErrorCode.CONFLICT);
      expect((await t.gql(BAN, { g: w.group.id, u: w.users.member.id }, w.tokens.owner)).code).toBe(
        ErrorCode.CONFLICT,
      );
      expect(
        (await t.gql(UNBAN, { g: w.group.id, u: w.users.member.id }, w.tokens.member)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(UNBAN, { g: w.group.id, u: w.users.member.id }, w.tokens.admin)).errors,
      ).toBeUndefined();
      expect((await t.gql(JOIN, { id: w.group.id }, token)).data.joinGroup.viewerStatus).toBe(
        'MEMBER',
      );
      // A banned person of a CLOSED group cannot re-request.
      const c = await world(t, GroupVisibility.CLOSED);
      expect((await t.gql(REQUEST, { id: c.group.id, answers: ['a'] }, c.tokens.banned)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
    });
  });

  describe('roles', () => {
    it('moderators cannot promote; admins cannot make owners; owners can', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const g = w.group.id;
      expect(
        (await t.gql(ROLE, { g, u: w.users.member.id, r: 'MODERATOR' }, w.tokens.moderator)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(ROLE, { g, u: w.users.member.id, r: 'MODERATOR' }, w.tokens.member)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(ROLE, { g, u: w.users.member.id, r: 'MODERATOR' }, w.tokens.admin)).data
          .changeMemberRole.role,
      ).toBe('MODERATOR');
      expect(
        (await t.gql(ROLE, { g, u: w.users.member.id, r: 'OWNER' }, w.tokens.admin)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(ROLE, { g, u: w.users.owner.id, r: 'MEMBER' }, w.tokens.admin)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(ROLE, { g, u: w.users.admin.id, r: 'MEMBER' }, w.tokens.admin)).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(ROLE, { g, u: w.users.member.id, r: 'OWNER' }, w.tokens.owner)).data
          .changeMemberRole.role,
      ).toBe('OWNER');
      expect(
        (await t.gql(ROLE, { g, u: w.users.member.id, r: 'KING' }, w.tokens.owner)).status,
      ).toBe(400);
      expect(
        (await t.gql(ROLE, { g, u: w.users.nonMember.id, r: 'ADMIN' }, w.tokens.owner)).code,
      ).toBe(ErrorCode.NOT_FOUND);
      expect((await t.gql(ROLE, { g, u: w.users.member.id, r: 'ADMIN' }, w.tokens.hr)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
    });

    it('an org admin outside a SECRET group manages it, and every action is audited', async () => {
      const w = await world(t, GroupVisibility.SECRET);
      const g = w.group.id;
      expect(
        (await t.gql(ROLE, { g, u: w.users.member.id, r: 'ADMIN' }, w.tokens.orgAdmin)).errors,
      ).toBeUndefined();
      expect(
        (await t.gql(REMOVE, { g, u: w.users.moderator.id }, w.tokens.orgAdmin)).errors,
      ).toBeUndefined();
      const upd = await t.gql(
        'mutation($g: ID!) { updateGroup(input: { groupId: $g, description: "Audited" }) { description } }',
        { g },
        w.tokens.orgAdmin,
      );
      expect(upd.data.updateGroup.description).toBe('Audited');
      const actions = (
        await t.ds
          .getRepository(AuditLogEntity)
          .findBy({ groupId: g, actorId: w.users.orgAdmin.id })
      )
        .map((a) => a.action)
        .sort();
      expect(actions).toEqual(['GROUP_UPDATED', 'MEMBER_REMOVED', 'MEMBER_ROLE_CHANGED']);
      // The same actions by the group's own owner are not audit-logged as admin interventions.
      await t.gql(ROLE, { g, u: w.users.member.id, r: 'MEMBER' }, w.tokens.owner);
      expect(
        await t.ds.getRepository(AuditLogEntity).countBy({ groupId: g, actorId: w.users.owner.id }),
      ).toBe(0);
      const log = await t.gql(
        'query($g: ID!) { auditLog(groupId: $g) { edges { node { action groupName actor { id } } } } }',
        { g },
        w.tokens.orgAdmin,
      );
      expect(log.data.auditLog.edges).toHaveLength(3);
      expect(log.data.auditLog.edges[0].node.groupName).toBe(w.group.name);
    });
  });

  it('owners archive: the group becomes read-only; unarchive restores', async () => {
    const w = await world(t, GroupVisibility.OPEN);
    const ARCHIVE = 'mutation($g: ID!) { archiveGroup(input: { groupId: $g }) { archived } }';
    expect((await t.gql(ARCHIVE, { g: w.group.id }, w.tokens.admin)).code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(
      (await t.gql(ARCHIVE, { g: w.group.id }, w.tokens.owner)).data.archiveGroup.archived,
    ).toBe(true);
    const join = await t.gql(JOIN, { id: w.group.id }, w.tokens.nonMember);
    expect(join.code).toBe(ErrorCode.FORBIDDEN);
    expect(join.errors?.[0]?.extensions['reason']).toBe('ARCHIVED');
    expect(
      (
        await t.gql(
          'mutation($g: ID!) { updateGroup(input: { groupId: $g, name: "New name" }) { id } }',
          { g: w.group.id },
          w.tokens.owner,
        )
      ).code,
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      (
        await t.gql(
          'mutation($g: ID!) { unarchiveGroup(input: { groupId: $g }) { archived } }',
          { g: w.group.id },
          w.tokens.owner,
        )
      ).data.unarchiveGroup.archived,
    ).toBe(false);
    expect((await t.gql(JOIN, { id: w.group.id }, w.tokens.nonMember)).errors).toBeUndefined();
  });

  describe('creating and updating groups', () => {
    const CREATE =
      'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug name visibility viewerRole membershipQuestions } }';
    it('creates a group with its creator as owner and a unique slug', async () => {
      const person = await createUser(t.ds);
      const token = await t.tokenFor(person);
      const input = {
        name: 'Café Lovers',
        category: 'INTEREST',
        visibility: 'CLOSED',
        membershipQuestions: ['Favourite bean?'],
      };
      const a = await t.gql(CREATE, { input }, token);
      expect(a.data.createGroup).toMatchObject({
        slug: expect.stringMatching(/^cafe-lovers/),
        viewerRole: 'OWNER',
        membershipQuestions: ['Favourite bean?'],
      });
      const b = await t.gql(CREATE, { input }, token);
      expect(b.data.createGroup.slug).not.toBe(a.data.createGroup.slug);
      const dup = await t.gql(
        CREATE,
        { input: { ...input, slug: a.data.createGroup.slug } },
        token,
      );
      expect(dup.code).toBe(ErrorCode.CONFLICT);
      expect(dup.errors?.[0]?.extensions['field']).toBe('slug');
    });

    it.each([
      ['an empty name', { name: '  ' }, 'name'],
      ['a too long name', { name: 'x'.repeat(81) }, 'name'],
      ['a bad slug', { slug: 'Not A Slug' }, 'slug'],
      ['four questions', { membershipQuestions: ['a', 'b', 'c', 'd'] }, 'membershipQuestions'],
      ['a bad colour', { coverColor: 'red' }, 'coverColor'],
      ['a non-image cover', { coverImageUrl: 'javascript:alert(1)' }, 'coverImageUrl'],
      ['a too long description', { description: 'x'.repeat(2001) }, 'description'],
    ])('refuses %s with BAD_USER_INPUT and creates nothing', async (_l, bad, field) => {
      const person = await createUser(t.ds);
      const res = await t.gql(
        CREATE,
        { input: { name: 'Valid name', category: 'TEAM', visibility: 'OPEN', ...bad } },
        await t.tokenFor(person),
      );
      expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(res.errors?.[0]?.extensions['field']).toBe(field);
      expect(await t.ds.getRepository(GroupEntity).countBy({ createdById: person.id })).toBe(0);
    });

    it('refuses a wrong enum and anonymous callers', async () => {
      expect(
        (
          await t.gql(
            CREATE,
            { input: { name: 'Valid', category: 'NOPE', visibility: 'OPEN' } },
            await t.tokenFor(await createUser(t.ds)),
          )
        ).status,
      ).toBe(400);
      expect(
        (await t.gql(CREATE, { input: { name: 'Valid', category: 'TEAM', visibility: 'OPEN' } }))
          .code,
      ).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('follows the organisation’s creation policy', async () => {
      await t.ds.query(`UPDATE organisation SET group_creation_policy = 'ADMINS_ONLY'`);
      try {
        const input = { name: 'Policy test', category: 'TEAM', visibility: 'OPEN' };
        expect(
          (await t.gql(CREATE, { input }, await t.tokenFor(await createUser(t.ds)))).code,
        ).toBe(ErrorCode.FORBIDDEN);
        expect(
          (
            await t.gql(
              CREATE,
              { input },
              await t.tokenFor(await createUser(t.ds, { orgRole: OrgRole.HR })),
            )
          ).errors,
        ).toBeUndefined();
      } finally {
        await t.ds.query(`UPDATE organisation SET group_creation_policy = 'EVERYONE'`);
      }
    });

    it('only group admins update settings; a duplicate slug is CONFLICT with nothing written', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const other = await world(t, GroupVisibility.OPEN);
      const UPDATE =
        'mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { name slug } }';
      expect(
        (
          await t.gql(
            UPDATE,
            { input: { groupId: w.group.id, name: 'Renamed' } },
            w.tokens.moderator,
          )
        ).code,
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(UPDATE, { input: { groupId: w.group.id, name: 'Renamed' } }, w.tokens.hr))
          .code,
      ).toBe(ErrorCode.FORBIDDEN);
      const dup = await t.gql(
        UPDATE,
        { input: { groupId: w.group.id, name: 'Renamed', slug: other.group.slug } },
        w.tokens.admin,
      );
      expect(dup.code).toBe(ErrorCode.CONFLICT);
      expect((await t.ds.getRepository(GroupEntity).findOneByOrFail({ id: w.group.id })).name).toBe(
        w.group.name,
      );
      expect(
        (await t.gql(UPDATE, { input: { groupId: w.group.id, name: 'Renamed' } }, w.tokens.admin))
          .data.updateGroup.name,
      ).toBe('Renamed');
    });
  });
});
