import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@hearth/shared/util';
import { Client } from 'graphql-ws';
import { bootTestApp, TestApp } from '../support/test-app';
import { SubscriptionHub } from '@hearth/api/core';
import { eventually, listen, live, Live, settle, wsClient } from '../realtime/ws-client';
import { ask, answer, EVENTS, MERGE, ok, PUBLISH, REJECT, townHallWorld, vote } from './helpers';

interface Event {
  kind: string;
  townHallId: string;
  questionId: string | null;
  voteCount: number | null;
}

describe('townHallEvents', () => {
  let t: TestApp;
  let url: string;
  const clients: Client[] = [];
  const subscribe = (token: string, id: string): Live<Event> => {
    const c = wsClient(url, token);
    clients.push(c);
    return live<Event>(c, EVENTS, { id });
  };
  const has = (s: Live<Event>, kind: string, questionId: string) =>
    s.events.some((e) => e.kind === kind && e.questionId === questionId);

  beforeAll(async () => {
    t = await bootTestApp();
    url = await listen(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    await t.close();
  });

  /** Waits until `n` subscriptions to the town hall's events are registered in the API. */
  const subscribed = (townHallId: string, n: number) =>
    eventually(() => t.app.get(SubscriptionHub).listenerCount(`town-hall:${townHallId}`) >= n);

  it('the audience receives QUESTION_PUBLISHED, VOTES_CHANGED and ANSWERING_CHANGED; a pending question never reaches them', async () => {
    const w = await townHallWorld(t, { state: 'LIVE' });
    const id = w.townHall.id;
    const member = subscribe(w.tokens.member, id);
    const moderator = subscribe(w.tokens.moderator, id);
    await subscribed(id, 2);
    expect([member.errors, moderator.errors]).toEqual([[], []]);

    const q = await ask(t, w.tokens.other, id, 'Will there be a summer party?');
    const doomed = await ask(t, w.tokens.other, id, 'A question that will be rejected');
    await eventually(
      () => has(moderator, 'QUEUE_CHANGED', q.id) && has(moderator, 'QUEUE_CHANGED', doomed.id),
    );
    await ok(t, REJECT, { id: doomed.id, reason: 'OFF_TOPIC' }, w.tokens.moderator);
    await settle();
    // Nothing about pending questions reaches a plain member of the audience.
    expect(member.events).toEqual([]);

    await ok(t, PUBLISH, { id: q.id }, w.tokens.moderator);
    await eventually(() => has(member, 'QUESTION_PUBLISHED', q.id));
    expect(member.events.find((e) => e.kind === 'QUESTION_PUBLISHED')).toEqual({
      kind: 'QUESTION_PUBLISHED',
      townHallId: id,
      questionId: q.id,
      voteCount: null,
    });

    const voted = await vote(t, w.tokens.groupOwner, q.id);
    await eventually(() => has(member, 'VOTES_CHANGED', q.id));
    expect(member.events.find((e) => e.kind === 'VOTES_CHANGED')).toMatchObject({
      questionId: q.id,
      voteCount: voted.voteCount,
    });

    await answer(t, w.tokens.host, q.id, 'ANSWERING');
    await eventually(() => has(member, 'ANSWERING_CHANGED', q.id));

    await settle();
    expect(member.events.filter((e) => e.kind === 'QUEUE_CHANGED')).toEqual([]);
    expect(member.events.filter((e) => e.questionId === doomed.id)).toEqual([]);
    expect(member.events.every((e) => e.townHallId === id)).toBe(true);
    expect(member.errors).toEqual([]);
  });

  it('a merge tells the audience the target’s new vote count, and that the duplicate is gone', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    const a = await ask(t, w.tokens.member, w.townHall.id, 'Is the office moving?');
    const b = await ask(t, w.tokens.other, w.townHall.id, 'Are we moving the office?');
    await vote(t, w.tokens.groupOwner, a.id);
    await vote(t, w.tokens.groupOwner, b.id);
    await vote(t, w.tokens.groupAdmin, b.id);
    const watcher = subscribe(w.tokens.host, w.townHall.id);
    await subscribed(w.townHall.id, 1);
    const merged = await ok(t, MERGE, { id: b.id, into: a.id }, w.tokens.moderator);
    const count: number = merged.mergeTownHallQuestion.voteCount;
    expect(count).toBe(a.voteCount + 2);
    await eventually(
      () => has(watcher, 'VOTES_CHANGED', a.id) && has(watcher, 'QUESTION_REMOVED', b.id),
    );
    expect(watcher.events.find((e) => e.kind === 'VOTES_CHANGED')).toMatchObject({
      questionId: a.id,
      voteCount: count,
    });
  });

  it('a question published at once (no pre-moderation) reaches the audience; events of another town hall do not', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    const elsewhere = await w.another({ preModerated: false }, 'OPEN');
    const member = subscribe(w.tokens.member, w.townHall.id);
    await subscribed(w.townHall.id, 1);
    const there = await ask(t, w.tokens.other, elsewhere.id, 'A question elsewhere');
    const here = await ask(t, w.tokens.other, w.townHall.id, 'A question right here');
    await eventually(() => has(member, 'QUESTION_PUBLISHED', here.id));
    await settle();
    expect(member.events.filter((e) => e.questionId === there.id)).toEqual([]);
  });

  it('is refused at subscribe with NOT_FOUND for someone outside the audience, for a DRAFT, and for an unknown id', async () => {
    const w = await townHallWorld(t, { state: 'OPEN' });
    const draft = await w.another();
    const cases: Array<[string, string, string]> = [
      ['an outsider', w.tokens.outsider, w.townHall.id],
      ['a member, on a DRAFT', w.tokens.member, draft.id],
      ['a member, an unknown id', w.tokens.member, randomUUID()],
      ['a member, a malformed id', w.tokens.member, 'not-a-town-hall'],
    ];
    for (const [name, token, id] of cases) {
      const refused = subscribe(token, id);
      await eventually(() => refused.done);
      expect([name, refused.errors]).toEqual([
        name,
        [
          expect.objectContaining({
            extensions: expect.objectContaining({ code: ErrorCode.NOT_FOUND }),
          }),
        ],
      ]);
    }
  });

  it('someone who leaves the audience group stops receiving events at once', async () => {
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    const leaver = subscribe(w.tokens.member, w.townHall.id);
    const stays = subscribe(w.tokens.other, w.townHall.id);
    await subscribed(w.townHall.id, 2);
    await t.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
      w.group.id,
      w.users.member.id,
    ]);
    const q = await ask(t, w.tokens.host, w.townHall.id, 'Who still hears this?');
    await eventually(() => has(stays, 'QUESTION_PUBLISHED', q.id));
    await settle();
    expect(leaver.events).toEqual([]);
  });
});
