import { addMember, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import {
  ANSWER,
  ask,
  countRows,
  MERGE,
  ok,
  questions,
  TOWN_HALL,
  townHallWorld,
  ThWorld,
  UPDATE,
  VOTE,
} from './helpers';

describe('town halls under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  /** `n` more members of the audience group, with tokens. */
  async function crowd(w: ThWorld, n: number) {
    const people = await Promise.all(Array.from({ length: n }, () => createUser(t.ds)));
    for (const p of people) await addMember(t.ds, w.group, p);
    return { people, tokens: await Promise.all(people.map((p) => t.tokenFor(p))) };
  }
  const storedVotes = async (questionId: string) => {
    const [row] = await t.ds.query<Array<{ n: number; c: number }>>(
      `SELECT (SELECT count(*)::int FROM town_hall_votes WHERE question_id = $1) AS n,
              (SELECT vote_count FROM town_hall_questions WHERE id = $1) AS c`,
      [questionId],
    );
    return row!;
  };

  it('200 different people voting at once give exactly 200 votes; half taking theirs back at once leaves exactly 100', async () => {
    const w = await townHallWorld(t, { state: 'LIVE', input: { preModerated: false } });
    const q = await ask(t, w.tokens.member, w.townHall.id, 'Vote for this one, everybody');
    const base: number = q.voteCount;
    const { tokens } = await crowd(w, 200);

    const results = await Promise.all(
      tokens.map((tok) => t.gql(VOTE, { id: q.id, up: true }, tok)),
    );
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const [seen] = await questions(t, w.tokens.other, w.townHall.id);
    expect(seen).toMatchObject({ id: q.id, voteCount: base + 200 });
    expect(await storedVotes(q.id)).toEqual({ n: base + 200, c: base + 200 });

    // At once: the first half take their vote back, the second half vote again (a no-op).
    await Promise.all(tokens.map((tok, i) => t.gql(VOTE, { id: q.id, up: i >= 100 }, tok)));
    const [after] = await questions(t, w.tokens.other, w.townHall.id);
    expect(after.voteCount).toBe(base + 100);
    expect(await storedVotes(q.id)).toEqual({ n: base + 100, c: base + 100 });
    // 200 people and 400 votes through the whole stack: slow on a loaded 2-core machine.
  }, 120_000);

  it('one person firing 10 votes at once with a budget of 3 ends with exactly 3', async () => {
    const w = await townHallWorld(t, {
      state: 'LIVE',
      input: { preModerated: false, voteBudget: 3 },
    });
    const { tokens: askers } = await crowd(w, 2);
    const qs: Array<{ id: string; voteCount: number }> = [];
    for (let i = 0; i < 10; i++)
      qs.push(await ask(t, askers[i % 2]!, w.townHall.id, `Budget question number ${i}`));
    const voter = w.tokens.other;

    const results = await Promise.all(qs.map((q) => t.gql(VOTE, { id: q.id, up: true }, voter)));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => r.errors).map((r) => r.code)).toEqual(Array(7).fill('CONFLICT'));

    const n = await countRows(
      t,
      `SELECT count(*)::int AS n FROM town_hall_votes WHERE town_hall_id = $1 AND user_id = $2`,
      [w.townHall.id, w.users.other.id],
    );
    expect(n).toBe(3);
    const list = await questions(t, voter, w.townHall.id);
    expect(list.filter((q) => q.viewerHasVoted)).toHaveLength(3);
    const total = list.reduce((sum, q) => sum + q.voteCount, 0);
    const baseTotal = qs.reduce((sum, q) => sum + q.voteCount, 0);
    expect(total).toBe(baseTotal + 3);
    expect((await ok(t, TOWN_HALL, { id: w.townHall.id }, voter)).townHall.viewer.votesLeft).toBe(
      0,
    );
  });

  it('one person voting for the same question 10 times at once counts once', async () => {
    const w = await townHallWorld(t, { state: 'LIVE', input: { preModerated: false } });
    const q = await ask(t, w.tokens.member, w.townHall.id, 'Vote for me many times');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.gql(VOTE, { id: q.id, up: true }, w.tokens.other)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await storedVotes(q.id)).toEqual({ n: q.voteCount + 1, c: q.voteCount + 1 });
  });

  it('hosts starting ANSWERING on five questions at once leave exactly one ANSWERING, and it is the town hall’s', async () => {
    const w = await townHallWorld(t, { state: 'LIVE', input: { preModerated: false } });
    await ok(
      t,
      UPDATE,
      { input: { id: w.townHall.id, hostIds: [w.users.host.id, w.users.groupOwner.id] } },
      w.tokens.hr,
    );
    const { tokens: askers } = await crowd(w, 5);
    const qs = [];
    for (const [i, tok] of askers.entries())
      qs.push(await ask(t, tok, w.townHall.id, `Answer me first, number ${i}`));
    const results = await Promise.all(
      qs.map((q, i) =>
        t.gql(
          ANSWER,
          { id: q.id, state: 'ANSWERING' },
          i % 2 ? w.tokens.host : w.tokens.groupOwner,
        ),
      ),
    );
    expect(results.filter((r) => r.errors && r.code !== 'CONFLICT').map((r) => r.errors)).toEqual(
      [],
    );
    const answering = (await questions(t, w.tokens.member, w.townHall.id)).filter(
      (q) => q.answerState === 'ANSWERING',
    );
    expect(answering).toHaveLength(1);
    const th = (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.member)).townHall;
    expect(th.answering?.id).toBe(answering[0]!.id);
  });

  it('two moderators merging two questions into each other at once: one merge wins, the other is refused cleanly', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    const a = await ask(t, w.tokens.member, w.townHall.id, 'Is the office moving?');
    const b = await ask(t, w.tokens.other, w.townHall.id, 'Are we moving the office?');
    const results = await Promise.all([
      t.gql(MERGE, { id: a.id, into: b.id }, w.tokens.moderator),
      t.gql(MERGE, { id: b.id, into: a.id }, w.tokens.host),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.code)).toEqual([
      expect.stringMatching(/^(CONFLICT|BAD_USER_INPUT)$/),
    ]);
    // Exactly one of them is still there for the audience.
    const left = await questions(t, w.tokens.groupOwner, w.townHall.id);
    expect(left).toHaveLength(1);
    expect([a.id, b.id]).toContain(left[0]!.id);
  });
});
