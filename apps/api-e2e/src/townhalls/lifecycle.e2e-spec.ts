import { randomUUID } from 'node:crypto';
import { ErrorCode, GroupRole } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import {
  CREATE,
  ILLEGAL_MOVE,
  inDays,
  moveTo,
  ok,
  oneOf,
  countRows,
  SET_STATE,
  TOWN_HALL,
  listAll,
  TOWN_HALLS,
  townHallInput,
  townHallWorld,
  TownHallState,
  UPDATE,
} from './helpers';

describe('town halls: creating, editing, states and who sees them', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  /** Town halls created by one person (other test files write to the same database at the same time). */
  const count = (creatorId: string): Promise<number> =>
    countRows(t, `SELECT count(*)::int AS n FROM town_halls WHERE created_by_id = $1`, [creatorId]);
  const listed = async (token: string, filter?: string): Promise<string[]> =>
    (await listAll(t, token, filter)).map((th) => th.id);

  describe('createTownHall', () => {
    it('HR creates a DRAFT for a group, with every setting as given and the defaults otherwise', async () => {
      const w = await townHallWorld(t);
      const startsAt = inDays(3);
      const endsAt = inDays(3.1);
      const data = await ok(
        t,
        CREATE,
        {
          input: {
            title: '  Q3 town hall  ',
            description: 'Ask anything',
            audienceGroupId: w.group.id,
            startsAt,
            endsAt,
            allowAnonymous: false,
            preModerated: false,
            voteBudget: 3,
            hostIds: [w.users.host.id, w.users.groupOwner.id],
            moderatorIds: [w.users.moderator.id],
          },
        },
        w.tokens.hr,
      );
      const th = data.createTownHall;
      expect(th).toMatchObject({
        title: 'Q3 town hall',
        description: 'Ask anything',
        state: 'DRAFT',
        allowAnonymous: false,
        preModerated: false,
        voteBudget: 3,
        audienceGroupId: w.group.id,
        audienceGroupName: w.group.name,
        moderators: [{ id: w.users.moderator.id }],
        createdBy: { id: w.users.hr.id },
        publishedCount: 0,
        // A DRAFT takes no questions yet.
        viewer: { canManage: true, canHost: false, canAsk: false, canAskAnonymously: false },
      });
      expect(new Date(th.startsAt).toISOString()).toBe(startsAt);
      expect(new Date(th.endsAt).toISOString()).toBe(endsAt);
      expect(th.hosts.map((h: { id: string }) => h.id).sort()).toEqual(
        [w.users.host.id, w.users.groupOwner.id].sort(),
      );

      const defaults = await ok(
        t,
        CREATE,
        {
          input: {
            title: 'Defaults',
            startsAt,
            endsAt,
            hostIds: [w.users.host.id],
          },
        },
        w.tokens.orgAdmin,
      );
      expect(defaults.createTownHall).toMatchObject({
        description: '',
        audienceGroupId: null,
        audienceGroupName: null,
        allowAnonymous: true,
        preModerated: true,
        voteBudget: null,
        moderators: [],
        state: 'DRAFT',
      });
    });

    it('refuses bad input with BAD_USER_INPUT and writes nothing', async () => {
      const w = await townHallWorld(t);
      const eleven: string[] = [];
      for (let i = 0; i < 11; i++) eleven.push((await createUser(t.ds)).id);
      const before = await count(w.users.hr.id);
      const cases: Array<[string, Record<string, unknown>, string[]]> = [
        ['an empty title', { title: '' }, ['BAD_USER_INPUT']],
        ['a blank title', { title: '   ' }, ['BAD_USER_INPUT']],
        ['a title of 2 characters', { title: 'ab' }, ['BAD_USER_INPUT']],
        ['a title of 151 characters', { title: 'x'.repeat(151) }, ['BAD_USER_INPUT']],
        ['a description of 5001 characters', { description: 'x'.repeat(5001) }, ['BAD_USER_INPUT']],
        ['an end before the start', { startsAt: inDays(2), endsAt: inDays(1) }, ['BAD_USER_INPUT']],
        [
          'an end equal to the start',
          { startsAt: inDays(2), endsAt: inDays(2) },
          ['BAD_USER_INPUT'],
        ],
        ['no host', { hostIds: [] }, ['BAD_USER_INPUT']],
        ['a host who does not exist', { hostIds: [randomUUID()] }, ['BAD_USER_INPUT', 'NOT_FOUND']],
        ['a malformed host id', { hostIds: ['nobody'] }, ['BAD_USER_INPUT', 'NOT_FOUND']],
        [
          'a moderator who does not exist',
          { moderatorIds: [randomUUID()] },
          ['BAD_USER_INPUT', 'NOT_FOUND'],
        ],
        ['a negative vote budget', { voteBudget: -2 }, ['BAD_USER_INPUT']],
        ['a vote budget of 101', { voteBudget: 101 }, ['BAD_USER_INPUT']],
        ['11 hosts', { hostIds: eleven }, ['BAD_USER_INPUT']],
        ['an audience group that does not exist', { audienceGroupId: randomUUID() }, ['NOT_FOUND']],
      ];
      const got: Array<[string, string | undefined]> = [];
      for (const [name, extra] of cases) {
        const res = await t.gql(CREATE, { input: townHallInput(w, 'group', extra) }, w.tokens.hr);
        got.push([name, res.code]);
      }
      expect(got).toEqual(
        cases.map(([name, , codes]) => [name, codes.length === 1 ? codes[0] : oneOf(codes)]),
      );
      expect(await count(w.users.hr.id)).toBe(before);
    });

    it('a host of a deactivated account is refused', async () => {
      const w = await townHallWorld(t);
      const before = await count(w.users.hr.id);
      const res = await t.gql(
        CREATE,
        { input: townHallInput(w, 'group', { hostIds: [w.users.deactivated.id] }) },
        w.tokens.hr,
      );
      expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(await count(w.users.hr.id)).toBe(before);
    });
  });

  describe('updateTownHall', () => {
    it('a manager changes settings, hosts and moderators; the rest stays', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const data = await ok(
        t,
        UPDATE,
        {
          input: {
            id: w.townHall.id,
            title: 'Renamed',
            preModerated: false,
            voteBudget: 5,
            hostIds: [w.users.other.id],
            moderatorIds: [],
          },
        },
        w.tokens.groupAdmin,
      );
      expect(data.updateTownHall).toMatchObject({
        id: w.townHall.id,
        title: 'Renamed',
        description: w.townHall.description,
        preModerated: false,
        voteBudget: 5,
        allowAnonymous: true,
        state: 'OPEN',
        hosts: [{ id: w.users.other.id }],
        moderators: [],
      });
      // The former host no longer hosts; the new one does.
      const asHost = await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.other);
      expect(asHost.townHall.viewer).toMatchObject({ canHost: true });
      const former = await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.host);
      expect(former.townHall.viewer).toMatchObject({ canHost: false, canManage: false });
    });

    it('refuses bad input and leaves the town hall as it was', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const id = w.townHall.id;
      for (const extra of [
        { title: '' },
        { title: 'y'.repeat(151) },
        { description: 'y'.repeat(5001) },
        { endsAt: inDays(-5) },
        { startsAt: inDays(30) },
        { hostIds: [] },
        { voteBudget: -1 },
        { voteBudget: 101 },
      ]) {
        const res = await t.gql(UPDATE, { input: { id, ...extra } }, w.tokens.hr);
        expect([extra, res.code]).toEqual([extra, ErrorCode.BAD_USER_INPUT]);
      }
      const after = await ok(t, TOWN_HALL, { id }, w.tokens.hr);
      expect(after.townHall).toMatchObject({
        title: w.townHall.title,
        startsAt: w.townHall.startsAt,
        endsAt: w.townHall.endsAt,
        voteBudget: null,
        hosts: [{ id: w.users.host.id }],
      });
      const missing = await t.gql(UPDATE, { input: { id: randomUUID(), title: 'x' } }, w.tokens.hr);
      expect(missing.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('a vote budget of 0 removes the budget', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { voteBudget: 3 } });
      expect(w.townHall.voteBudget).toBe(3);
      const data = await ok(
        t,
        UPDATE,
        { input: { id: w.townHall.id, voteBudget: 0 } },
        w.tokens.hr,
      );
      expect(data.updateTownHall).toMatchObject({ voteBudget: null, viewer: { votesLeft: null } });
    });

    it('its creator manages it even without a role that would let them create one now', async () => {
      const w = await townHallWorld(t, { creator: 'groupAdmin' });
      await t.ds.query(
        `UPDATE group_memberships SET role = $3 WHERE group_id = $1 AND user_id = $2`,
        [w.group.id, w.users.groupAdmin.id, GroupRole.MEMBER],
      );
      const seen = await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.groupAdmin);
      expect(seen.townHall.viewer.canManage).toBe(true);
      expect(seen.townHall.createdBy.id).toBe(w.users.groupAdmin.id);
      await ok(
        t,
        UPDATE,
        { input: { id: w.townHall.id, title: 'Still mine' } },
        w.tokens.groupAdmin,
      );
    });
  });

  describe('setTownHallState', () => {
    it('goes DRAFT → OPEN → LIVE → ENDED → ARCHIVED, and the shortcuts OPEN → ENDED and DRAFT → LIVE', async () => {
      const w = await townHallWorld(t);
      for (const state of ['OPEN', 'LIVE', 'ENDED', 'ARCHIVED']) {
        const data = await ok(t, SET_STATE, { id: w.townHall.id, state }, w.tokens.hr);
        expect(data.setTownHallState).toEqual({ id: w.townHall.id, state });
      }
      const open = await w.another({}, 'OPEN');
      expect(
        (await ok(t, SET_STATE, { id: open.id, state: 'ENDED' }, w.tokens.hr)).setTownHallState
          .state,
      ).toBe('ENDED');
      const draft = await w.another();
      expect(
        (await ok(t, SET_STATE, { id: draft.id, state: 'LIVE' }, w.tokens.orgAdmin))
          .setTownHallState.state,
      ).toBe('LIVE');
    });

    it('never goes back, never skips to the end, and says why', async () => {
      const w = await townHallWorld(t);
      const illegal: Array<[TownHallState, TownHallState]> = [
        ['DRAFT', 'ENDED'],
        ['DRAFT', 'ARCHIVED'],
        ['OPEN', 'DRAFT'],
        ['OPEN', 'OPEN'],
        ['LIVE', 'OPEN'],
        ['LIVE', 'DRAFT'],
        ['LIVE', 'LIVE'],
        ['ENDED', 'LIVE'],
        ['ENDED', 'OPEN'],
        ['ARCHIVED', 'ENDED'],
        ['ARCHIVED', 'DRAFT'],
      ];
      for (const [from, to] of illegal) {
        const th = await w.another({}, from);
        const res = await t.gql(SET_STATE, { id: th.id, state: to }, w.tokens.hr);
        expect([from, to, res.code]).toEqual([from, to, oneOf(ILLEGAL_MOVE)]);
        expect(res.errors![0]!.message).toMatch(/\w+ \w+/);
        const after = await ok(t, TOWN_HALL, { id: th.id }, w.tokens.hr);
        expect([from, to, after.townHall.state]).toEqual([from, to, from]);
      }
      const bad = await t.gql(SET_STATE, { id: w.townHall.id, state: 'PAUSED' }, w.tokens.hr);
      expect(bad.status).toBe(400);
    });
  });

  describe('who sees a town hall', () => {
    it('a group town hall is NOT_FOUND for someone outside the group and absent from their lists', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const res = await t.gql(TOWN_HALL, { id: w.townHall.id }, w.tokens.outsider);
      expect(res.code).toBe(ErrorCode.NOT_FOUND);
      expect(res.data?.townHall ?? null).toBeNull();
      for (const filter of [undefined, 'UPCOMING', 'LIVE', 'PAST'])
        expect(await listed(w.tokens.outsider, filter)).not.toContain(w.townHall.id);
      // The members see it in their lists. (HR and org admins see it too, but their lists hold
      // every town hall of the run, past the API's 200: they are asked for it by id.)
      for (const who of ['member', 'host', 'moderator', 'groupAdmin'] as const)
        expect([who, await listed(w.tokens[who], 'UPCOMING')]).toEqual([
          who,
          expect.arrayContaining([w.townHall.id]),
        ]);
      for (const who of ['hr', 'orgAdmin'] as const)
        expect([who, (await t.gql(TOWN_HALL, { id: w.townHall.id }, w.tokens[who])).code]).toEqual([
          who,
          undefined,
        ]);
      expect(
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.member)).townHall,
      ).toMatchObject({
        viewer: { canManage: false, canModerate: false, canHost: false, canAsk: true },
      });
    });

    it('someone who leaves the group stops seeing it', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      await t.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
        w.group.id,
        w.users.member.id,
      ]);
      expect((await t.gql(TOWN_HALL, { id: w.townHall.id }, w.tokens.member)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect(await listed(w.tokens.member)).not.toContain(w.townHall.id);
    });

    it('a DRAFT is seen only by managers, hosts and moderators', async () => {
      const w = await townHallWorld(t);
      for (const who of ['member', 'other', 'outsider'] as const) {
        expect([who, (await t.gql(TOWN_HALL, { id: w.townHall.id }, w.tokens[who])).code]).toEqual([
          who,
          ErrorCode.NOT_FOUND,
        ]);
        expect([who, await listed(w.tokens[who]), await listed(w.tokens[who], 'UPCOMING')]).toEqual(
          [
            who,
            expect.not.arrayContaining([w.townHall.id]),
            expect.not.arrayContaining([w.townHall.id]),
          ],
        );
      }
      for (const who of ['host', 'moderator', 'groupAdmin', 'groupOwner'] as const)
        expect([who, await listed(w.tokens[who], 'UPCOMING')]).toEqual([
          who,
          expect.arrayContaining([w.townHall.id]),
        ]);
      for (const who of ['hr', 'orgAdmin'] as const)
        expect([who, (await t.gql(TOWN_HALL, { id: w.townHall.id }, w.tokens[who])).code]).toEqual([
          who,
          undefined,
        ]);
      // An organisation-wide DRAFT is just as hidden from everyone else.
      const org = await townHallWorld(t, { audience: 'org' });
      expect((await t.gql(TOWN_HALL, { id: org.townHall.id }, org.tokens.member)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect(await listed(org.tokens.outsider, 'UPCOMING')).not.toContain(org.townHall.id);
    });

    it('an unknown or malformed id is NOT_FOUND', async () => {
      const w = await townHallWorld(t);
      expect((await t.gql(TOWN_HALL, { id: randomUUID() }, w.tokens.hr)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect((await t.gql(TOWN_HALL, { id: 'not-a-town-hall' }, w.tokens.hr)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });

    it('the lists: UPCOMING (soonest first), LIVE, PAST (latest first)', async () => {
      const w = await townHallWorld(t);
      const at = (days: number) => ({ startsAt: inDays(days), endsAt: inDays(days + 0.05) });
      const draft = w.townHall.id;
      const later = (await w.another(at(9), 'OPEN')).id;
      const sooner = (await w.another(at(2), 'OPEN')).id;
      const live = (await w.another(at(1), 'LIVE')).id;
      const ended = (await w.another(at(4), 'ENDED')).id;
      const archived = (await w.another(at(3), 'ARCHIVED')).id;
      const mine = new Set([draft, later, sooner, live, ended, archived]);
      const ours = async (token: string, filter?: string) =>
        (await listed(token, filter)).filter((id) => mine.has(id));

      // Soonest first; the DRAFT (which starts tomorrow, before the others) for managers only.
      expect(await ours(w.tokens.groupAdmin, 'UPCOMING')).toEqual([draft, sooner, later]);
      expect(await ours(w.tokens.member, 'UPCOMING')).toEqual([sooner, later]);
      expect(await ours(w.tokens.member, 'LIVE')).toEqual([live]);
      // Latest first.
      expect(await ours(w.tokens.member, 'PAST')).toEqual([ended, archived]);
      expect(new Set(await ours(w.tokens.member))).toEqual(
        new Set([sooner, later, live, ended, archived]),
      );
    });

    it('the lists come a page at a time, in order, with none missed or repeated (more than 200 of them)', async () => {
      const w = await townHallWorld(t);
      // 230 past town halls of the group, one a day back from last week, written straight in.
      const made: Array<{ id: string }> = await t.ds.query(
        `INSERT INTO town_halls (title, audience_group_id, state, starts_at, ends_at, allow_anonymous,
                                 pre_moderated, created_by_id)
         SELECT 'Past ' || n, $1, CASE WHEN n % 2 = 0 THEN 'ENDED' ELSE 'ARCHIVED' END,
                now() - (n + 7) * interval '1 day', now() - (n + 7) * interval '1 day' + interval '1 hour',
                true, false, $2
           FROM generate_series(1, 230) n ORDER BY n RETURNING id`,
        [w.group.id, w.users.hr.id],
      );
      const expected = made.map((r) => r.id); // latest first, as the list orders them
      const mine = new Set([...expected, w.townHall.id]);
      for (const first of [7, 50]) {
        const walked = await listAll(t, w.tokens.member, 'PAST', first);
        expect(new Set(walked.map((th) => th.id)).size).toBe(walked.length);
        expect(walked.map((th) => th.id).filter((id) => mine.has(id))).toEqual(expected);
        const starts = walked.map((th) => Date.parse(th.startsAt));
        expect(starts).toEqual([...starts].sort((a, b) => b - a));
      }
      // Without a filter: upcoming and live first (soonest first), then past (latest first).
      const everything = await listAll(t, w.tokens.hr, undefined, 50);
      const ours = everything.filter((th) => mine.has(th.id)).map((th) => th.id);
      expect(ours).toEqual([w.townHall.id, ...expected]);
      const pastAt = everything.findIndex((th) => th.state === 'ENDED' || th.state === 'ARCHIVED');
      expect(
        everything.slice(pastAt).every((th) => th.state === 'ENDED' || th.state === 'ARCHIVED'),
      ).toBe(true);
      // Someone outside the group's audience finds none of them on any page.
      expect((await listed(w.tokens.outsider, 'PAST')).filter((id) => mine.has(id))).toEqual([]);
    });

    it('a page larger than allowed, or a made-up cursor, is BAD_USER_INPUT', async () => {
      const w = await townHallWorld(t);
      expect((await t.gql(TOWN_HALLS, { first: 51 }, w.tokens.member)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect((await t.gql(TOWN_HALLS, { first: 0 }, w.tokens.member)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      const madeUp = (values: unknown[]) =>
        Buffer.from(JSON.stringify(values)).toString('base64url');
      for (const after of [
        'nope',
        madeUp([1, 'soon', randomUUID()]),
        madeUp([1, '-1795800000', 'not-an-id']),
        madeUp(['past', '-1795800000', randomUUID()]),
      ]) {
        expect([after, (await t.gql(TOWN_HALLS, { after }, w.tokens.member)).code]).toEqual([
          after,
          ErrorCode.BAD_USER_INPUT,
        ]);
      }
    });

    it('an organisation-wide town hall is seen by everyone signed in, and by nobody signed out', async () => {
      const w = await townHallWorld(t, { audience: 'org', state: 'OPEN' });
      const seen = await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.outsider);
      expect(seen.townHall).toMatchObject({ audienceGroupId: null, viewer: { canAsk: true } });
      expect(await listed(w.tokens.outsider, 'UPCOMING')).toContain(w.townHall.id);
      expect((await t.gql(TOWN_HALL, { id: w.townHall.id })).code).toBe(ErrorCode.UNAUTHENTICATED);
      expect((await t.gql(TOWN_HALLS, {})).code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('canAsk follows the state', async () => {
      const w = await townHallWorld(t);
      const canAsk = async () =>
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.host)).townHall.viewer.canAsk;
      expect(await canAsk()).toBe(false);
      await moveTo(t, w.tokens.hr, w.townHall.id, 'OPEN');
      expect(await canAsk()).toBe(true);
      await ok(t, SET_STATE, { id: w.townHall.id, state: 'LIVE' }, w.tokens.hr);
      expect(await canAsk()).toBe(true);
      await ok(t, SET_STATE, { id: w.townHall.id, state: 'ENDED' }, w.tokens.hr);
      expect(await canAsk()).toBe(false);
    });
  });
});
