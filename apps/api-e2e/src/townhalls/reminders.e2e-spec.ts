import { bootTestApp, TestApp } from '../support/test-app';
import {
  answer,
  askPublished,
  drain,
  FOLLOW_UPS,
  notesAbout,
  ok,
  townHallWorld,
  wait,
} from './helpers';

const soon = (ms: number): string => new Date(Date.now() + ms).toISOString();

describe('town halls: the owner of a deferred question is reminded when it is due', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('reminds the owner once it is due (not before), and links to the follow-ups', async () => {
    const w = await townHallWorld(t, { state: 'OPEN' });
    const q = await askPublished(
      t,
      w,
      w.tokens.member,
      w.townHall.id,
      'When do we get the new laptops?',
    );
    await answer(t, w.tokens.host, q.id, 'DEFERRED', { to: w.users.hr.id, until: soon(2500) });
    await drain(t);
    const due = (await notesAbout(t, w.tokens.hr, w.townHall.id)).filter(
      (n) => n.kind === 'TOWN_HALL_FOLLOW_UP',
    );
    expect(due).toEqual([]);
    await wait(3000);
    await drain(t);
    const notes = (await notesAbout(t, w.tokens.hr, w.townHall.id)).filter(
      (n) => n.kind === 'TOWN_HALL_FOLLOW_UP',
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].link).toBe(`/town-halls/${w.townHall.id}?tab=follow-ups`);
    // Still on the follow-up list until answered; the owner answers it in writing.
    const list = async () =>
      (
        await ok(t, FOLLOW_UPS, { id: w.townHall.id }, w.tokens.member)
      ).townHall.followUps.edges.map((e: any) => e.node);
    expect((await list()).map((x: { id: string }) => x.id)).toEqual([q.id]);
    const done = await answer(t, w.tokens.hr, q.id, 'ANSWERED_IN_WRITING', {
      answer: 'In March, for everyone.',
    });
    expect(done.answerState).toBe('ANSWERED_IN_WRITING');
    expect(await list()).toEqual([]);
  });

  it('no reminder for a question answered before it is due', async () => {
    const w = await townHallWorld(t, { state: 'OPEN' });
    const q = await askPublished(t, w, w.tokens.member, w.townHall.id, 'Will the canteen reopen?');
    await answer(t, w.tokens.host, q.id, 'DEFERRED', { to: w.users.hr.id, until: soon(1500) });
    await answer(t, w.tokens.hr, q.id, 'ANSWERED_IN_WRITING', { answer: 'Yes, on Monday.' });
    await wait(2000);
    await drain(t);
    const notes = (await notesAbout(t, w.tokens.hr, w.townHall.id)).filter(
      (n) => n.kind === 'TOWN_HALL_FOLLOW_UP',
    );
    expect(notes).toEqual([]);
  });
});
