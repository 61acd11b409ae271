import { ErrorCode, GroupCategory, GroupVisibility } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, countQueries, TestApp } from '../support/test-app';
import { ROLES, Role, world, World } from './world';

const GROUP = `query($id: ID, $slug: String) { group(id: $id, slug: $slug) { id name viewerStatus viewerRole memberCount
  viewerPermissions { canEdit canManageMembers canInvite canArchive canPost canSeeContent } } }`;
const MEMBERS = `query($id: ID!, $role: GroupRole, $after: String) { group(id: $id) { members(first: 2, role: $role, after: $after) {
  totalCount edges { node { role user { id } } } pageInfo { hasNextPage endCursor } } } }`;

describe('reading groups', () => {
  let t: TestApp;
  let secret: World;
  let closed: World;
  beforeAll(async () => {
    t = await bootTestApp();
    secret = await world(t, GroupVisibility.SECRET);
    closed = await world(t, GroupVisibility.CLOSED);
  });
  afterAll(() => t.close());

  const expectedStatus: Record<Role, string> = {
    owner: 'MEMBER',
    admin: 'MEMBER',
    moderator: 'MEMBER',
    member: 'MEMBER',
    invited: 'INVITED',
    pending: 'REQUESTED',
    banned: 'BANNED',
    nonMember: 'NONE',
    hr: 'NONE',
    orgAdmin: 'NONE',
  };

  it.each(ROLES)('a CLOSED group is visible to %s with the right status', async (role) => {
    const res = await t.gql(GROUP, { id: closed.group.id }, closed.tokens[role]);
    expect(res.errors).toBeUndefined();
    expect(res.data.group.viewerStatus).toBe(expectedStatus[role]);
    expect(res.data.group.memberCount).toBe(5);
  });

  const seesSecret: Record<Role, boolean> = {
    owner: true,
    admin: true,
    moderator: true,
    member: true,
    invited: true,
    pending: false,
    banned: false,
    nonMember: false,
    hr: false,
    orgAdmin: true,
  };

  it.each(ROLES)('a SECRET group by id and by slug, as %s', async (role) => {
    for (const vars of [{ id: secret.group.id }, { slug: secret.group.slug }]) {
      const res = await t.gql(GROUP, vars, secret.tokens[role]);
      if (seesSecret[role]) expect(res.data.group.id).toBe(secret.group.id);
      else {
        expect(res.code).toBe(ErrorCode.NOT_FOUND);
        expect(res.data).toBeNull();
      }
    }
  });

  it('anonymous and deactivated callers are refused', async () => {
    expect((await t.gql(GROUP, { id: closed.group.id })).code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await t.gql(GROUP, { id: closed.group.id }, closed.tokens.deactivated)).code).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
  });

  it('an unknown or malformed id is NOT_FOUND, and neither id nor slug is BAD_USER_INPUT', async () => {
    const token = closed.tokens.member;
    expect((await t.gql(GROUP, { id: '00000000-0000-4000-8000-000000000000' }, token)).code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect((await t.gql(GROUP, { id: 'x' }, token)).code).toBe(ErrorCode.NOT_FOUND);
    expect((await t.gql(GROUP, { slug: 'no-such-group' }, token)).code).toBe(ErrorCode.NOT_FOUND);
    expect((await t.gql(GROUP, {}, token)).code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('gives each role its permissions', async () => {
    const perms = async (role: Role) =>
      (await t.gql(GROUP, { id: closed.group.id }, closed.tokens[role])).data.group
        .viewerPermissions;
    expect(await perms('owner')).toMatchObject({
      canEdit: true,
      canArchive: true,
      canManageMembers: true,
    });
    expect(await perms('admin')).toMatchObject({ canEdit: true, canArchive: false });
    expect(await perms('moderator')).toMatchObject({ canEdit: false, canManageMembers: true });
    expect(await perms('member')).toMatchObject({
      canEdit: false,
      canManageMembers: false,
      canInvite: true,
      canPost: true,
      canSeeContent: true,
    });
    expect(await perms('nonMember')).toMatchObject({
      canInvite: false,
      canPost: false,
      canSeeContent: false,
    });
    expect(await perms('orgAdmin')).toMatchObject({
      canEdit: true,
      canManageMembers: true,
      canSeeContent: true,
    });
  });

  it('member lists: paginated, filterable by role, hidden for SECRET groups from non-members', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.gql(
        MEMBERS,
        { id: closed.group.id, after },
        closed.tokens.nonMember,
      );
      expect(res.data.group.members.totalCount).toBe(5);
      ids.push(...res.data.group.members.edges.map((e: any) => e.node.user.id));
      if (!res.data.group.members.pageInfo.hasNextPage) break;
      after = res.data.group.members.pageInfo.endCursor;
    }
    expect(ids[0]).toBe(closed.users.owner.id);
    expect(new Set(ids).size).toBe(5);
    const mods = await t.gql(
      MEMBERS,
      { id: closed.group.id, role: 'MODERATOR' },
      closed.tokens.member,
    );
    expect(mods.data.group.members.edges.map((e: any) => e.node.user.id)).toEqual([
      closed.users.moderator.id,
    ]);
    expect((await t.gql(MEMBERS, { id: secret.group.id }, secret.tokens.invited)).code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect(
      (await t.gql(MEMBERS, { id: secret.group.id }, secret.tokens.member)).data.group.members
        .totalCount,
    ).toBe(5);
  });

  it('requests, invitations and bans are for moderators and above', async () => {
    const Q = `query($id: ID!) { group(id: $id) { joinRequests { totalCount edges { node { user { id } answers { question answer } } } } bans { edges { node { user { id } } } } } }`;
    const mod = await t.gql(Q, { id: closed.group.id }, closed.tokens.moderator);
    expect(mod.data.group.joinRequests.edges[0].node).toEqual({
      user: { id: closed.users.pending.id },
      answers: [{ question: 'Why join?', answer: 'Because.' }],
    });
    expect(mod.data.group.bans.edges).toEqual([{ node: { user: { id: closed.users.banned.id } } }]);
    expect((await t.gql(Q, { id: closed.group.id }, closed.tokens.member)).code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect((await t.gql(Q, { id: closed.group.id }, closed.tokens.hr)).code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(
      (await t.gql(Q, { id: closed.group.id }, closed.tokens.orgAdmin)).errors,
    ).toBeUndefined();
  });

  it('requests, invitations and bans are read a page at a time, whole, over ties in time', async () => {
    const w = await world(t, GroupVisibility.CLOSED);
    const people = [];
    for (let i = 0; i < 65; i++) people.push(await createUser(t.ds));
    const ids = people.map((p) => p.id);
    // 65 of each, 20 of them at one instant: requests and invitations oldest first, bans latest first.
    const at = `CASE WHEN n % 3 = 0 THEN '2026-01-01T00:00:00Z'::timestamptz ELSE now() - n * interval '1 minute' END`;
    await t.ds.query(
      `INSERT INTO group_join_requests (group_id, user_id, created_at)
       SELECT $1, u, ${at} FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, n)`,
      [w.group.id, ids],
    );
    await t.ds.query(
      `INSERT INTO group_invitations (group_id, user_id, invited_by_id, created_at)
       SELECT $1, u, $3, ${at} FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, n)`,
      [w.group.id, ids, w.users.owner.id],
    );
    await t.ds.query(
      `INSERT INTO group_bans (group_id, user_id, banned_by_id, reason, created_at)
       SELECT $1, u, $3, 'spam', ${at} FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, n)`,
      [w.group.id, ids, w.users.owner.id],
    );
    const expected = async (table: string, key: string, order: string, where = 'true') =>
      (
        await t.ds.query(
          `SELECT ${key}::text AS id FROM ${table} WHERE group_id = $1 AND ${where}
            ORDER BY created_at ${order}, ${key} ${order}`,
          [w.group.id],
        )
      ).map((r: { id: string }) => r.id);
    const lists = [
      [
        'joinRequests',
        'id',
        'user { id }',
        await expected('group_join_requests', 'id', 'ASC', "status = 'PENDING'"),
      ],
      [
        'invitations',
        'id',
        'user { id }',
        await expected('group_invitations', 'id', 'ASC', "status = 'PENDING'"),
      ],
      ['bans', 'user { id }', '', await expected('group_bans', 'user_id', 'DESC')],
    ] as const;
    for (const [field, key, extra, want] of lists) {
      const Q = `query($id: ID!, $first: Int, $after: String) { group(id: $id) { ${field}(first: $first, after: $after) { totalCount edges { node { ${key} ${extra} } } pageInfo { hasNextPage endCursor } } } }`;
      for (const first of [7, 50]) {
        const got: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i++) {
          const r: any = await t.gql(Q, { id: w.group.id, first, after }, w.tokens.moderator);
          expect(r.errors).toBeUndefined();
          const conn = r.data.group[field];
          expect(conn.totalCount).toBe(want.length);
          got.push(...conn.edges.map((e: any) => (field === 'bans' ? e.node.user.id : e.node.id)));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
        }
        expect(got).toEqual(want);
      }
      expect(
        (await t.gql(Q, { id: w.group.id, first: 5, after: 'junk' }, w.tokens.moderator)).code,
      ).toBe(ErrorCode.BAD_USER_INPUT);
      // Outsiders are refused (members of a CLOSED group may invite, so they see invitations).
      expect((await t.gql(Q, { id: w.group.id, first: 5 }, w.tokens.nonMember)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
    }
  });

  it('my own pending invitations and requests are read a page at a time, latest first, whole, over ties in time', async () => {
    const owner = await createUser(t.ds);
    const me = await createUser(t.ds);
    const other = await createUser(t.ds);
    const groups = [];
    for (let i = 0; i < 66; i++) groups.push(await createGroup(t.ds, { owner }));
    const gids = groups.map((g) => g.id);
    // 65 of each for me, 22 of them at one instant; one more of each decided, and one for someone else.
    const at = `CASE WHEN n % 3 = 0 THEN '2026-01-01T00:00:00Z'::timestamptz ELSE now() - n * interval '1 minute' END`;
    await t.ds.query(
      `INSERT INTO group_invitations (group_id, user_id, invited_by_id, created_at, status)
       SELECT g, $2, $3, ${at}, CASE WHEN n = 66 THEN 'DECLINED' ELSE 'PENDING' END
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(g, n)`,
      [gids, me.id, owner.id],
    );
    await t.ds.query(
      `INSERT INTO group_join_requests (group_id, user_id, created_at, status)
       SELECT g, $2, ${at}, CASE WHEN n = 66 THEN 'APPROVED' ELSE 'PENDING' END
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(g, n)`,
      [gids, me.id],
    );
    await t.ds.query(
      `INSERT INTO group_invitations (group_id, user_id, invited_by_id) VALUES ($1, $2, $3)`,
      [gids[0], other.id, owner.id],
    );
    await t.ds.query(`INSERT INTO group_join_requests (group_id, user_id) VALUES ($1, $2)`, [
      gids[1],
      other.id,
    ]);
    const token = await t.tokenFor(me);
    for (const [field, table] of [
      ['myGroupInvitations', 'group_invitations'],
      ['myJoinRequests', 'group_join_requests'],
    ] as const) {
      const want = (
        await t.ds.query(
          `SELECT id FROM ${table} WHERE user_id = $1 AND status = 'PENDING'
            ORDER BY created_at DESC, id DESC`,
          [me.id],
        )
      ).map((r: { id: string }) => r.id);
      expect(want).toHaveLength(65);
      const Q = `query($first: Int, $after: String) { ${field}(first: $first, after: $after) {
        totalCount edges { node { id group { id } } } pageInfo { hasNextPage endCursor } } }`;
      for (const first of [7, 50]) {
        const got: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i++) {
          const r: any = await t.gql(Q, { first, after }, token);
          expect(r.errors).toBeUndefined();
          const conn = r.data[field];
          expect(conn.totalCount).toBe(65);
          got.push(...conn.edges.map((e: any) => e.node.id));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
        }
        expect(got).toEqual(want);
      }
      const others: any = await t.gql(Q, { first: 50 }, await t.tokenFor(other));
      expect(others.data[field].totalCount).toBe(1);
      expect(others.data[field].edges.filter((e: any) => want.includes(e.node.id))).toEqual([]);
      expect((await t.gql(Q, { first: 5, after: 'junk' }, token)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect((await t.gql(Q, { first: 0 }, token)).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((await t.gql(Q, { first: 5 })).code).toBe(ErrorCode.UNAUTHENTICATED);
    }
  });

  describe('directory', () => {
    const DIR = `query($search: String, $category: GroupCategory, $after: String, $first: Int, $mine: Boolean) {
      groups(search: $search, category: $category, after: $after, first: $first, mine: $mine) {
        totalCount edges { node { id name memberCount viewerStatus } } pageInfo { hasNextPage endCursor } } }`;

    it('lists OPEN and CLOSED groups, SECRET ones only to members and org admins; searches and filters', async () => {
      const tag = `dir${Date.now()}`;
      const owner = await createUser(t.ds);
      const outsider = await createUser(t.ds);
      const admin = await createUser(t.ds, { orgRole: 'ADMIN' as never });
      await createGroup(t.ds, {
        owner,
        name: `${tag} open`,
        visibility: GroupVisibility.OPEN,
        category: GroupCategory.SOCIAL,
      });
      await createGroup(t.ds, { owner, name: `${tag} closed`, visibility: GroupVisibility.CLOSED });
      await createGroup(t.ds, { owner, name: `${tag} secret`, visibility: GroupVisibility.SECRET });
      const names = async (token: string, vars = {}) =>
        (await t.gql(DIR, { search: tag, ...vars }, token)).data.groups.edges.map(
          (e: any) => e.node.name,
        );
      expect(await names(await t.tokenFor(outsider))).toEqual([`${tag} closed`, `${tag} open`]);
      expect(await names(await t.tokenFor(owner))).toEqual([
        `${tag} closed`,
        `${tag} open`,
        `${tag} secret`,
      ]);
      expect(await names(await t.tokenFor(admin))).toHaveLength(3);
      expect(await names(await t.tokenFor(outsider), { category: 'SOCIAL' })).toEqual([
        `${tag} open`,
      ]);
      expect(await names(await t.tokenFor(outsider), { mine: true })).toEqual([]);
      expect(await names(await t.tokenFor(owner), { mine: true })).toHaveLength(3);
      // Searching for the secret group's name finds nothing for an outsider.
      expect(await names(await t.tokenFor(outsider), { search: `${tag} secret` })).toEqual([]);
    });

    it('pages by keyset without repeats, and refuses bad arguments', async () => {
      const tag = `page${Date.now()}`;
      const owner = await createUser(t.ds);
      for (let i = 0; i < 7; i++) await createGroup(t.ds, { owner, name: `${tag} ${i}` });
      const token = await t.tokenFor(owner);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: any = await t.gql(DIR, { search: tag, first: 3, after }, token);
        seen.push(...res.data.groups.edges.map((e: any) => e.node.name));
        after = res.data.groups.pageInfo.hasNextPage ? res.data.groups.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `${tag} ${i}`));
      expect((await t.gql(DIR, { category: 'NOPE' }, token)).status).toBe(400);
      expect((await t.gql(DIR, { search: 'x'.repeat(101) }, token)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect((await t.gql(DIR, { first: 0 }, token)).code).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('a directory page costs the same number of SQL queries for 3 groups as for 12', async () => {
      const owner = await createUser(t.ds);
      const viewer = await createUser(t.ds);
      const tag = `count${Date.now()}`;
      for (let i = 0; i < 12; i++) {
        const g = await createGroup(t.ds, { owner, name: `${tag} ${String(i).padStart(2, '0')}` });
        await addMember(t.ds, g, viewer);
      }
      const token = await t.tokenFor(viewer);
      // Everything a directory card shows.
      const Q = `query($search: String, $first: Int) { groups(search: $search, first: $first) { totalCount edges { node {
        id name slug description category coverColor visibility archived memberCount viewerStatus viewerRole
        viewerPermissions { canEdit canInvite } } } } }`;
      const count = async (first: number) => {
        const { result: res, queries } = await countQueries(t, () =>
          t.gql(Q, { search: tag, first }, token),
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.groups.edges).toHaveLength(first);
        return queries;
      };
      // Only the directory's own statements: no background job of an earlier test running meanwhile,
      // and the viewer's session already read (it is then held in memory, see SessionCache).
      await t.jobsDone();
      expect((await t.gql('{ me { id } }', {}, token)).errors).toBeUndefined();
      const small = await count(3);
      const large = await count(12);
      expect(small).toBeGreaterThan(3);
      expect(large).toBe(small);
    });
  });

  describe('a person’s groups on their profile', () => {
    const Q = `query($id: ID!) { user(id: $id) { groups { totalCount edges { node { id } } } } }`;
    it('lists SECRET groups only to viewers who are in them (and org admins)', async () => {
      const person = secret.users.member;
      const ids = async (token: string) =>
        (await t.gql(Q, { id: person.id }, token)).data.user.groups.edges.map(
          (e: any) => e.node.id,
        );
      expect(await ids(secret.tokens.nonMember)).not.toContain(secret.group.id);
      expect(await ids(secret.tokens.invited)).not.toContain(secret.group.id);
      expect(await ids(secret.tokens.hr)).not.toContain(secret.group.id);
      expect(await ids(secret.tokens.owner)).toContain(secret.group.id);
      expect(await ids(secret.tokens.orgAdmin)).toContain(secret.group.id);
      expect(await ids(secret.tokens.member)).toContain(secret.group.id);
    });
  });
});
