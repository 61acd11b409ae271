import { ErrorCode } from '@hearth/shared/util';
import { addMember, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import {
  ANSWER,
  answer,
  ask,
  askPublished,
  CSV,
  FOLLOW_UPS,
  ILLEGAL_MOVE,
  inDays,
  MERGE,
  notesAbout,
  ok,
  oneOf,
  PUBLISH,
  questions,
  REJECT,
  SET_STATE,
  SIMILAR,
  SUMMARY,
  ThWorld,
  TOWN_HALL,
  townHallWorld,
  vote,
  WITHDRAW,
} from './helpers';

describe('town halls: answering, follow-ups, notifications, summary, export, similar questions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const audienceMember = async (w: ThWorld, name: string) => {
    const user = await createUser(t.ds, {
      displayName: `${name} ${Math.random().toString(36).slice(2, 7)}`,
    });
    await addMember(t.ds, w.group, user);
    return { user, token: await t.tokenFor(user) };
  };
  const live = (extra: Record<string, unknown> = {}) =>
    townHallWorld(t, { state: 'LIVE', input: { preModerated: false, ...extra } });
  const answering = async (w: ThWorld, token = w.tokens.member) =>
    (await ok(t, TOWN_HALL, { id: w.townHall.id }, token)).townHall.answering;

  describe('answerTownHallQuestion', () => {
    it('one question is ANSWERING at a time: starting another clears the first', async () => {
      const w = await live();
      const q1 = await ask(t, w.tokens.member, w.townHall.id, 'First question to answer');
      const q2 = await ask(t, w.tokens.other, w.townHall.id, 'Second question to answer');
      expect(await answering(w)).toBeNull();
      expect(await answer(t, w.tokens.host, q1.id, 'ANSWERING')).toMatchObject({
        id: q1.id,
        answerState: 'ANSWERING',
      });
      expect(await answering(w)).toMatchObject({ id: q1.id, answerState: 'ANSWERING' });

      await answer(t, w.tokens.host, q2.id, 'ANSWERING');
      expect(await answering(w)).toMatchObject({ id: q2.id });
      const list = await questions(t, w.tokens.member, w.townHall.id);
      expect(list.filter((q) => q.answerState === 'ANSWERING').map((q) => q.id)).toEqual([q2.id]);
      expect(list.find((q) => q.id === q1.id)).toMatchObject({
        answerState: null,
        answeredAt: null,
      });

      const done = await answer(t, w.tokens.host, q2.id, 'ANSWERED_LIVE');
      expect(done).toMatchObject({
        answerState: 'ANSWERED_LIVE',
        answeredBy: { id: w.users.host.id },
        answer: null,
      });
      expect(done.answeredAt).toEqual(expect.any(String));
      expect(await answering(w)).toBeNull();
      expect(
        (await questions(t, w.tokens.other, w.townHall.id, 'ANSWERED')).map((q) => q.id),
      ).toEqual([q2.id]);
      // Answered is final: neither ANSWERING again nor withdrawn.
      expect((await t.gql(ANSWER, { id: q2.id, state: 'ANSWERING' }, w.tokens.host)).code).toEqual(
        oneOf(ILLEGAL_MOVE),
      );
      expect((await t.gql(WITHDRAW, { id: q2.id }, w.tokens.other)).code).toEqual(
        oneOf(ILLEGAL_MOVE),
      );
      expect((await t.gql(WITHDRAW, { id: q1.id }, w.tokens.member)).errors).toBeUndefined();
    });

    it('ending the town hall stops the question being answered', async () => {
      const w = await live();
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Answering when it ends?');
      await answer(t, w.tokens.host, q.id, 'ANSWERING');
      await ok(t, SET_STATE, { id: w.townHall.id, state: 'ENDED' }, w.tokens.host);
      expect(await answering(w)).toBeNull();
      expect((await questions(t, w.tokens.member, w.townHall.id))[0]).toMatchObject({
        answerState: null,
      });
    });

    it('only hosts answer; moderators and those who run it do not', async () => {
      const w = await live();
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Who answers this one?');
      for (const who of ['moderator', 'hr', 'orgAdmin', 'groupAdmin', 'member'] as const)
        expect([
          who,
          (await t.gql(ANSWER, { id: q.id, state: 'ANSWERED_LIVE' }, w.tokens[who])).code,
        ]).toEqual([who, ErrorCode.FORBIDDEN]);
      expect((await questions(t, w.tokens.member, w.townHall.id))[0]).toMatchObject({
        answerState: null,
      });
    });

    it('a pending question cannot be answered', async () => {
      const w = await townHallWorld(t, { state: 'LIVE' });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Still pending here');
      const res = await t.gql(ANSWER, { id: q.id, state: 'ANSWERING' }, w.tokens.host);
      expect(res.code).toEqual(oneOf(ILLEGAL_MOVE));
    });

    it('ANSWERED_IN_WRITING needs the answer text; it is shown with the question', async () => {
      const w = await live();
      const q = await ask(t, w.tokens.member, w.townHall.id, 'What is the travel budget?');
      for (const text of [undefined, '', '   ', 'a'.repeat(5001)]) {
        const res = await t.gql(
          ANSWER,
          { id: q.id, state: 'ANSWERED_IN_WRITING', answer: text },
          w.tokens.host,
        );
        expect([text?.length, res.code]).toEqual([text?.length, ErrorCode.BAD_USER_INPUT]);
      }
      expect((await questions(t, w.tokens.member, w.townHall.id))[0]).toMatchObject({
        answerState: null,
        answer: null,
      });
      await answer(t, w.tokens.host, q.id, 'ANSWERED_IN_WRITING', {
        answer: '  It is 2000 euros per person.  ',
      });
      expect((await questions(t, w.tokens.other, w.townHall.id, 'ANSWERED'))[0]).toMatchObject({
        id: q.id,
        answerState: 'ANSWERED_IN_WRITING',
        answer: 'It is 2000 euros per person.',
        answeredBy: { id: w.users.host.id },
      });
    });

    it('DEFERRED needs an owner and a due date; followUps lists deferred ones by due date until answered', async () => {
      const w = await live();
      const q1 = await ask(t, w.tokens.member, w.townHall.id, 'Deferred question one');
      const q2 = await ask(t, w.tokens.other, w.townHall.id, 'Deferred question two');
      const due1 = inDays(14);
      const due2 = inDays(7);
      const bad: Array<Record<string, unknown>> = [
        { until: due1 },
        { to: w.users.hr.id },
        { to: w.users.hr.id, until: inDays(-1) },
        { to: w.users.deactivated.id, until: due1 },
      ];
      for (const extra of bad)
        expect([
          extra,
          (await t.gql(ANSWER, { id: q1.id, state: 'DEFERRED', ...extra }, w.tokens.host)).code,
        ]).toEqual([extra, ErrorCode.BAD_USER_INPUT]);
      const follow = async (token = w.tokens.member) =>
        (await ok(t, FOLLOW_UPS, { id: w.townHall.id }, token)).townHall.followUps.edges.map(
          (e: any) => e.node,
        );
      expect(await follow()).toEqual([]);

      const d1 = await answer(t, w.tokens.host, q1.id, 'DEFERRED', {
        to: w.users.hr.id,
        until: due1,
      });
      expect(d1).toMatchObject({ answerState: 'DEFERRED', deferredTo: { id: w.users.hr.id } });
      expect(new Date(d1.deferredUntil).toISOString()).toBe(due1);
      await answer(t, w.tokens.host, q2.id, 'DEFERRED', { to: w.users.groupOwner.id, until: due2 });
      // Soonest due first.
      expect((await follow()).map((q: { id: string }) => q.id)).toEqual([q2.id, q1.id]);

      // After the event: answered in writing (by a host), it leaves the follow-ups.
      await ok(t, SET_STATE, { id: w.townHall.id, state: 'ENDED' }, w.tokens.host);
      await answer(t, w.tokens.host, q2.id, 'ANSWERED_IN_WRITING', {
        answer: 'Done: we chose Lisbon.',
      });
      expect((await follow(w.tokens.other)).map((q: { id: string }) => q.id)).toEqual([q1.id]);
      expect(
        (await questions(t, w.tokens.member, w.townHall.id, 'ANSWERED')).map((q) => q.id),
      ).toEqual([q2.id]);
    });
  });

  describe('notifications', () => {
    it('named askers (the merged one’s too) and voters are told when a question is answered; nobody else', async () => {
      const w = await live();
      const voter = await audienceMember(w, 'Vera Voter');
      const bystander = await audienceMember(w, 'Bea Bystander');
      const q = await ask(t, w.tokens.member, w.townHall.id, 'When do the new laptops arrive?');
      const dup = await ask(t, w.tokens.other, w.townHall.id, 'New laptops: when?');
      await vote(t, voter.token, q.id);
      await ok(t, MERGE, { id: dup.id, into: q.id }, w.tokens.moderator);
      await answer(t, w.tokens.host, q.id, 'ANSWERED_IN_WRITING', { answer: 'In March.' });

      for (const who of [
        ['asker', w.tokens.member],
        ['merged asker', w.tokens.other],
        ['voter', voter.token],
      ] as const) {
        const notes = await notesAbout(t, who[1], w.townHall.id);
        expect([who[0], notes.some((n) => /answer/i.test(n.summary))]).toEqual([who[0], true]);
      }
      expect(await notesAbout(t, bystander.token, w.townHall.id)).toEqual([]);
      // The host who answered is not told of their own answer.
      expect(
        (await notesAbout(t, w.tokens.host, w.townHall.id)).filter((n) =>
          /answer/i.test(n.summary),
        ),
      ).toEqual([]);
    });

    it('askers and voters are told when a question is deferred', async () => {
      const w = await live();
      const voter = await audienceMember(w, 'Val Voter');
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Will the canteen reopen?');
      await vote(t, voter.token, q.id);
      await answer(t, w.tokens.host, q.id, 'DEFERRED', { to: w.users.hr.id, until: inDays(10) });
      for (const [who, token] of [
        ['asker', w.tokens.member],
        ['voter', voter.token],
      ] as const)
        expect([who, (await notesAbout(t, token, w.townHall.id)).length]).toEqual([who, 1]);
      expect(await notesAbout(t, w.tokens.other, w.townHall.id)).toEqual([]);
    });

    it('the asker of a rejected question is told, with the reason', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Can I bring my dog?');
      await ok(
        t,
        REJECT,
        { id: q.id, reason: 'OFF_TOPIC', note: 'Ask Facilities.' },
        w.tokens.moderator,
      );
      const notes = await notesAbout(t, w.tokens.member, w.townHall.id);
      expect(notes).toHaveLength(1);
      expect(JSON.stringify(notes[0])).toMatch(/Ask Facilities\.|off.?topic/i);
      expect(await notesAbout(t, w.tokens.other, w.townHall.id)).toEqual([]);
    });
  });

  describe('summary', () => {
    it('counts every outcome, and the median time from publication to answer', async () => {
      const w = await townHallWorld(t, { state: 'LIVE' });
      const empty = (await ok(t, SUMMARY, { id: w.townHall.id }, w.tokens.member)).townHall.summary;
      expect(empty).toEqual({
        received: 0,
        published: 0,
        merged: 0,
        rejected: 0,
        rejectedByReason: [],
        withdrawn: 0,
        answeredLive: 0,
        answeredInWriting: 0,
        deferredOpen: 0,
        unanswered: 0,
        medianSecondsToAnswer: null,
      });
      const [a, b, c] = [w.tokens.member, w.tokens.other, w.tokens.moderator];
      const live1 = await askPublished(t, w, a, w.townHall.id, 'Answered live, one');
      const live2 = await askPublished(t, w, b, w.townHall.id, 'Answered live, two');
      const written = await askPublished(t, w, c, w.townHall.id, 'Answered in writing');
      const deferred = await askPublished(t, w, a, w.townHall.id, 'Deferred to later');
      const open = await askPublished(t, w, b, w.townHall.id, 'Not answered at all');
      const dup = await ask(t, w.tokens.host, w.townHall.id, 'A duplicate, merged');
      const off = await ask(t, w.tokens.host, w.townHall.id, 'Off topic, rejected');
      const rude = await ask(t, w.tokens.host, w.townHall.id, 'Rude, rejected');
      const gone = await ask(t, c, w.townHall.id, 'Withdrawn by asker');
      await ask(t, w.tokens.groupOwner, w.townHall.id, 'Still waiting in the queue');
      await ok(t, MERGE, { id: dup.id, into: open.id }, w.tokens.moderator);
      await ok(t, REJECT, { id: off.id, reason: 'OFF_TOPIC' }, w.tokens.moderator);
      await ok(t, REJECT, { id: rude.id, reason: 'DISRESPECTFUL' }, w.tokens.moderator);
      await ok(t, WITHDRAW, { id: gone.id }, c);

      // Published 100 s, 300 s and 1000 s before being answered: the median is 300 s.
      const setPublished = (id: string, secondsAgo: number) =>
        t.ds.query(
          `UPDATE town_hall_questions SET published_at = now() - make_interval(secs => $2) WHERE id = $1`,
          [id, secondsAgo],
        );
      await setPublished(live1.id, 100);
      await setPublished(live2.id, 1000);
      await setPublished(written.id, 300);
      await answer(t, w.tokens.host, live1.id, 'ANSWERED_LIVE');
      await answer(t, w.tokens.host, live2.id, 'ANSWERING');
      await answer(t, w.tokens.host, live2.id, 'ANSWERED_LIVE');
      await answer(t, w.tokens.host, written.id, 'ANSWERED_IN_WRITING', { answer: 'Here it is.' });
      await answer(t, w.tokens.host, deferred.id, 'DEFERRED', {
        to: w.users.hr.id,
        until: inDays(3),
      });

      const summary = (await ok(t, SUMMARY, { id: w.townHall.id }, w.tokens.hr)).townHall.summary;
      expect(summary).toEqual({
        received: 10,
        published: 5,
        merged: 1,
        rejected: 2,
        rejectedByReason: expect.arrayContaining([
          { reason: 'OFF_TOPIC', count: 1 },
          { reason: 'DISRESPECTFUL', count: 1 },
        ]),
        withdrawn: 1,
        answeredLive: 2,
        answeredInWriting: 1,
        deferredOpen: 1,
        unanswered: 1,
        medianSecondsToAnswer: expect.any(Number),
      });
      expect(summary.rejectedByReason).toHaveLength(2);
      expect(Math.abs(summary.medianSecondsToAnswer - 300)).toBeLessThanOrEqual(5);
    });
  });

  describe('townHallCsv', () => {
    it('the Q&A log: a header, one line per question, quoted where needed; anonymous ones say Anonymous', async () => {
      const w = await live();
      const named = await ask(
        t,
        w.tokens.member,
        w.townHall.id,
        'Why, "exactly", did we move?\nSecond line.',
      );
      const anon = await ask(t, w.tokens.other, w.townHall.id, 'An anonymous question', true);
      const formula = await ask(
        t,
        w.tokens.host,
        w.townHall.id,
        '=HYPERLINK("http://evil.example")',
      );
      await answer(t, w.tokens.host, named.id, 'ANSWERED_IN_WRITING', {
        answer: 'Because, well, rent.',
      });
      const csv: string = (await ok(t, CSV, { id: w.townHall.id }, w.tokens.hr)).townHallCsv;
      expect(csv).toBe((await ok(t, CSV, { id: w.townHall.id }, w.tokens.host)).townHallCsv);
      expect(csv.endsWith('\r\n')).toBe(true);
      const records = parseCsv(csv);
      const header = records[0]!;
      expect(records).toHaveLength(4);
      expect(records.every((r) => r.length === header.length)).toBe(true);
      const row = (id: string) => {
        const r = records.find((x) => x.includes(id));
        if (!r) throw new Error(`no line for ${id}`);
        return r;
      };
      expect(row(named.id)).toEqual(
        expect.arrayContaining([
          'Why, "exactly", did we move?\nSecond line.',
          'Because, well, rent.',
          w.users.member.displayName,
        ]),
      );
      expect(row(anon.id)).toEqual(expect.arrayContaining(['An anonymous question', 'Anonymous']));
      expect(row(anon.id).join('|')).not.toContain(w.users.other.displayName);
      expect(csv).not.toContain(w.users.other.id);
      expect(csv).not.toContain(w.users.other.email);
      // A cell a spreadsheet would run as a formula is defused.
      expect(row(formula.id).some((cell) => cell.startsWith('='))).toBe(false);
    });

    it('is FORBIDDEN for moderators and the audience, NOT_FOUND outside it', async () => {
      const w = await live();
      for (const who of ['moderator', 'member'] as const)
        expect([who, (await t.gql(CSV, { id: w.townHall.id }, w.tokens[who])).code]).toEqual([
          who,
          ErrorCode.FORBIDDEN,
        ]);
      expect((await t.gql(CSV, { id: w.townHall.id }, w.tokens.outsider)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });
  });

  describe('similarTownHallQuestions', () => {
    it('finds a published question with similar words, not a pending or unrelated one, at most 5', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const lisbon = await askPublished(
        t,
        w,
        w.tokens.member,
        w.townHall.id,
        'When will the new Lisbon office open?',
      );
      await askPublished(
        t,
        w,
        w.tokens.other,
        w.townHall.id,
        'How are bonuses calculated this year?',
      );
      const pending = await ask(
        t,
        w.tokens.host,
        w.townHall.id,
        'Lisbon office opening date, please?',
      );
      const similar = async (text: string, token = w.tokens.other) =>
        (await ok(t, SIMILAR, { id: w.townHall.id, text }, token))
          .similarTownHallQuestions as Array<{ id: string }>;

      const found = await similar('When does the Lisbon office open');
      expect(found.map((q) => q.id)).toContain(lisbon.id);
      expect(found[0]!.id).toBe(lisbon.id);
      expect(found.map((q) => q.id)).not.toContain(pending.id);
      expect((await similar('parking for bicycles')).map((q) => q.id)).not.toContain(lisbon.id);

      const askers = [w.tokens.groupOwner, w.tokens.groupAdmin, w.tokens.moderator];
      for (let i = 0; i < 6; i++)
        await askPublished(
          t,
          w,
          askers[i % 3]!,
          w.townHall.id,
          `Lisbon office question number ${i}`,
        );
      expect((await similar('Lisbon office')).length).toBeLessThanOrEqual(5);
      expect(
        (await t.gql(SIMILAR, { id: w.townHall.id, text: 'Lisbon office' }, w.tokens.outsider))
          .code,
      ).toBe(ErrorCode.NOT_FOUND);
    });
  });

  describe('answering in the wrong state', () => {
    it('ANSWERING needs the town hall LIVE; a published question is not published again', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Too early to answer?');
      expect((await t.gql(ANSWER, { id: q.id, state: 'ANSWERING' }, w.tokens.host)).code).toEqual(
        oneOf(ILLEGAL_MOVE),
      );
      expect((await t.gql(PUBLISH, { id: q.id }, w.tokens.moderator)).code).toEqual(
        oneOf(ILLEGAL_MOVE),
      );
    });
  });
});

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF records), enough to check the export. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}
