import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLNamedType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLUnionType,
} from 'graphql';
import { OrgRole } from '@hearth/shared/util';
import { addMember, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from './support/test-app';
import { createPost, addComment, mention } from './conversation/helpers';
import { ask, askPublished, ok, townHallInput, moveTo, CREATE } from './townhalls/helpers';
import { listen, live, Live, settle, wsClient } from './realtime/ws-client';

/**
 * Walks every query and subscription in the committed schema (so a new one is walked too) as
 * people outside a SECRET group — someone who never was in it, HR, and a member who was removed —
 * with arguments made of the group's id, address and name and of the ids of what it holds, and
 * checks that no answer contains the group's id, address or name, nor its town hall's title, a
 * question asked there or a post's text. Each answer selects every field reachable a few levels
 * down, so a field added later is read as well.
 */

const SCHEMA_FILE = join(__dirname, '../../api/schema.graphql');
/** Levels of objects selected below each root field. */
const DEPTH = 4;

type Value = string | number | boolean | undefined;

function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string | null {
  if (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType) return '';
  if (depth === 0) return null;
  if (type instanceof GraphQLUnionType) return '{ __typename }';
  if (!(type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType)) return null;
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    // Only fields that need no argument (optional ones and those with defaults are left out).
    if (f.args.some((a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined))
      continue;
    const sub = selection(schema, getNamedType(f.type), depth - 1);
    if (sub === null) continue;
    parts.push(`${f.name}${sub ? ` ${sub}` : ''}`);
  }
  return parts.length ? `{ __typename ${parts.join(' ')} }` : null;
}

const typeName = (a: GraphQLArgument): string => a.type.toString();

/** The values tried for one argument: probes for IDs and strings, a fixed value for the rest. */
function valuesFor(a: GraphQLArgument, probes: string[]): Value[] {
  const named = getNamedType(a.type);
  const required = a.type instanceof GraphQLNonNull && a.defaultValue === undefined;
  if (named.name === 'ID' || named.name === 'String')
    return required ? probes : [undefined, ...probes];
  if (a.defaultValue !== undefined) return [undefined];
  if (named.name === 'Int') return [20];
  if (named.name === 'Boolean') return [false];
  if (named instanceof GraphQLEnumType)
    return required ? [named.getValues()[0]?.value as string] : [undefined];
  if (named instanceof GraphQLInputObjectType) throw new Error(`no value for ${a.name}`);
  return [undefined];
}

/** Every combination of argument values (the field's arguments, each from its own list). */
function combinations(
  args: readonly GraphQLArgument[],
  probes: string[],
): Array<Record<string, Value>> {
  let out: Array<Record<string, Value>> = [{}];
  for (const a of args) {
    const next: Array<Record<string, Value>> = [];
    for (const partial of out)
      for (const v of valuesFor(a, probes))
        next.push(v === undefined ? partial : { ...partial, [a.name]: v });
    out = next;
  }
  return out;
}

function document(
  schema: GraphQLSchema,
  op: 'query' | 'subscription',
  f: GraphQLField<unknown, unknown>,
): string {
  const vars = f.args.map((a) => `$${a.name}: ${typeName(a)}`).join(', ');
  const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sel = selection(schema, getNamedType(f.type), DEPTH) ?? '';
  return `${op}${vars ? `(${vars})` : ''} { ${f.name}${args ? `(${args})` : ''} ${sel} }`;
}

/** The answer as text, without the caller's own arguments where an error message repeats them. */
function answerText(body: unknown, supplied: Value[]): string {
  let text = JSON.stringify(body);
  for (const v of supplied)
    if (typeof v === 'string' && v) text = text.split(JSON.stringify(v).slice(1, -1)).join('«arg»');
  return text;
}

describe('a SECRET group, walked from outside through every query and subscription', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let url: string;
  /** What nobody outside may read. */
  let secrets: Record<string, string>;
  let probes: string[];
  let callers: Record<string, string>;
  let owner: string;
  let member: string;
  let groupId: string;
  let townHallId: string;

  beforeAll(async () => {
    // Full selections cost more than an ordinary client's: the limits are raised for this walk.
    t = await bootTestApp({ GRAPHQL_MAX_COST: '1000000', GRAPHQL_MAX_DEPTH: '20' });
    schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    url = await listen(t);
    const tag = Math.random().toString(36).slice(2, 10);
    const make = async (name: string, orgRole = OrgRole.MEMBER) => {
      const user = await createUser(t.ds, { displayName: `${name} ${tag}`, orgRole });
      return { user, token: await t.tokenFor(user) };
    };
    const o = await make('Owner');
    const m = await make('Member');
    const host = await make('Host');
    const gone = await make('Removed');
    const outsider = await make('Outsider');
    const hr = await make('HR', OrgRole.HR);
    owner = o.token;
    member = m.token;
    const group = (
      await ok(
        t,
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug name } }`,
        {
          input: {
            name: `Hushed ${tag}`,
            description: `Quiet ${tag}`,
            category: 'PROJECT',
            visibility: 'SECRET',
            membershipQuestions: [],
          },
        },
        o.token,
      )
    ).createGroup;
    groupId = group.id;
    const groupEntity = { id: group.id } as never;
    for (const p of [m, host, gone]) await addMember(t.ds, groupEntity, p.user);
    const post = await createPost(t, o.token, {
      groupId: group.id,
      kind: 'POLL',
      body: `The hushed plan ${tag} for ${mention(gone.user)}`,
      poll: { options: [`Yes ${tag}`, `No ${tag}`] },
    });
    const comment = await addComment(t, m.token, post.id, `A hushed reply ${tag}`);
    const w = { users: { host: host.user, moderator: host.user }, group: { id: group.id } };
    const th = (
      await ok(
        t,
        CREATE,
        { input: townHallInput(w as never, 'group', { title: `Hushed town hall ${tag}` }) },
        o.token,
      )
    ).createTownHall;
    townHallId = th.id;
    await moveTo(t, o.token, th.id, 'OPEN');
    const question = await askPublished(
      t,
      { tokens: { moderator: host.token } } as never,
      gone.token,
      th.id,
      `What is the hushed budget ${tag}?`,
    );
    await t.jobsDone();
    await t.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
      group.id,
      gone.user.id,
    ]);
    secrets = {
      'group id': group.id,
      'group address': group.slug,
      'group name': group.name,
      'town hall title': th.title,
      question: question.body,
      post: `The hushed plan ${tag}`,
    };
    const pollOptions: Array<{ id: string }> = post.poll.options;
    probes = [
      group.id,
      group.slug,
      group.name,
      th.id,
      question.id,
      post.id,
      comment.id,
      ...pollOptions.map((p) => p.id),
      question.body,
    ];
    callers = { outsider: outsider.token, hr: hr.token, removed: gone.token };
  }, 120_000);
  afterAll(() => t.close());

  const leaks = (text: string): string[] =>
    Object.entries(secrets)
      .filter(([, s]) => text.includes(s))
      .map(([k]) => k);

  it('every query, as each outsider, with every argument made of the group and what it holds', async () => {
    const found: string[] = [];
    let calls = 0;
    for (const f of Object.values(schema.getQueryType()!.getFields())) {
      const doc = document(schema, 'query', f);
      for (const variables of combinations(f.args, probes))
        for (const [who, token] of Object.entries(callers)) {
          const res = await t.gql(doc, variables, token);
          calls++;
          const bad = leaks(
            answerText({ data: res.data, errors: res.errors }, Object.values(variables)),
          );
          if (bad.length)
            found.push(`${who}: ${f.name}(${JSON.stringify(variables)}) shows ${bad.join(', ')}`);
        }
    }
    expect(found).toEqual([]);
    // The walk did reach the fields that matter.
    expect(calls).toBeGreaterThan(300);
  }, 600_000);

  it('every subscription, as each outsider, while the group is busy', async () => {
    const subs: Array<{ label: string; live: Live; supplied: Value[] }> = [];
    const clients = [];
    for (const [who, token] of Object.entries(callers))
      for (const f of Object.values(schema.getSubscriptionType()!.getFields())) {
        const client = wsClient(url, token);
        clients.push(client);
        const doc = document(schema, 'subscription', f);
        for (const variables of combinations(f.args, probes))
          subs.push({
            label: `${who}: ${f.name}(${JSON.stringify(variables)})`,
            live: live(client, doc, variables),
            supplied: Object.values(variables),
          });
      }
    await settle(500);
    // Activity in the group and its town hall while everyone listens.
    const post = await createPost(t, owner, { groupId, body: `More ${secrets['post']}` });
    await addComment(t, member, post.id, 'And a reply');
    await ask(t, member, townHallId, `Another ${secrets['question']}`);
    await t.jobsDone();
    await settle(800);
    const found = subs.flatMap((s) => {
      const bad = leaks(answerText({ events: s.live.events, errors: s.live.errors }, s.supplied));
      return bad.length ? [`${s.label} shows ${bad.join(', ')}`] : [];
    });
    for (const s of subs) s.live.stop();
    for (const c of clients) void c.dispose();
    expect(found).toEqual([]);
    expect(subs.length).toBeGreaterThan(20);
  }, 120_000);
});
