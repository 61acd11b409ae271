import { GroupRole, GroupVisibility, OrgRole } from '@hearth/shared/util';
import { GroupEntity } from '@hearth/api/groups';
import { UserEntity } from '@hearth/api/identity';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { GqlResult, TestApp } from '../support/test-app';

/** Every field of a town hall but its lists of questions (each of which is asked for on its own). */
export const TOWN_HALL_FIELDS = `id title description state startsAt endsAt allowAnonymous preModerated voteBudget
  audienceGroupId audienceGroupName hosts { id displayName } moderators { id displayName } createdBy { id displayName }
  createdAt publishedCount viewer { canManage canModerate canHost canAsk canAskAnonymously votesLeft }`;

export const QUESTION_FIELDS = `id townHallId body anonymous author { id displayName email } status answerState
  answer answeredAt answeredBy { id displayName } deferredTo { id displayName } deferredUntil voteCount
  viewerHasVoted isMine rejectReason rejectNote mergedIntoId editedByModerator createdAt publishedAt`;

export const SUMMARY_FIELDS = `received published merged rejected rejectedByReason { reason count }
  withdrawn answeredLive answeredInWriting deferredOpen unanswered medianSecondsToAnswer`;

export const TOWN_HALL = `query($id: ID!) { townHall(id: $id) { ${TOWN_HALL_FIELDS}
  answering { ${QUESTION_FIELDS} } } }`;
export const TOWN_HALLS = `query($f: TownHallListFilter, $first: Int = 50, $after: String) {
  townHalls(filter: $f, first: $first, after: $after) {
    edges { cursor node { id state startsAt } } pageInfo { hasNextPage endCursor } } }`;

/** Every town hall a person's list holds, walking all its pages. */
export async function listAll(
  t: TestApp,
  token: string,
  filter?: string,
  first = 50,
): Promise<Array<{ id: string; state: string; startsAt: string }>> {
  const all: Array<{ id: string; state: string; startsAt: string }> = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await ok(t, TOWN_HALLS, { f: filter, first, after }, token)).townHalls;
    all.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}
export const QUESTIONS = `query($id: ID!, $order: TownHallQuestionOrder! = TOP, $first: Int! = 100, $after: String) {
  townHall(id: $id) { questions(order: $order, first: $first, after: $after) {
    edges { cursor node { ${QUESTION_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`;
export const QUESTION = `query($id: ID!) { townHallQuestion(id: $id) { ${QUESTION_FIELDS} } }`;
export const QUEUE = `query($id: ID!, $first: Int! = 100, $after: String) { townHall(id: $id) {
  moderationQueue(first: $first, after: $after) {
    edges { cursor node { ${QUESTION_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`;
export const FOLLOW_UPS = `query($id: ID!, $first: Int! = 100, $after: String) { townHall(id: $id) {
  followUps(first: $first, after: $after) {
    edges { cursor node { ${QUESTION_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`;
export const SUMMARY = `query($id: ID!) { townHall(id: $id) { summary { ${SUMMARY_FIELDS} } } }`;
export const SIMILAR = `query($id: ID!, $text: String!) { similarTownHallQuestions(townHallId: $id, text: $text) {
  ${QUESTION_FIELDS} } }`;
export const CSV = `query($id: ID!) { townHallCsv(id: $id) }`;

export const CREATE = `mutation($input: CreateTownHallInput!) { createTownHall(input: $input) { ${TOWN_HALL_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateTownHallInput!) { updateTownHall(input: $input) { ${TOWN_HALL_FIELDS} } }`;
export const SET_STATE = `mutation($id: ID!, $state: TownHallState!) { setTownHallState(id: $id, state: $state) { id state } }`;
export const ASK = `mutation($id: ID!, $body: String!, $anonymous: Boolean) {
  askTownHallQuestion(townHallId: $id, body: $body, anonymous: $anonymous) { ${QUESTION_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawTownHallQuestion(id: $id) { ${QUESTION_FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!) { publishTownHallQuestion(id: $id) { ${QUESTION_FIELDS} } }`;
export const REJECT = `mutation($id: ID!, $reason: TownHallRejectReason!, $note: String) {
  rejectTownHallQuestion(id: $id, reason: $reason, note: $note) { ${QUESTION_FIELDS} } }`;
export const MERGE = `mutation($id: ID!, $into: ID!) { mergeTownHallQuestion(id: $id, intoId: $into) { ${QUESTION_FIELDS} } }`;
export const EDIT = `mutation($id: ID!, $body: String!) { editTownHallQuestion(id: $id, body: $body) { ${QUESTION_FIELDS} } }`;
export const VOTE = `mutation($id: ID!, $up: Boolean!) { voteTownHallQuestion(id: $id, up: $up) { ${QUESTION_FIELDS} } }`;
export const ANSWER = `mutation($id: ID!, $state: TownHallAnswerState!, $answer: String, $to: ID, $until: DateTime) {
  answerTownHallQuestion(input: { id: $id, state: $state, answer: $answer, deferredToId: $to, deferredUntil: $until }) {
    ${QUESTION_FIELDS} } }`;
