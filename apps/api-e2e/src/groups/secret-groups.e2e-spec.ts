import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import { world } from './world';

const GROUP = `query($id: ID, $slug: String) { group(id: $id, slug: $slug) { id slug name } }`;
const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug visibility } }`;
const UPDATE = `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id slug visibility } }`;
/** The tail a SECRET group's address gets: ten random letters and digits. */
const SECRET_TAIL = /-[a-km-z2-9]{10}$/;

/** Every SQL statement run while `fn` runs, in order (as countQueries counts them). */
async function statements<T>(
  t: TestApp,
  fn: () => Promise<T>,
): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const ds = t.ds as unknown as { logger: object };
  const logger = ds.logger;
  ds.logger = new Proxy(logger, {
    get: (target, prop) =>
      prop === 'logQuery'
        ? (query: string) => void sql.push(query.replace(/\s+/g, ' ').trim())
        : (Reflect.get(target, prop) as unknown),
  });
  try {
    return { result: await fn(), sql };
  } finally {
    ds.logger = logger;
  }
}

const input = (extra: Record<string, unknown>) => ({
  name: 'Quiet Room',
  category: 'INTEREST',
  visibility: 'OPEN',
  membershipQuestions: [],
  ...extra,
});

describe('SECRET groups do not admit they exist', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  describe('addresses (no slug oracle)', () => {
    it('a SECRET group’s address ends in random characters, so choosing the same address elsewhere never collides', async () => {
      const owner = await t.tokenFor(await createUser(t.ds));
      const other = await t.tokenFor(await createUser(t.ds));
      const base = `plans-${Math.random().toString(36).slice(2, 10)}`;
      const secret = (
        await t.gql(CREATE, { input: input({ slug: base, visibility: 'SECRET' }) }, owner)
      ).data.createGroup;
      expect(secret.slug).toMatch(new RegExp(`^${base}${SECRET_TAIL.source}`));
      // Without a chosen address too.
      const unnamed = (await t.gql(CREATE, { input: input({ visibility: 'SECRET' }) }, owner)).data
        .createGroup;
      expect(unnamed.slug).toMatch(new RegExp(`^quiet-room${SECRET_TAIL.source}`));
      // Someone else choosing the address the secret group was asked for gets it: nothing to learn.
      const open = await t.gql(CREATE, { input: input({ slug: base }) }, other);
      expect(open.data?.createGroup.slug).toBe(base);
      // And the secret group's own address, even if known, is taken like any other (its members
      // know it already; nobody else can guess ten random characters).
      const dup = await t.gql(CREATE, { input: input({ slug: secret.slug }) }, other);
      expect([dup.code, dup.errors?.[0]?.message]).toEqual([
        ErrorCode.CONFLICT,
        'That address is taken: choose another.',
      ]);
    });

    it('a group made SECRET, or a SECRET group given a new address, gets a random tail; the old address is free', async () => {
      const ownerUser = await createUser(t.ds);
      const owner = await t.tokenFor(ownerUser);
      const base = `team-${Math.random().toString(36).slice(2, 10)}`;
      const g = (await t.gql(CREATE, { input: input({ slug: base }) }, owner)).data.createGroup;
      expect(g.slug).toBe(base);
      const hidden = (
        await t.gql(UPDATE, { input: { groupId: g.id, visibility: 'SECRET' } }, owner)
      ).data.updateGroup;
      expect(hidden.slug).toMatch(new RegExp(`^${base}${SECRET_TAIL.source}`));
      const renamed = (await t.gql(UPDATE, { input: { groupId: g.id, slug: `${base}-x` } }, owner))
        .data.updateGroup;
      expect(renamed.slug).toMatch(new RegExp(`^${base}-x${SECRET_TAIL.source}`));
      // Saving the same address again keeps it.
      const same = (await t.gql(UPDATE, { input: { groupId: g.id, slug: renamed.slug } }, owner))
        .data.updateGroup;
      expect(same.slug).toBe(renamed.slug);
      const other = await t.tokenFor(await createUser(t.ds));
      expect(
        (await t.gql(CREATE, { input: input({ slug: base }) }, other)).data?.createGroup.slug,
      ).toBe(base);
    });
  });

  describe('group(id, slug)', () => {
    it('a hidden SECRET group and an unknown one cost the same SQL statements and give the same answer', async () => {
      const w = await world(t, GroupVisibility.SECRET);
      const unknownSlug = `no-such-${Math.random().toString(36).slice(2, 10)}`;
      for (const role of ['nonMember', 'hr', 'banned', 'pending'] as const) {
        for (const [hidden, unknown] of [
          [{ slug: w.group.slug }, { slug: unknownSlug }],
          [{ id: w.group.id }, { id: '00000000-0000-4000-8000-000000000000' }],
        ] as const) {
          const a = await statements(t, () => t.gql(GROUP, hidden, w.tokens[role]));
          const b = await statements(t, () => t.gql(GROUP, unknown, w.tokens[role]));
          expect([role, a.result.code, a.result.errors?.[0]?.message]).toEqual([
            role,
            ErrorCode.NOT_FOUND,
            b.result.errors?.[0]?.message,
          ]);
          expect(b.result.code).toBe(ErrorCode.NOT_FOUND);
          // The same statements, with the visibility decided in the one that looks the group up.
          // (The session check is left out: whether it runs depends only on the session cache,
          // the same for both, and the first of the two may warm it for the second.)
          const ofGroup = (sql: string[]) => sql.filter((s) => !/\bFROM sessions\b/.test(s));
          expect(ofGroup(a.sql)).toEqual(ofGroup(b.sql));
          expect(a.sql.filter((s) => /\bFROM groups\b/.test(s))).toHaveLength(1);
        }
      }
    });

    it('members, invitees and org admins find it; a removed member does not; org admins’ reads are audited once an hour', async () => {
      const w = await world(t, GroupVisibility.SECRET);
      const find = async (token: string) =>
        (await t.gql(GROUP, { slug: w.group.slug }, token)).code ?? 'OK';
      expect({
        member: await find(w.tokens.member),
        invited: await find(w.tokens.invited),
        nonMember: await find(w.tokens.nonMember),
        hr: await find(w.tokens.hr),
        orgAdmin: await find(w.tokens.orgAdmin),
      }).toEqual({
        member: 'OK',
        invited: 'OK',
        nonMember: 'NOT_FOUND',
        hr: 'NOT_FOUND',
        orgAdmin: 'OK',
      });
      await t.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
        w.group.id,
        w.users.member.id,
      ]);
      expect(await find(w.tokens.member)).toBe('NOT_FOUND');
      await find(w.tokens.orgAdmin);
      await find(w.tokens.owner);
      const rows = await t.ds.query<Array<{ actor_id: string; details: { via: string } }>>(
        `SELECT actor_id, details FROM audit_log WHERE action = 'SECRET_GROUP_VIEWED' AND group_id = $1`,
        [w.group.id],
      );
      expect(rows).toEqual([{ actor_id: w.users.orgAdmin.id, details: { via: 'group' } }]);
    });
  });
});
