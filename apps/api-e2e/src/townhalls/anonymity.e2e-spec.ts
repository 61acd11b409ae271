import { randomUUID } from 'node:crypto';
import { Outbox } from '@hearth/api/core';
import { addMember, createUser } from '@hearth/api/testing';
import { Client } from 'graphql-ws';
import { bootTestApp, GqlResult, TestApp } from '../support/test-app';
import { listen, live, Live, settle, wsClient } from '../realtime/ws-client';
import {
  ANSWER,
  ASK,
  CSV,
  drain,
  EDIT,
  EVENTS,
  FOLLOW_UPS,
  MERGE,
  NOTIFICATIONS,
  PUBLISH,
  QUESTION,
  QUESTION_FIELDS,
  QUESTIONS,
  QUEUE,
  SIMILAR,
  SUMMARY,
  TOWN_HALL,
  TOWN_HALL_FIELDS,
  TOWN_HALLS,
  townHallTables,
  townHallWorld,
  VOTE,
  WITHDRAW,
  inDays,
} from './helpers';

/**
 * An anonymous question must not be traceable to its asker through anything the API gives anyone,
 * nor through the rows it writes. The test asks anonymously, runs the question through everything
 * that can happen to it, collects every response every role can get, and searches them all.
 */
describe('anonymous questions stay anonymous', () => {
  let t: TestApp;
  let url: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await bootTestApp();
    url = await listen(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    await t.close();
  });

  it('no response to any role, no event, no notification, no job and no town-hall row names the asker; the asker still knows it is theirs', async () => {
    const w = await townHallWorld(t, { state: 'LIVE', input: { voteBudget: 2 } });
    const tag = randomUUID().slice(0, 8);
    const asker = await createUser(t.ds, {
      displayName: `Zephyrine Quillfeather ${tag}`,
      email: `zephyrine.quillfeather.${tag}@example.test`,
    });
    await addMember(t.ds, w.group, asker);
    const secrets = [asker.id, asker.email, asker.displayName];
    const tokens = {
      asker: await t.tokenFor(asker),
      member: w.tokens.member,
      moderator: w.tokens.moderator,
      host: w.tokens.host,
      hr: w.tokens.hr,
      orgAdmin: w.tokens.orgAdmin,
      groupAdmin: w.tokens.groupAdmin,
    };
    type Who = keyof typeof tokens;
    const everyone = Object.keys(tokens) as Who[];
    const id = w.townHall.id;

    /** Everything anyone got back, labelled. */
    const seen: Array<{ label: string; text: string }> = [];
    const keep = (label: string, res: GqlResult<unknown>) =>
      seen.push({ label, text: JSON.stringify({ data: res.data, errors: res.errors }) });
    const call = async (
      who: Who,
      label: string,
      query: string,
      variables: Record<string, unknown>,
    ) => {
      const res = await t.gql(query, variables, tokens[who]);
      keep(`${who}: ${label}`, res);
      return res;
    };
    const must = async (
      who: Who,
      label: string,
      query: string,
      variables: Record<string, unknown>,
    ) => {
      const res = await call(who, label, query, variables);
      if (res.errors) throw new Error(`${who} ${label}: ${JSON.stringify(res.errors)}`);
      return res.data;
    };

    // Every job recorded while the test runs, as recorded (jobs may run and vanish before a query sees them).
    const outbox = t.app.get(Outbox);
    const record = outbox.record.bind(outbox);
    const jobs: unknown[] = [];
    outbox.record = (m, kind, payload, ...rest) => {
      jobs.push({ kind, payload });
      return record(m, kind, payload, ...rest);
    };

    // Rows outside the feature that mention the asker before they ask (their own notifications, say).
    const tables = ['notifications', 'outbox_jobs', 'audit_log'];
    const existing = new Set(
      (
        await t.ds.query<Array<{ table_name: string }>>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1)`,
          [tables],
        )
      ).map((r) => r.table_name),
    );
    const mentioning = async (): Promise<Record<string, string[]>> => {
      const out: Record<string, string[]> = {};
      for (const table of tables.filter((x) => existing.has(x))) {
        const rows = await t.ds.query<unknown[]>(`SELECT * FROM ${table}`);
        out[table] = rows
          .map((r) => JSON.stringify(r))
          .filter((s) => secrets.some((x) => s.includes(x)));
      }
      return out;
    };
    const before = await mentioning();

    // Everyone listens from the start.
    const streams: Array<[Who, Live]> = everyone.map((who) => {
      const c = wsClient(url, tokens[who]);
      clients.push(c);
      return [who, live(c, EVENTS, { id })];
    });
    await settle(300);

    // --- The asker asks four questions anonymously; a member asks one with their name.
    const asked = async (body: string) => {
      const data = await must('asker', `ask "${body}"`, ASK, { id, body, anonymous: true });
      return data.askTownHallQuestion;
    };
    const q1 = await asked('What is the real reason the Oslo team was let go?');
    expect(q1).toMatchObject({ anonymous: true, author: null, isMine: true, status: 'PENDING' });
    const q2 = await asked('Is the pay review going to be fair this time?');
    const q3 = await asked('Will the promised follow-up on hiring ever happen?');
    const q4 = await asked('Are we really moving offices next spring?');
    const named = (
      await must('member', 'ask named', ASK, { id, body: 'Are we moving offices next year?' })
    ).askTownHallQuestion;

    // --- Moderation: the queue, publishing, editing, merging; the asker withdraws one.
    await must('moderator', 'queue', QUEUE, { id });
    await must('host', 'queue', QUEUE, { id });
    await must('moderator', 'publish q1', PUBLISH, { id: q1.id });
    await must('moderator', 'edit q1', EDIT, {
      id: q1.id,
      body: 'What is the reason the Oslo team was let go?',
    });
    await must('moderator', 'publish q3', PUBLISH, { id: q3.id });
    await must('moderator', 'publish named', PUBLISH, { id: named.id });
    await must('moderator', 'merge q4 into named', MERGE, { id: q4.id, into: named.id });
    const withdrawn = await must('asker', 'withdraw q2', WITHDRAW, { id: q2.id });
    expect(withdrawn.withdrawTownHallQuestion).toMatchObject({ status: 'WITHDRAWN', isMine: true });

    // --- Votes, and refusals: over the budget, on a withdrawn question, someone else withdrawing.
    await must('member', 'vote q1', VOTE, { id: q1.id, up: true });
    await must('groupAdmin', 'vote q1', VOTE, { id: q1.id, up: true });
    await must('member', 'vote named', VOTE, { id: named.id, up: true });
    expect((await call('member', 'vote over budget', VOTE, { id: q3.id, up: true })).code).toBe(
      'CONFLICT',
    );
    expect(
      (await call('asker', 'vote withdrawn q2', VOTE, { id: q2.id, up: true })).errors,
    ).toBeDefined();
    expect((await call('member', 'withdraw q1', WITHDRAW, { id: q1.id })).code).toBe('FORBIDDEN');
    expect((await call('moderator', 'withdraw q1', WITHDRAW, { id: q1.id })).code).toBe(
      'FORBIDDEN',
    );

    // --- Answering: live, deferred, in writing (the merged one).
    await must('host', 'answering q1', ANSWER, { id: q1.id, state: 'ANSWERING' });
    await must('host', 'answered q1', ANSWER, { id: q1.id, state: 'ANSWERED_LIVE' });
    await must('host', 'defer q3', ANSWER, {
      id: q3.id,
      state: 'DEFERRED',
      to: w.users.hr.id,
      until: inDays(5),
    });
    await must('host', 'answer named', ANSWER, {
      id: named.id,
      state: 'ANSWERED_IN_WRITING',
      answer: 'No move is planned.',
    });

    // --- The asker goes past the rate limit (5 questions in 10 minutes), anonymously.
    let limited: GqlResult<unknown> | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await call('asker', `ask past the limit #${i}`, ASK, {
        id,
        body: `One more anonymous question #${i}`,
        anonymous: true,
      });
      if (res.errors) limited = res;
    }
    expect(limited?.code).toBe('RATE_LIMITED');

    await drain(t);
    await settle(500);

    // --- Everything every role can read about the town hall.
    const reads: Array<[string, string, Record<string, unknown>]> = [
      ['townHall', TOWN_HALL, { id }],
      ['moderationQueue', QUEUE, { id }],
      ['followUps', FOLLOW_UPS, { id }],
      ['summary', SUMMARY, { id }],
      ['similar', SIMILAR, { id, text: 'reason the Oslo team was let go' }],
      ['similar (offices)', SIMILAR, { id, text: 'moving offices' }],
      ['csv', CSV, { id }],
      ['townHalls', TOWN_HALLS, {}],
      [
        'townHalls LIVE, every field',
        `{ townHalls(filter: LIVE, first: 50) { edges { node { ${TOWN_HALL_FIELDS} answering { ${QUESTION_FIELDS} } } } } }`,
        {},
      ],
      ['notifications', NOTIFICATIONS, {}],
      ...['TOP', 'NEWEST', 'ANSWERED', 'MINE'].map(
        (order) =>
          [`questions ${order}`, QUESTIONS, { id, order }] as [
            string,
            string,
            Record<string, unknown>,
          ],
      ),
      ...[q1, q2, q3, q4, named].map(
        (q, i) =>
          [`townHallQuestion #${i}`, QUESTION, { id: q.id }] as [
            string,
            string,
            Record<string, unknown>,
          ],
      ),
    ];
    for (const who of everyone)
      for (const [label, query, variables] of reads) await call(who, label, query, variables);
    for (const [who, stream] of streams)
      seen.push({
        label: `${who}: townHallEvents`,
        text: JSON.stringify({ events: stream.events, errors: stream.errors }),
      });
    // The moderators saw the questions arrive live; the audience saw them published and answered.
    const kinds = (who: Who) =>
      streams.find(([w2]) => w2 === who)![1].events.map((e: any) => e.kind);
    expect(kinds('moderator')).toEqual(
      expect.arrayContaining(['QUEUE_CHANGED', 'QUESTION_PUBLISHED']),
    );
    expect(kinds('member')).toEqual(
      expect.arrayContaining(['QUESTION_PUBLISHED', 'VOTES_CHANGED', 'ANSWERING_CHANGED']),
    );

    // --- The asker still knows which are theirs, and nobody else does.
    const mine = (
      await must('asker', 'mine', QUESTIONS, { id, order: 'MINE' })
    ).townHall.questions.edges.map((e: any) => e.node);
    const byId = new Map(mine.map((q: any) => [q.id, q]));
    expect(byId.get(q1.id)).toMatchObject({
      isMine: true,
      anonymous: true,
      author: null,
      status: 'PUBLISHED',
    });
    expect(byId.get(q2.id)).toMatchObject({ isMine: true, status: 'WITHDRAWN' });
    expect(byId.get(q3.id)).toMatchObject({ isMine: true, answerState: 'DEFERRED' });
    expect(byId.get(q4.id)).toMatchObject({
      isMine: true,
      status: 'MERGED',
      mergedIntoId: named.id,
    });
    for (const who of ['member', 'moderator', 'host', 'hr'] as const) {
      const q = (await must(who, 'q1 again', QUESTION, { id: q1.id })).townHallQuestion;
      expect([who, q.isMine, q.author]).toEqual([who, false, null]);
    }
    // …and can still withdraw one that is published and not answered (the deferred one).
    const out = await must('asker', 'withdraw q3', WITHDRAW, { id: q3.id });
    expect(out.withdrawTownHallQuestion).toMatchObject({
      id: q3.id,
      status: 'WITHDRAWN',
      isMine: true,
    });

    // --- Nothing seen names the asker.
    const leaks = seen
      .filter((s) => secrets.some((x) => s.text.includes(x)))
      .map((s) => `${s.label}: ${secrets.filter((x) => s.text.includes(x)).join(', ')}`);
    expect(leaks).toEqual([]);
    // The net catches names: the member who asked with their name is found, by id, email and name.
    const namedAsker = [w.users.member.id, w.users.member.email, w.users.member.displayName];
    expect(namedAsker.map((x) => seen.some((s) => s.text.includes(x)))).toEqual([true, true, true]);
    expect(seen.length).toBeGreaterThan(everyone.length * reads.length);

    // --- The database: no town-hall row holds the asker; nothing new elsewhere mentions them.
    const rowLeaks: string[] = [];
    const featureTables = await townHallTables(t);
    expect(featureTables).toEqual(expect.arrayContaining(['town_halls', 'town_hall_questions']));
    for (const table of featureTables) {
      const rows = await t.ds.query<unknown[]>(`SELECT * FROM ${table}`);
      for (const row of rows) {
        const text = JSON.stringify(row);
        for (const x of secrets) if (text.includes(x)) rowLeaks.push(`${table}: ${text}`);
      }
    }
    expect(rowLeaks).toEqual([]);
    expect(await mentioning()).toEqual(before);
    expect(jobs.length).toBeGreaterThan(0);
    expect(
      jobs.map((j) => JSON.stringify(j)).filter((j) => secrets.some((x) => j.includes(x))),
    ).toEqual([]);
    // The anonymous questions' own rows say nothing about who asked.
    const rows = await t.ds.query<Array<{ author_id: string | null }>>(
      `SELECT * FROM town_hall_questions WHERE id = ANY($1::uuid[])`,
      [[q1.id, q2.id, q3.id, q4.id]],
    );
    expect(rows.map((r) => r.author_id)).toEqual([null, null, null, null]);
  });
});
