import { ErrorCode, OrgRole } from '@hearth/shared/util';
import { createUser, TEST_PASSWORD } from '@hearth/api/testing';
import { AuditLogEntity } from '@hearth/api/core';
import { UserEntity } from '@hearth/api/identity';
import { scratchDatabase } from '../support/scratch-db';
import { bootTestApp, GqlResult, TestApp } from '../support/test-app';

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName title department bio avatarUrl manager { id } } }`;
const ROLE = `mutation($id: ID!, $role: OrgRole!) { changeOrgRole(input: { userId: $id, orgRole: $role }) { orgRole } }`;
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('people: profiles, directory, roles and deactivation', () => {
  let t: TestApp;
  let admin: UserEntity;
  let hr: UserEntity;
  let member: UserEntity;
  let adminToken: string;
  let hrToken: string;
  let memberToken: string;

  beforeAll(async () => {
    t = await bootTestApp();
    admin = await createUser(t.ds, { orgRole: OrgRole.ADMIN, displayName: 'Zed Admin' });
    hr = await createUser(t.ds, { orgRole: OrgRole.HR });
    member = await createUser(t.ds);
    adminToken = await t.tokenFor(admin);
    hrToken = await t.tokenFor(hr);
    memberToken = await t.tokenFor(member);
  });
  afterAll(() => t.close());

  describe('updateProfile', () => {
    it('updates my own fields, sets a manager and an avatar, and clears blanks', async () => {
      const res = await t.gql(
        UPDATE,
        {
          input: {
            displayName: ' Mia Member ',
            title: 'Engineer',
            department: '',
            bio: 'Hi',
            managerId: admin.id,
            avatarDataUrl: PNG,
          },
        },
        memberToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.updateProfile).toEqual({
        displayName: 'Mia Member',
        title: 'Engineer',
        department: null,
        bio: 'Hi',
        avatarUrl: PNG,
        manager: { id: admin.id },
      });
      const cleared = await t.gql(
        UPDATE,
        { input: { clearManager: true, removeAvatar: true } },
        memberToken,
      );
      expect(cleared.data.updateProfile).toMatchObject({ avatarUrl: null, manager: null });
    });

    it.each([
      ['an empty name', { displayName: '   ' }, 'displayName'],
      ['a too long title', { title: 'x'.repeat(81) }, 'title'],
      ['a too long bio', { bio: 'x'.repeat(1001) }, 'bio'],
      ['a non-image avatar', { avatarDataUrl: 'data:text/html;base64,PGI+' }, 'avatarDataUrl'],
      [
        'a too large avatar',
        { avatarDataUrl: `data:image/png;base64,${'A'.repeat(400_000)}` },
        'avatarDataUrl',
      ],
      ['myself as manager', 'SELF', 'managerId'],
      ['an unknown manager', { managerId: '00000000-0000-4000-8000-000000000000' }, 'managerId'],
      ['a non-uuid manager', { managerId: 'nope' }, 'managerId'],
      ['an unknown field', { orgRole: 'ADMIN' }, undefined],
    ] as Array<[string, Record<string, unknown> | 'SELF', string | undefined]>)(
      'refuses %s with BAD_USER_INPUT and writes nothing',
      async (_label, input, field) => {
        const before = await t.ds.getRepository(UserEntity).findOneByOrFail({ id: member.id });
        const res = await t.gql(
          UPDATE,
          {
            input:
              input === 'SELF'
                ? { managerId: member.id, title: 'Changed' }
                : { title: 'Changed', ...input },
          },
          memberToken,
        );
        expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
        if (field) expect(res.errors?.[0]?.extensions['field']).toBe(field);
        const after = await t.ds.getRepository(UserEntity).findOneByOrFail({ id: member.id });
        expect(after.title).toBe(before.title);
      },
    );

    it('refuses a manager loop', async () => {
      const a = await createUser(t.ds);
      const b = await createUser(t.ds, { managerId: a.id });
      const res = await t.gql(UPDATE, { input: { managerId: b.id } }, await t.tokenFor(a));
      expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(res.errors?.[0]?.message).toMatch(/loop/);
    });

    it('refuses anonymous callers', async () => {
      expect((await t.gql(UPDATE, { input: { title: 'x' } })).code).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });

  describe('directory and profiles', () => {
    const USERS = `query($search: String, $first: Int, $after: String, $inactive: Boolean, $dept: String) {
      users(search: $search, first: $first, after: $after, includeInactive: $inactive, department: $dept) {
        totalCount edges { node { id displayName active } } pageInfo { hasNextPage endCursor } } }`;

    it('searches by name, title and department and pages by keyset', async () => {
      const tag = `Zq${Date.now()}`;
      const people = await Promise.all(
        [0, 1, 2, 3, 4].map((i) =>
          createUser(t.ds, { displayName: `${tag} Person ${i}`, title: i === 0 ? 'Chief' : null }),
        ),
      );
      const other = await createUser(t.ds, { displayName: 'Other', department: `${tag}-dept` });
      await createUser(t.ds, { displayName: `${tag} Gone`, active: false });
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const res: GqlResult<any> = await t.gql(
          USERS,
          { search: tag.toLowerCase(), first: 2, after },
          memberToken,
        );
        expect(res.data.users.totalCount).toBe(6);
        seen.push(...res.data.users.edges.map((e: { node: { id: string } }) => e.node.id));
        after = res.data.users.pageInfo.endCursor;
        if (!res.data.users.pageInfo.hasNextPage) break;
      }
      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);
      expect(seen.sort()).toEqual([...people, other].map((p) => p.id).sort());
      const byDept = await t.gql(USERS, { dept: `${tag}-dept` }, memberToken);
      expect(byDept.data.users.totalCount).toBe(1);
      // Deactivated people: listed for admins and HR on request, refused to members.
      expect(
        (await t.gql(USERS, { search: tag, inactive: true }, hrToken)).data.users.totalCount,
      ).toBe(7);
      expect((await t.gql(USERS, { search: tag, inactive: true }, memberToken)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
    });

    it('rejects a bad cursor and an oversized page', async () => {
      expect((await t.gql(USERS, { after: 'garbage' }, memberToken)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect((await t.gql(USERS, { first: 500 }, memberToken)).code).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('shows a profile, NOT_FOUND for unknown ids, and deactivated people only to admins and HR', async () => {
      const gone = await createUser(t.ds, { active: false });
      const Q = 'query($id: ID!) { user(id: $id) { id active } }';
      expect((await t.gql(Q, { id: member.id }, hrToken)).data.user.id).toBe(member.id);
      expect((await t.gql(Q, { id: 'not-a-uuid' }, memberToken)).code).toBe(ErrorCode.NOT_FOUND);
      expect(
        (await t.gql(Q, { id: '00000000-0000-4000-8000-000000000000' }, memberToken)).code,
      ).toBe(ErrorCode.NOT_FOUND);
      expect((await t.gql(Q, { id: gone.id }, memberToken)).code).toBe(ErrorCode.NOT_FOUND);
      expect((await t.gql(Q, { id: gone.id }, adminToken)).data.user).toEqual({
        id: gone.id,
        active: false,
      });
      expect((await t.gql(Q, { id: member.id })).code).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });

  describe('organisation roles', () => {
    it('admins change roles, with an audit row; members and HR are refused', async () => {
      const target = await createUser(t.ds);
      for (const token of [memberToken, hrToken]) {
        expect((await t.gql(ROLE, { id: target.id, role: 'HR' }, token)).code).toBe(
          ErrorCode.FORBIDDEN,
        );
      }
      const ok = await t.gql(ROLE, { id: target.id, role: 'HR' }, adminToken);
      expect(ok.data).toEqual({ changeOrgRole: { orgRole: 'HR' } });
      const audit = await t.ds
        .getRepository(AuditLogEntity)
        .findOneByOrFail({ targetUserId: target.id, action: 'ORG_ROLE_CHANGED' });
      expect(audit.actorId).toBe(admin.id);
      // The new role applies to the next request, without signing in again.
      const hrToken2 = await t.tokenFor(target);
      expect(
        (await t.gql('{ users(includeInactive: true) { totalCount } }', {}, hrToken2)).errors,
      ).toBeUndefined();
    });

    it('refuses a wrong enum, an unknown person, one’s own role and removing the last admin', async () => {
      expect((await t.gql(ROLE, { id: member.id, role: 'KING' }, adminToken)).status).toBe(400);
      expect(
        (await t.gql(ROLE, { id: '00000000-0000-4000-8000-000000000000', role: 'HR' }, adminToken))
          .code,
      ).toBe(ErrorCode.NOT_FOUND);
      expect((await t.gql(ROLE, { id: admin.id, role: 'MEMBER' }, adminToken)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
    });
  });

  describe('deactivation', () => {
    const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(input: { userId: $id }) { active } }';
    const REACTIVATE = 'mutation($id: ID!) { reactivateUser(input: { userId: $id }) { active } }';
    const SIGN_IN =
      'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }';

    it('only admins deactivate; not themselves; the person can no longer sign in; reactivation restores', async () => {
      const target = await createUser(t.ds);
      expect((await t.gql(DEACTIVATE, { id: target.id }, memberToken)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await t.gql(DEACTIVATE, { id: target.id }, hrToken)).code).toBe(ErrorCode.FORBIDDEN);
      expect((await t.gql(DEACTIVATE, { id: admin.id }, adminToken)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await t.gql(DEACTIVATE, { id: 'nope' }, adminToken)).code).toBe(ErrorCode.NOT_FOUND);
      expect((await t.gql(DEACTIVATE, { id: target.id }, adminToken)).data).toEqual({
        deactivateUser: { active: false },
      });
      expect((await t.gql(SIGN_IN, { e: target.email, p: TEST_PASSWORD })).code).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
      expect((await t.gql(REACTIVATE, { id: target.id }, adminToken)).data).toEqual({
        reactivateUser: { active: true },
      });
      expect(
        (await t.gql(SIGN_IN, { e: target.email, p: TEST_PASSWORD })).data.signIn.accessToken,
      ).toBeTruthy();
      const actions = (await t.ds.getRepository(AuditLogEntity).findBy({ targetUserId: target.id }))
        .map((a) => a.action)
        .sort();
      expect(actions).toEqual(['USER_DEACTIVATED', 'USER_REACTIVATED']);
    });
  });

  describe('audit log and organisation settings', () => {
    it('only admins read the audit log', async () => {
      const Q =
        '{ auditLog(first: 5) { edges { node { action actor { id } } } pageInfo { hasNextPage } } }';
      expect((await t.gql(Q, {}, memberToken)).code).toBe(ErrorCode.FORBIDDEN);
      expect((await t.gql(Q, {}, hrToken)).code).toBe(ErrorCode.FORBIDDEN);
      const res = await t.gql(Q, {}, adminToken);
      expect(res.errors).toBeUndefined();
      expect(res.data.auditLog.edges.length).toBeGreaterThan(0);
    });

    it('only admins change organisation settings; bad domains are refused', async () => {
      const M =
        'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name groupCreationPolicy allowedEmailDomains } }';
      expect((await t.gql(M, { input: { name: 'X' } }, memberToken)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await t.gql(M, { input: { name: 'X' } }, hrToken)).code).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(M, { input: { allowedEmailDomains: ['not a domain'] } }, adminToken)).code,
      ).toBe(ErrorCode.BAD_USER_INPUT);
      expect(
        (await t.gql(M, { input: { openSignUp: true, allowedEmailDomains: [] } }, adminToken)).code,
      ).toBe(ErrorCode.BAD_USER_INPUT);
      const ok = await t.gql(
        M,
        { input: { name: 'Acme', groupCreationPolicy: 'ADMINS_ONLY' } },
        adminToken,
      );
      expect(ok.data.updateOrganisation).toEqual({
        name: 'Acme',
        groupCreationPolicy: 'ADMINS_ONLY',
        allowedEmailDomains: [],
      });
      await t.gql(M, { input: { name: 'Hearth', groupCreationPolicy: 'EVERYONE' } }, adminToken);
      expect(
        (await t.gql('{ organisation { name departments } }', {}, memberToken)).data.organisation
          .name,
      ).toBe('Hearth');
    });
  });
});

describe('the last org admin', () => {
  // Demoting every other admin must not touch the admins of test files running alongside (nor
  // this file's other app: passport's strategy is process-wide), so this runs last, on a database
  // of its own with exactly two admins.
  it('keeps at least one admin', async () => {
    const db = await scratchDatabase();
    const own = await bootTestApp({ DATABASE_URL: db.url });
    try {
      const first = await createUser(own.ds, { orgRole: OrgRole.ADMIN });
      const other = await createUser(own.ds, { orgRole: OrgRole.ADMIN });
      const firstToken = await own.tokenFor(first);
      const otherToken = await own.tokenFor(other);
      expect((await own.gql(ROLE, { id: first.id, role: 'MEMBER' }, otherToken)).data).toEqual({
        changeOrgRole: { orgRole: 'MEMBER' },
      });
      // `first` is no longer an admin; the last one cannot be demoted, not even by themselves.
      expect((await own.gql(ROLE, { id: other.id, role: 'MEMBER' }, firstToken)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await own.gql(ROLE, { id: other.id, role: 'MEMBER' }, otherToken)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect(await own.ds.getRepository(UserEntity).countBy({ orgRole: OrgRole.ADMIN })).toBe(1);
    } finally {
      await own.close();
      await db.drop();
    }
  });
});