export const EVENTS = `subscription($id: ID!) { townHallEvents(townHallId: $id) { kind townHallId questionId voteCount } }`;

/** The codes a refused change of state may carry (the issue allows either). */
export const ILLEGAL_MOVE = ['BAD_USER_INPUT', 'CONFLICT'];

/** Runs an operation that must succeed and returns its data. */
export async function ok<T = any>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res = await t.gql<T>(query, variables, token);
  if (res.errors || !res.data)
    throw new Error(
      `expected success, got ${res.status} ${JSON.stringify(res.errors)}\nfor ${query.slice(0, 120)}`,
    );
  return res.data;
}

const DAY = 86_400_000;
export const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

/**
 * The people around a town hall. Its audience group has an owner, an admin, a host and a moderator
 * of the town hall (plain members of the group), two plain members, and a member whose account is
 * deactivated; outside it are an outsider, HR and an org admin.
 */
export const TH_ROLES = [
  'groupOwner',
  'groupAdmin',
  'host',
  'moderator',
  'member',
  'other',
  'outsider',
  'hr',
  'orgAdmin',
] as const;
export type ThRole = (typeof TH_ROLES)[number];

export type TownHallState = 'DRAFT' | 'OPEN' | 'LIVE' | 'ENDED' | 'ARCHIVED';
const PATH: TownHallState[] = ['OPEN', 'LIVE', 'ENDED', 'ARCHIVED'];

export interface ThWorld {
  group: GroupEntity;
  users: Record<ThRole | 'deactivated', UserEntity>;
  tokens: Record<ThRole | 'deactivated', string>;
  /**
   * The town hall as its creator (HR unless told otherwise; the group's owner for a SECRET group)
   * got it back from createTownHall.
   */
  townHall: any;
  /** Creates another town hall with the same people (as HR unless told otherwise). */
  another: (input?: Record<string, unknown>, state?: TownHallState, as?: ThRole) => Promise<any>;
}

export interface ThWorldOptions {
  /** `group` (the default): the audience is the group's members; `org`: everyone. */
  audience?: 'group' | 'org';
  visibility?: GroupVisibility;
  state?: TownHallState;
  /** Overrides of CreateTownHallInput. */
  input?: Record<string, unknown>;
  creator?: ThRole;
}

/** The input of a town hall with the world's host and moderator, starting tomorrow. */
export function townHallInput(
  w: Pick<ThWorld, 'users' | 'group'>,
  audience: 'group' | 'org',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    title: 'All hands: the year ahead',
    description: 'Questions for the leadership team.',
    audienceGroupId: audience === 'group' ? w.group.id : null,
    startsAt: inDays(1),
    endsAt: new Date(Date.parse(inDays(1)) + 3_600_000).toISOString(),
    hostIds: [w.users.host.id],
    moderatorIds: [w.users.moderator.id],
    ...extra,
  };
}

/** Moves a town hall forward from DRAFT to `state` through each state on the way. */
export async function moveTo(
  t: TestApp,
  token: string,
  id: string,
  state: TownHallState,
): Promise<void> {
  for (const s of PATH.slice(0, PATH.indexOf(state) + 1))
    await ok(t, SET_STATE, { id, state: s }, token);
}

export async function townHallWorld(t: TestApp, opts: ThWorldOptions = {}): Promise<ThWorld> {
  const audience = opts.audience ?? 'group';
  const make = (name: string, orgRole = OrgRole.MEMBER) =>
    createUser(t.ds, {
      displayName: `${name} ${Math.random().toString(36).slice(2, 8)}`,
      orgRole,
    });
  const groupOwner = await make('Owner');
  const group = await createGroup(t.ds, {
    owner: groupOwner,
    visibility: opts.visibility ?? GroupVisibility.CLOSED,
  });
  const users = {
    groupOwner,
    groupAdmin: await make('Admin'),
    host: await make('Host'),
    moderator: await make('Moderator'),
    member: await make('Member'),
    other: await make('Other'),
    outsider: await make('Outsider'),
    hr: await make('HR', OrgRole.HR),
    orgAdmin: await make('OrgAdmin', OrgRole.ADMIN),
    deactivated: await make('Deactivated'),
  };
  await addMember(t.ds, group, users.groupAdmin, GroupRole.ADMIN);
  for (const u of [users.host, users.moderator, users.member, users.other, users.deactivated])
    await addMember(t.ds, group, u);
  const tokens = {} as ThWorld['tokens'];
  for (const [k, u] of Object.entries(users)) tokens[k as ThRole] = await t.tokenFor(u);
  await t.ds.getRepository(UserEntity).update({ id: users.deactivated.id }, { active: false });

  // A SECRET group's town hall is not HR's to hold (HR is not in the group): its owner holds it.
  const byDefault: ThRole = opts.visibility === GroupVisibility.SECRET ? 'groupOwner' : 'hr';
  const another: ThWorld['another'] = async (input = {}, state = 'DRAFT', as = byDefault) => {
    const data = await ok(
      t,
      CREATE,
      { input: townHallInput({ users, group }, audience, input) },
      tokens[as],
    );
    const th = data.createTownHall;
    await moveTo(t, tokens[as], th.id, state);
    return { ...th, state };
  };
  const townHall = await another(opts.input, opts.state ?? 'DRAFT', opts.creator ?? byDefault);
  return { group, users, tokens, townHall, another };
}

