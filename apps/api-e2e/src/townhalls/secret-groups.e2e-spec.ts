import { ErrorCode, GroupVisibility, OrgRole } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import {
  ANSWER,
  askPublished,
  countRows,
  CREATE,
  CSV,
  inDays,
  listAll,
  ok,
  outcome,
  QUESTION,
  SIMILAR,
  TOWN_HALL,
  townHallInput,
  townHallWorld,
  ThWorld,
  UPDATE,
} from './helpers';

const { NOT_FOUND: N, BAD_USER_INPUT } = ErrorCode;
const OK = 'OK';
const OPTIONS = `query($s: String) { townHallHostingOptions(search: $s) { forOrganisation groups { id name } moreGroups } }`;

/** The audit rows of org admins' reads of a SECRET group (see AuditService.recordReads). */
const audited = (t: TestApp, actorId: string, groupId: string, via: string): Promise<number> =>
  countRows(
    t,
    `SELECT count(*)::int AS n FROM audit_log
      WHERE action = 'SECRET_GROUP_VIEWED' AND actor_id = $1 AND group_id = $2 AND details->>'via' = $3`,
    [actorId, groupId, via],
  );

/**
 * A town hall for a SECRET group exists only for the group's members (its hosts and moderators
 * must be members) and org admins, whose reads are audited. HR is no exception.
 */
