import { bootTestApp, TestApp } from '../support/test-app';
import { ask, MERGE, ok, questions, townHallWorld, WITHDRAW } from './helpers';

describe('town halls: anonymous askers are recognised per question', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('one person’s anonymous questions cannot be linked to each other in the database, yet stay theirs, also after a merge', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    const a = await ask(t, w.tokens.member, w.townHall.id, 'First anonymous question here', true);
    const b = await ask(t, w.tokens.member, w.townHall.id, 'Second anonymous question here', true);
    const c = await ask(t, w.tokens.other, w.townHall.id, 'Someone else asks this one');
    const keys = await t.ds.query<Array<{ question_id: string; anon_key: string; user_id: null }>>(
      `SELECT question_id, anon_key, user_id FROM town_hall_question_askers
        WHERE question_id = ANY($1::uuid[]) AND anon_key IS NOT NULL`,
      [[a.id, b.id]],
    );
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.user_id === null)).toBe(true);
    expect(keys[0]!.anon_key).not.toBe(keys[1]!.anon_key);

    const mine = async (token: string) =>
      (await questions(t, token, w.townHall.id, 'MINE')).map((q: { id: string }) => q.id).sort();
    expect(await mine(w.tokens.member)).toEqual([a.id, b.id].sort());
    expect(await mine(w.tokens.other)).toEqual([c.id]);

    // Merged into someone else's question: the anonymous asker moves with it and still sees it as
    // theirs; withdrawing steps only them away from it.
    await ok(t, MERGE, { id: b.id, into: c.id }, w.tokens.moderator);
    expect(await mine(w.tokens.member)).toEqual([a.id, b.id, c.id].sort());
    const left = (await ok(t, WITHDRAW, { id: c.id }, w.tokens.member)).withdrawTownHallQuestion;
    expect(left).toMatchObject({ id: c.id, status: 'PUBLISHED', isMine: false });
    expect(await mine(w.tokens.other)).toEqual([c.id]);
    expect(await mine(w.tokens.member)).toEqual([a.id, b.id].sort());
  });
});
