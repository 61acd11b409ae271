import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { addMember, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import {
  ANSWER,
  ask,
  askPublished,
  CREATE,
  CSV,
  EDIT,
  MERGE,
  outcome,
  PUBLISH,
  QUEUE,
  REJECT,
  SET_STATE,
  SIMILAR,
  TH_ROLES,
  ThRole,
  ThWorld,
  ThWorldOptions,
  townHallInput,
  townHallWorld,
  UPDATE,
  VOTE,
  WITHDRAW,
} from './helpers';

const OK = 'OK';
const { FORBIDDEN: F, NOT_FOUND: N, UNAUTHENTICATED: U } = ErrorCode;
type Caller = ThRole | 'anonymous' | 'deactivated';
const CALLERS: Caller[] = [...TH_ROLES, 'anonymous', 'deactivated'];

interface Operation {
  name: string;
  world?: ThWorldOptions;
  prepare: (
    t: TestApp,
    w: ThWorld,
  ) =>
    | Promise<{ query: string; variables: Record<string, unknown> }>
    | { query: string; variables: Record<string, unknown> };
  expected: Record<Caller, string>;
}

const signedOut = { anonymous: U, deactivated: U };
/** Managers of a group town hall: the group's owner and admins, HR and org admins. */
const managers = (code: string) => ({
  groupOwner: code,
  groupAdmin: code,
  hr: code,
  orgAdmin: code,
});
/** The audience without a special role in the town hall (the group's plain members). */
const plain = (code: string) => ({ member: code, other: code });

const onTownHall =
  (query: string, extra: Record<string, unknown> = {}) =>
  (_t: TestApp, w: ThWorld) => ({
    query,
    variables: { id: w.townHall.id, ...extra },
  });
/** A member of the audience group who is none of the callers. */
const freshAsker = async (t: TestApp, w: ThWorld): Promise<string> => {
  const user = await createUser(t.ds);
  await addMember(t.ds, w.group, user);
  return t.tokenFor(user);
};
/** A question of someone who is none of the callers (published when the town hall is pre-moderated). */
const othersQuestion = async (t: TestApp, w: ThWorld, body = 'What is the plan for next year?') =>
  askPublished(t, w, await freshAsker(t, w), w.townHall.id, body);

const OPERATIONS: Operation[] = [
  {
    name: 'create a town hall for a CLOSED group',
    prepare: (_t, w) => ({ query: CREATE, variables: { input: townHallInput(w, 'group') } }),
    expected: {
      ...managers(OK),
      host: F,
      moderator: F,
      ...plain(F),
      outsider: F,
      ...signedOut,
    },
  },
  {
    name: 'create a town hall for a SECRET group (outsiders, HR among them, do not learn it exists)',
    world: { visibility: GroupVisibility.SECRET },
    prepare: (_t, w) => ({ query: CREATE, variables: { input: townHallInput(w, 'group') } }),
    expected: {
      ...managers(OK),
      hr: N,
      host: F,
      moderator: F,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'create an organisation-wide town hall',
    prepare: (_t, w) => ({ query: CREATE, variables: { input: townHallInput(w, 'org') } }),
    expected: {
      groupOwner: F,
      groupAdmin: F,
      hr: OK,
      orgAdmin: OK,
      host: F,
      moderator: F,
      ...plain(F),
      outsider: F,
      ...signedOut,
    },
  },
  {
    name: 'read a DRAFT (managers, hosts and moderators only)',
    prepare: onTownHall('query($id: ID!) { townHall(id: $id) { id state } }'),
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(N),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'read an OPEN group town hall',
    world: { state: 'OPEN' },
    prepare: onTownHall(
      'query($id: ID!) { townHall(id: $id) { id questions { edges { node { id } } } followUps { edges { node { id } } } summary { received } } }',
    ),
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(OK),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'read an OPEN organisation-wide town hall',
    world: { state: 'OPEN', audience: 'org' },
    prepare: onTownHall('query($id: ID!) { townHall(id: $id) { id } }'),
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(OK),
      outsider: OK,
      ...signedOut,
    },
  },
  {
    name: 'update (OPEN)',
    world: { state: 'OPEN' },
    prepare: (_t, w) => ({
      query: UPDATE,
      variables: { input: { id: w.townHall.id, title: 'A new title' } },
    }),
    expected: {
      ...managers(OK),
      host: F,
      moderator: F,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'update (DRAFT)',
    prepare: (_t, w) => ({
      query: UPDATE,
      variables: { input: { id: w.townHall.id, title: 'A new title' } },
    }),
    expected: {
      ...managers(OK),
      host: F,
      moderator: F,
      ...plain(N),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'open a DRAFT',
    prepare: onTownHall(SET_STATE, { state: 'OPEN' }),
    expected: {
      ...managers(OK),
      host: F,
      moderator: F,
      ...plain(N),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'go LIVE (hosts may)',
    world: { state: 'OPEN' },
    prepare: onTownHall(SET_STATE, { state: 'LIVE' }),
    expected: {
      ...managers(OK),
      host: OK,
      moderator: F,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'end a LIVE town hall (hosts may)',
    world: { state: 'LIVE' },
    prepare: onTownHall(SET_STATE, { state: 'ENDED' }),
    expected: {
      ...managers(OK),
      host: OK,
      moderator: F,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'archive an ENDED town hall',
    world: { state: 'ENDED' },
    prepare: onTownHall(SET_STATE, { state: 'ARCHIVED' }),
    expected: {
      ...managers(OK),
      host: F,
      moderator: F,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'ask (OPEN; the audience only)',
    world: { state: 'OPEN' },
    prepare: onTownHall(
      'mutation($id: ID!) { askTownHallQuestion(townHallId: $id, body: "Will we hire this year?") { id } }',
    ),
    // HR and org admins may see and manage it but are not in the group's audience.
    expected: {
      groupOwner: OK,
      groupAdmin: OK,
      hr: F,
      orgAdmin: F,
      host: OK,
      moderator: OK,
      ...plain(OK),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'the moderation queue',
    world: { state: 'OPEN' },
    prepare: async (t, w) => {
      await ask(t, await freshAsker(t, w), w.townHall.id, 'A pending question');
      return { query: QUEUE, variables: { id: w.townHall.id } };
    },
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'publish a pending question',
    world: { state: 'OPEN' },
    prepare: async (t, w) => {
      const q = await ask(t, await freshAsker(t, w), w.townHall.id, 'A pending question');
      return { query: PUBLISH, variables: { id: q.id } };
    },
    // A plain member cannot see someone else's pending question at all.
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(N),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'reject a published question',
    world: { state: 'OPEN' },
    prepare: async (t, w) => ({
      query: REJECT,
      variables: { id: (await othersQuestion(t, w)).id, reason: 'OFF_TOPIC', note: 'Ask HR' },
    }),
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'merge two published questions',
    world: { state: 'OPEN' },
    prepare: async (t, w) => {
      const a = await othersQuestion(t, w);
      const b = await othersQuestion(t, w, 'And next year’s plan?');
      return { query: MERGE, variables: { id: b.id, into: a.id } };
    },
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'edit a question',
    world: { state: 'OPEN' },
    prepare: async (t, w) => ({
      query: EDIT,
      variables: { id: (await othersQuestion(t, w)).id, body: 'What is the plan for 2027?' },
    }),
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'vote (the audience only)',
    world: { state: 'OPEN' },
    prepare: async (t, w) => ({
      query: VOTE,
      variables: { id: (await othersQuestion(t, w)).id, up: true },
    }),
    expected: {
      groupOwner: OK,
      groupAdmin: OK,
      hr: F,
      orgAdmin: F,
      host: OK,
      moderator: OK,
      ...plain(OK),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'withdraw the member’s published question (its asker only)',
    world: { state: 'OPEN', input: { preModerated: false } },
    prepare: async (t, w) => ({
      query: WITHDRAW,
      variables: { id: (await ask(t, w.tokens.member, w.townHall.id, 'My question')).id },
    }),
    expected: {
      ...managers(F),
      host: F,
      moderator: F,
      member: OK,
      other: F,
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'answer (LIVE; hosts only)',
    world: { state: 'LIVE' },
    prepare: async (t, w) => ({
      query: ANSWER,
      variables: { id: (await othersQuestion(t, w)).id, state: 'ANSWERING' },
    }),
    expected: {
      ...managers(F),
      host: OK,
      moderator: F,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'export as CSV (managers and hosts)',
    world: { state: 'LIVE' },
    prepare: async (t, w) => {
      await othersQuestion(t, w);
      return { query: CSV, variables: { id: w.townHall.id } };
    },
    expected: {
      ...managers(OK),
      host: OK,
      moderator: F,
      ...plain(F),
      outsider: N,
      ...signedOut,
    },
  },
  {
    name: 'similar questions',
    world: { state: 'OPEN' },
    prepare: async (t, w) => {
      await othersQuestion(t, w);
      return { query: SIMILAR, variables: { id: w.townHall.id, text: 'plans for next year' } };
    },
    expected: {
      ...managers(OK),
      host: OK,
      moderator: OK,
      ...plain(OK),
      outsider: N,
      ...signedOut,
    },
  },
];

describe('the town hall role matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  describe.each(OPERATIONS)('$name', (op) => {
    it.each(CALLERS)('as %s', async (caller) => {
      const w = await townHallWorld(t, op.world);
      const { query, variables } = await op.prepare(t, w);
      const res = await t.gql(
        query,
        variables,
        caller === 'anonymous' ? undefined : w.tokens[caller],
      );
      expect([outcome(res), res.errors?.[0]?.message]).toEqual([
        op.expected[caller],
        res.errors ? expect.any(String) : undefined,
      ]);
    });
  });
});
