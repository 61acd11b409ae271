import { randomBytes, randomUUID } from 'node:crypto';
import { ErrorCode } from '@hearth/shared/util';
import { bootTestApp, TestApp } from '../support/test-app';
import {
  allQuestions,
  ask,
  FOLLOW_UPS,
  ok,
  QUESTIONS,
  questions,
  QUEUE,
  townHallWorld,
} from './helpers';

interface Seeded {
  id: string;
  votes: number;
  publishedAt: number;
  answeredAt: number | null;
  answerState: string | null;
}

/** Descending by `key`, ties by id descending (the NEWEST, ANSWERED and MINE orders). */
const latestFirst = (rows: Seeded[], key: (r: Seeded) => number): string[] =>
  [...rows]
    .sort((a, b) => key(b) - key(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((r) => r.id);

describe('town hall questions: a page at a time, in every order, however many there are', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('230 questions are read whole in pages of 7 and of 200, in order, none missed or repeated', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    // Written straight in: votes 0–4 and three questions per second, so that the keyset's ties
    // (same votes, same publication time) are crossed by page boundaries.
    const rows: Array<{
      id: string;
      votes: number;
      published: number;
      answered: number | null;
      answer_state: string | null;
    }> = await t.ds.query(
      `INSERT INTO town_hall_questions (town_hall_id, body, anonymous, author_id, status, vote_count,
                                        published_at, answer_state, answered_at, deferred_until)
       SELECT $1, 'Seeded question ' || n, false, $2, 'PUBLISHED', n % 5,
              date_trunc('second', now()) - (n / 3) * interval '1 second',
              CASE WHEN n % 10 = 0 THEN 'ANSWERED_IN_WRITING' WHEN n % 10 = 5 THEN 'DEFERRED' END,
              CASE WHEN n % 10 = 0 THEN date_trunc('second', now()) - (n / 4) * interval '1 second' END,
              CASE WHEN n % 10 = 5 THEN now() + interval '7 days' END
         FROM generate_series(1, 230) n
       RETURNING id, vote_count AS votes, (extract(epoch FROM published_at) * 1000)::float8 AS published,
                 (extract(epoch FROM answered_at) * 1000)::float8 AS answered, answer_state`,
      [w.townHall.id, w.users.member.id],
    );
    // One more, pending: it is in none of the published orders.
    const [pending]: Array<{ id: string }> = await t.ds.query(
      `INSERT INTO town_hall_questions (town_hall_id, body, anonymous, author_id, status)
       VALUES ($1, 'Pending question', false, $2, 'PENDING') RETURNING id`,
      [w.townHall.id, w.users.member.id],
    );
    await t.ds.query(
      `INSERT INTO town_hall_question_askers (question_id, user_id, origin_question_id)
       SELECT id, $2, id FROM town_hall_questions WHERE town_hall_id = $1`,
      [w.townHall.id, w.users.member.id],
    );
    const seeded: Seeded[] = rows.map((r) => ({
      id: r.id,
      votes: r.votes,
      publishedAt: r.published,
      answeredAt: r.answered,
      answerState: r.answer_state,
    }));
    const byVotes = (list: Seeded[]) =>
      [...list]
        .sort(
          (a, b) =>
            b.votes - a.votes ||
            a.publishedAt - b.publishedAt ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        .map((r) => r.id);
    const expected: Record<string, string[]> = {
      TOP: byVotes(seeded),
      NEWEST: latestFirst(seeded, (r) => r.publishedAt),
      ANSWERED: latestFirst(
        seeded.filter((r) => r.answerState === 'ANSWERED_IN_WRITING'),
        (r) => r.answeredAt ?? 0,
      ),
      WAITING: byVotes(seeded.filter((r) => r.answerState === null)),
    };
    expect(expected.ANSWERED).toHaveLength(23);
    expect(expected.WAITING).toHaveLength(184);
    for (const [order, ids] of Object.entries(expected))
      for (const first of [7, 200]) {
        const read = await allQuestions(t, w.tokens.other, w.townHall.id, order, first);
        expect([order, first, read.questions.map((q) => q.id)]).toEqual([order, first, ids]);
        expect([order, first, read.pages]).toEqual([
          order,
          first,
          Math.max(1, Math.ceil(ids.length / first)),
        ]);
      }
    // The member asked all of them: MINE has them all, and the pending one, newest first.
    const mine = await allQuestions(t, w.tokens.member, w.townHall.id, 'MINE', 50);
    expect(mine.questions).toHaveLength(231);
    expect(new Set(mine.questions.map((q) => q.id)).size).toBe(231);
    expect(mine.questions.map((q) => q.id)).toContain(pending!.id);
    expect(mine.questions.every((q) => q.isMine)).toBe(true);
    expect(
      (await allQuestions(t, w.tokens.other, w.townHall.id, 'MINE', 50)).questions,
    ).toHaveLength(0);
  });

  it('MINE finds an anonymous question of mine behind hundreds of other anonymous ones', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    const named = await ask(t, w.tokens.member, w.townHall.id, 'My named question');
    const anonymous = await ask(t, w.tokens.member, w.townHall.id, 'My anonymous question', true);
    // 450 newer anonymous questions of other people (their keys are not the member's).
    await t.ds.query(
      `WITH q AS (
         INSERT INTO town_hall_questions (town_hall_id, body, anonymous, status, created_at, published_at)
         SELECT $1, 'Someone else asks ' || n, true, 'PUBLISHED',
                now() + n * interval '1 millisecond', now() + n * interval '1 millisecond'
           FROM generate_series(1, 450) n
         RETURNING id)
       INSERT INTO town_hall_question_askers (question_id, anon_key, origin_question_id)
       SELECT id, md5(random()::text) || md5(random()::text), id FROM q`,
      [w.townHall.id],
    );
    for (const first of [1, 2, 50]) {
      const read = await allQuestions(t, w.tokens.member, w.townHall.id, 'MINE', first);
      expect([first, read.questions.map((q) => q.id)]).toEqual([first, [anonymous.id, named.id]]);
    }
    const [first] = await questions(t, w.tokens.member, w.townHall.id, 'MINE', 1);
    expect(first).toMatchObject({ id: anonymous.id, isMine: true, anonymous: true, author: null });
    // Nobody else finds either among theirs.
    expect(
      (await allQuestions(t, w.tokens.other, w.townHall.id, 'MINE', 200)).questions,
    ).toHaveLength(0);
  });

  it('the moderation queue (oldest first) and the follow-ups (soonest due first) are read whole in pages', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: true } });
    // 230 waiting for a moderator, three to a second; 230 deferred, three due on each day.
    const pending: Array<{ id: string; at: number }> = await t.ds.query(
      `INSERT INTO town_hall_questions (town_hall_id, body, anonymous, author_id, status, created_at)
       SELECT $1, 'Waiting ' || n, false, $2, 'PENDING', date_trunc('second', now()) - (n / 3) * interval '1 second'
         FROM generate_series(1, 230) n
       RETURNING id, (extract(epoch FROM created_at) * 1000)::float8 AS at`,
      [w.townHall.id, w.users.member.id],
    );
    const deferred: Array<{ id: string; at: number }> = await t.ds.query(
      `INSERT INTO town_hall_questions (town_hall_id, body, anonymous, author_id, status, published_at,
                                        answer_state, deferred_to_id, deferred_until)
       SELECT $1, 'Deferred ' || n, false, $2, 'PUBLISHED', now(), 'DEFERRED', $3,
              date_trunc('day', now()) + (1 + n / 3) * interval '1 day'
         FROM generate_series(1, 230) n
       RETURNING id, (extract(epoch FROM deferred_until) * 1000)::float8 AS at`,
      [w.townHall.id, w.users.member.id, w.users.host.id],
    );
    const oldestFirst = (rows: Array<{ id: string; at: number }>) =>
      [...rows]
        .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((r) => r.id);
    const readAll = async (query: string, field: string, first: number, token: string) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let pages = 1; pages < 100; pages++) {
        const data: any = await ok(t, query, { id: w.townHall.id, first, after }, token);
        const page: any = data.townHall[field];
        expect(page.edges.length).toBeLessThanOrEqual(first);
        ids.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
      throw new Error('never ended');
    };
    for (const first of [7, 200]) {
      expect(await readAll(QUEUE, 'moderationQueue', first, w.tokens.moderator)).toEqual(
        oldestFirst(pending),
      );
      expect(await readAll(FOLLOW_UPS, 'followUps', first, w.tokens.other)).toEqual(
        oldestFirst(deferred),
      );
    }
    // The moderators are told how many wait; nobody else is.
    const COUNT = `query($id: ID!) { townHall(id: $id) { pendingCount } }`;
    for (const [token, count] of [
      [w.tokens.moderator, 230],
      [w.tokens.host, 230],
      [w.tokens.member, null],
      [w.tokens.other, null],
    ] as const)
      expect((await ok(t, COUNT, { id: w.townHall.id }, token)).townHall.pendingCount).toBe(count);
    // Still only for moderators and hosts, and a cursor of another list is refused.
    const member = await t.gql(QUEUE, { id: w.townHall.id }, w.tokens.member);
    expect(member.code).toBe(ErrorCode.FORBIDDEN);
    const top = await ok(t, QUESTIONS, { id: w.townHall.id, first: 1 }, w.tokens.other);
    const wrong = await t.gql(
      QUEUE,
      { id: w.townHall.id, after: top.townHall.questions.pageInfo.endCursor },
      w.tokens.moderator,
    );
    expect(wrong.code).toBe(ErrorCode.BAD_USER_INPUT);
    for (const first of [0, 201]) {
      const res = await t.gql(FOLLOW_UPS, { id: w.townHall.id, first }, w.tokens.other);
      expect([first, res.code]).toEqual([first, ErrorCode.BAD_USER_INPUT]);
    }
  });

  it('a page size out of range, or a cursor that is not one of this order, is BAD_USER_INPUT', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    await ask(t, w.tokens.member, w.townHall.id, 'One question to page through');
    const read = (variables: Record<string, unknown>) =>
      t.gql(QUESTIONS, { id: w.townHall.id, ...variables }, w.tokens.member);
    for (const first of [0, -1, 201])
      expect([first, (await read({ first })).code]).toEqual([first, ErrorCode.BAD_USER_INPUT]);
    const madeUp = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const ts = '2026-12-03 06:00:00.123456+00';
    const cases: Array<[string, string]> = [
      ['TOP', 'nope'],
      ['TOP', randomBytes(12).toString('base64url')],
      ['TOP', madeUp([ts, randomUUID()])],
      ['TOP', madeUp([3_000_000_000, ts, randomUUID()])],
      ['TOP', madeUp([1.5, ts, randomUUID()])],
      ['TOP', madeUp([1, 'yesterday', randomUUID()])],
      ['NEWEST', madeUp([1, ts, randomUUID()])],
      ['ANSWERED', madeUp([ts, 'not-an-id'])],
      ['MINE', madeUp([ts])],
      ['WAITING', madeUp(['1', ts, randomUUID()])],
    ];
    for (const [order, after] of cases)
      expect([order, after, (await read({ order, after })).code]).toEqual([
        order,
        after,
        ErrorCode.BAD_USER_INPUT,
      ]);
    // A well-formed cursor past the end is an empty page, not an error.
    const past = await ok(
      t,
      QUESTIONS,
      {
        id: w.townHall.id,
        order: 'NEWEST',
        after: madeUp(['1970-01-01 00:00:00+00', randomUUID()]),
      },
      w.tokens.member,
    );
    expect(past.townHall.questions).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