describe('town halls of SECRET groups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  interface SecretWorld {
    w: ThWorld;
    /** A member's published question. */
    question: { id: string; body: string };
    /** Someone who asked a question while a member and was then removed from the group. */
    removed: string;
    /** HR who is a member of the group. */
    hrMember: string;
  }

  async function secretWorld(): Promise<SecretWorld> {
    const w = await townHallWorld(t, { visibility: GroupVisibility.SECRET, state: 'OPEN' });
    const tag = w.group.id.slice(0, 8);
    const body = `Will the secret plan ${tag} change our team?`;
    const question = await askPublished(t, w, w.tokens.member, w.townHall.id, body);
    const leaver = await createUser(t.ds);
    await addMember(t.ds, w.group, leaver);
    const removed = await t.tokenFor(leaver);
    await askPublished(t, w, removed, w.townHall.id, `A question before I left ${tag}`);
    await t.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
      w.group.id,
      leaver.id,
    ]);
    const hr = await createUser(t.ds, { orgRole: OrgRole.HR });
    await addMember(t.ds, w.group, hr);
    return { w, question: { id: question.id, body }, removed, hrMember: await t.tokenFor(hr) };
  }

  const READS: Array<[string, (s: SecretWorld) => { query: string; variables: object }]> = [
    ['townHall', (s) => ({ query: TOWN_HALL, variables: { id: s.w.townHall.id } })],
    ['townHallQuestion', (s) => ({ query: QUESTION, variables: { id: s.question.id } })],
    [
      'similarTownHallQuestions',
      (s) => ({ query: SIMILAR, variables: { id: s.w.townHall.id, text: s.question.body } }),
    ],
    ['townHallCsv', (s) => ({ query: CSV, variables: { id: s.w.townHall.id } })],
  ];

  it.each(READS)(
    '%s: members see it; a removed member, an outsider and HR get NOT_FOUND; org admins see it, audited',
    async (_name, prepare) => {
      const s = await secretWorld();
      const { query, variables } = prepare(s);
      const as = async (token: string) => {
        const res = await t.gql(query, variables as Record<string, unknown>, token);
        return [outcome(res), JSON.stringify(res).includes(s.w.group.name)];
      };
      const csv = query === CSV;
      // The CSV is for those who run it and its hosts; the other reads are for the audience.
      expect({
        member: await as(csv ? s.w.tokens.groupOwner : s.w.tokens.member),
        hrMember: await as(s.hrMember),
        removed: await as(s.removed),
        outsider: await as(s.w.tokens.outsider),
        hr: await as(s.w.tokens.hr),
      }).toEqual({
        member: [OK, expect.any(Boolean)],
        hrMember: [OK, expect.any(Boolean)],
        removed: [N, false],
        outsider: [N, false],
        hr: [N, false],
      });
      const before = await audited(t, s.w.users.orgAdmin.id, s.w.group.id, 'townHall');
      expect(
        (await t.gql(query, variables as Record<string, unknown>, s.w.tokens.orgAdmin)).errors,
      ).toBeUndefined();
      expect(before).toBe(0);
      expect(await audited(t, s.w.users.orgAdmin.id, s.w.group.id, 'townHall')).toBe(1);
    },
  );

  it('the list: HR, an outsider and a removed member do not find it; org admins do, audited once an hour', async () => {
    const s = await secretWorld();
    const id = s.w.townHall.id;
    const listed = async (token: string) => (await listAll(t, token)).some((th) => th.id === id);
    expect({
      member: await listed(s.w.tokens.member),
      hrMember: await listed(s.hrMember),
      host: await listed(s.w.tokens.host),
      removed: await listed(s.removed),
      outsider: await listed(s.w.tokens.outsider),
      hr: await listed(s.w.tokens.hr),
      orgAdmin: await listed(s.w.tokens.orgAdmin),
    }).toEqual({
      member: true,
      hrMember: true,
      host: true,
      removed: false,
      outsider: false,
      hr: false,
      orgAdmin: true,
    });
    await listed(s.w.tokens.orgAdmin);
    expect(await audited(t, s.w.users.orgAdmin.id, s.w.group.id, 'townHall')).toBe(1);
  });

  it('HR cannot hold one for a SECRET group it is not in (NOT_FOUND, as for the group itself); HR in the group can', async () => {
    const s = await secretWorld();
    const input = townHallInput(s.w, 'group');
    expect(outcome(await t.gql(CREATE, { input }, s.w.tokens.hr))).toBe(N);
    expect(outcome(await t.gql(CREATE, { input }, s.hrMember))).toBe(OK);
  });

  it('hosts, moderators and owners of a deferred question must be members; a host removed from the group loses the town hall', async () => {
    const s = await secretWorld();
    const outsiderId = s.w.users.outsider.id;
    for (const extra of [{ hostIds: [outsiderId] }, { moderatorIds: [outsiderId] }]) {
      const res = await t.gql(
        CREATE,
        { input: townHallInput(s.w, 'group', extra) },
        s.w.tokens.groupOwner,
      );
      expect([outcome(res), res.errors?.[0]?.extensions['field']]).toEqual([
        BAD_USER_INPUT,
        Object.keys(extra)[0],
      ]);
      const upd = await t.gql(
        UPDATE,
        { input: { id: s.w.townHall.id, ...extra } },
        s.w.tokens.groupOwner,
      );
      expect(outcome(upd)).toBe(BAD_USER_INPUT);
    }
    const deferred = await t.gql(
      ANSWER,
      { id: s.question.id, state: 'DEFERRED', to: outsiderId, until: inDays(3) },
      s.w.tokens.host,
    );
    expect([outcome(deferred), deferred.errors?.[0]?.extensions['field']]).toEqual([
      BAD_USER_INPUT,
      'deferredToId',
    ]);
    expect(outcome(await t.gql(TOWN_HALL, { id: s.w.townHall.id }, s.w.tokens.host))).toBe(OK);
    await t.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
      s.w.group.id,
      s.w.users.host.id,
    ]);
    expect(outcome(await t.gql(TOWN_HALL, { id: s.w.townHall.id }, s.w.tokens.host))).toBe(N);
  });

  it('hosting options: HR is offered a SECRET group only when in it; org admins are offered it, audited', async () => {
    const owner = await createUser(t.ds);
    const hr = await createUser(t.ds, { orgRole: OrgRole.HR });
    const hrIn = await createUser(t.ds, { orgRole: OrgRole.HR });
    const admin = await createUser(t.ds, { orgRole: OrgRole.ADMIN });
    const tag = `hs${Math.random().toString(36).slice(2, 10)}`;
    const secret = await createGroup(t.ds, {
      owner,
      name: `Secret ${tag}`,
      visibility: GroupVisibility.SECRET,
    });
    const open = await createGroup(t.ds, { owner, name: `Open ${tag}` });
    await addMember(t.ds, secret, hrIn);
    const offered = async (token: string, s?: string) =>
      (await ok(t, OPTIONS, { s }, token)).townHallHostingOptions.groups.map(
        (g: { id: string }) => g.id,
      );
    // Unsearched (the first 50 by name for everyone) and searched by the group's own name.
    const hrToken = await t.tokenFor(hr);
    expect(await offered(hrToken, tag)).toEqual([open.id]);
    expect(JSON.stringify(await ok(t, OPTIONS, {}, hrToken))).not.toContain(secret.id);
    expect(await offered(await t.tokenFor(hrIn), tag)).toEqual([open.id, secret.id]);
    expect(await audited(t, admin.id, secret.id, 'townHallHostingOptions')).toBe(0);
    expect(await offered(await t.tokenFor(admin), tag)).toEqual([open.id, secret.id]);
    expect(await audited(t, admin.id, secret.id, 'townHallHostingOptions')).toBe(1);
    expect(await audited(t, admin.id, open.id, 'townHallHostingOptions')).toBe(0);
  });
});