/** Asks a question that must be accepted and returns it. */
export async function ask(
  t: TestApp,
  token: string,
  townHallId: string,
  body: string,
  anonymous = false,
): Promise<any> {
  return (await ok(t, ASK, { id: townHallId, body, anonymous }, token)).askTownHallQuestion;
}

/** Asks and has a moderator publish it (a no-op when the town hall is not pre-moderated). */
export async function askPublished(
  t: TestApp,
  w: Pick<ThWorld, 'tokens'>,
  asker: string,
  townHallId: string,
  body: string,
  anonymous = false,
): Promise<any> {
  const q = await ask(t, asker, townHallId, body, anonymous);
  if (q.status === 'PUBLISHED') return q;
  return (await ok(t, PUBLISH, { id: q.id }, w.tokens.moderator)).publishTownHallQuestion;
}

export async function questions(
  t: TestApp,
  token: string,
  townHallId: string,
  order = 'TOP',
  first?: number,
): Promise<any[]> {
  const data = await ok(t, QUESTIONS, { id: townHallId, order, first }, token);
  return data.townHall.questions.edges.map((e: any) => e.node);
}

/** Every question in one order, read a page of `first` at a time (and how many pages it took). */
export async function allQuestions(
  t: TestApp,
  token: string,
  townHallId: string,
  order: string,
  first: number,
): Promise<{ questions: any[]; pages: number }> {
  const all: any[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const data: any = await ok(t, QUESTIONS, { id: townHallId, order, first, after }, token);
    const page: any = data.townHall.questions;
    expect(page.edges.length).toBeLessThanOrEqual(first);
    all.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return { questions: all, pages };
    after = page.pageInfo.endCursor;
  }
}

export async function vote(t: TestApp, token: string, id: string, up = true): Promise<any> {
  return (await ok(t, VOTE, { id, up }, token)).voteTownHallQuestion;
}

export async function answer(
  t: TestApp,
  token: string,
  id: string,
  state: string,
  extra: { answer?: string; to?: string; until?: string } = {},
): Promise<any> {
  return (await ok(t, ANSWER, { id, state, ...extra }, token)).answerTownHallQuestion;
}

/** The rows of the town hall's questions (whatever their status), straight from the database. */
export async function questionRows(t: TestApp, townHallId: string): Promise<any[]> {
  return t.ds.query<any[]>(`SELECT * FROM town_hall_questions WHERE town_hall_id = $1`, [
    townHallId,
  ]);
}

/** Every table of the feature, found by name so that a table the tests do not know is still read. */
export async function townHallTables(t: TestApp): Promise<string[]> {
  const rows = await t.ds.query<Array<{ table_name: string }>>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name LIKE 'town\\_hall%' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

export const drain = (t: TestApp): Promise<void> => t.jobsDone();

export const NOTIFICATIONS = `{ notifications(first: 50) { edges { node {
  id kind summary link detail groupId postId actors { id displayName } actorCount eventCount read } } } }`;

/** The person's notifications, after every recorded job has run. */
export async function notifications(t: TestApp, token: string): Promise<any[]> {
  await drain(t);
  const data = await ok(t, NOTIFICATIONS, {}, token);
  return data.notifications.edges.map((e: { node: unknown }) => e.node);
}

/** The notifications about a given town hall (by kind, link or text). */
export async function notesAbout(t: TestApp, token: string, townHallId: string): Promise<any[]> {
  return (await notifications(t, token)).filter(
    (n) => /TOWN_HALL/.test(n.kind) || JSON.stringify(n).includes(townHallId),
  );
}

/** The outcome of a request: OK or the first error's code. */
export const outcome = (res: GqlResult<unknown>): string =>
  res.errors ? (res.code ?? 'ERROR') : 'OK';

export const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Matches any one of the given codes (where the issue allows more than one). */
export const oneOf = (codes: string[]): unknown => expect.stringMatching(`^(${codes.join('|')})$`);

/** Runs a `SELECT count(*)::int AS n …` and returns n. */
export async function countRows(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.ds.query<Array<{ n: number }>>(sql, params);
  return row!.n;
}
