import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@hearth/shared/util';
import { addMember, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import {
  ASK,
  ask,
  askPublished,
  EDIT,
  ILLEGAL_MOVE,
  MERGE,
  ok,
  oneOf,
  PUBLISH,
  QUESTION,
  questionRows,
  questions,
  QUEUE,
  REJECT,
  TOWN_HALL,
  townHallWorld,
  ThWorld,
  vote,
  VOTE,
  WITHDRAW,
  countRows,
} from './helpers';

describe('town hall questions: asking, moderating, voting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const rowCount = async (townHallId: string) => (await questionRows(t, townHallId)).length;
  /** Another member of the audience group, with a token. */
  const audienceMember = async (w: ThWorld, name = 'Voter') => {
    const user = await createUser(t.ds, { displayName: `${name} ${randomUUID().slice(0, 6)}` });
    await addMember(t.ds, w.group, user);
    return { user, token: await t.tokenFor(user) };
  };
  const ids = (list: Array<{ id: string }>) => list.map((q) => q.id);

  describe('asking', () => {
    it('without pre-moderation a question is published at once, with its author, for everyone', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
      const q = await ask(
        t,
        w.tokens.member,
        w.townHall.id,
        '  Will we open an office in Porto?  ',
      );
      expect(q).toMatchObject({
        townHallId: w.townHall.id,
        body: 'Will we open an office in Porto?',
        anonymous: false,
        author: { id: w.users.member.id },
        status: 'PUBLISHED',
        answerState: null,
        isMine: true,
        editedByModerator: false,
        mergedIntoId: null,
      });
      expect(q.publishedAt).toEqual(expect.any(String));
      const seen = await questions(t, w.tokens.other, w.townHall.id);
      expect(seen).toEqual([
        expect.objectContaining({
          id: q.id,
          isMine: false,
          author: expect.objectContaining({ id: w.users.member.id }),
        }),
      ]);
      expect(
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.other)).townHall.publishedCount,
      ).toBe(1);
    });

    it('an anonymous question has no author for anyone, moderators included; only its asker sees it is theirs', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Why did the bonus change?', true);
      expect(q).toMatchObject({ anonymous: true, author: null, isMine: true, status: 'PUBLISHED' });
      for (const who of [
        'member',
        'other',
        'moderator',
        'host',
        'hr',
        'orgAdmin',
        'groupOwner',
      ] as const) {
        const [seen] = await questions(t, w.tokens[who], w.townHall.id);
        expect([who, seen]).toEqual([
          who,
          expect.objectContaining({
            id: q.id,
            author: null,
            anonymous: true,
            isMine: who === 'member',
          }),
        ]);
      }
    });

    it('takes 5 to 500 characters; refuses anything else with BAD_USER_INPUT and writes nothing', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      for (const body of [
        '',
        '   \n\t ',
        'abcd',
        '  abcd   ',
        'x'.repeat(501),
        'x'.repeat(20_000),
      ]) {
        const res = await t.gql(ASK, { id: w.townHall.id, body }, w.tokens.member);
        expect([body.length, res.code]).toEqual([body.length, ErrorCode.BAD_USER_INPUT]);
        const anon = await t.gql(
          ASK,
          { id: w.townHall.id, body, anonymous: true },
          w.tokens.member,
        );
        expect([body.length, anon.code]).toEqual([body.length, ErrorCode.BAD_USER_INPUT]);
      }
      expect(await rowCount(w.townHall.id)).toBe(0);
      expect((await ask(t, w.tokens.member, w.townHall.id, 'abcde')).body).toBe('abcde');
      expect(
        (await ask(t, w.tokens.member, w.townHall.id, 'y'.repeat(500), true)).body,
      ).toHaveLength(500);
      expect(await rowCount(w.townHall.id)).toBe(2);
    });

    it('is possible only while the town hall is OPEN or LIVE', async () => {
      const w = await townHallWorld(t);
      // A DRAFT: its host sees it but may not ask yet.
      const early = await t.gql(ASK, { id: w.townHall.id, body: 'Too early?' }, w.tokens.host);
      expect(early.code).toEqual(oneOf(ILLEGAL_MOVE));
      for (const state of ['ENDED', 'ARCHIVED'] as const) {
        const th = await w.another({}, state);
        const res = await t.gql(ASK, { id: th.id, body: 'Too late?' }, w.tokens.member);
        expect([state, res.code]).toEqual([state, oneOf(ILLEGAL_MOVE)]);
        expect(await rowCount(th.id)).toBe(0);
      }
      const live = await w.another({}, 'LIVE');
      expect((await ask(t, w.tokens.member, live.id, 'Just in time?')).status).toBe('PENDING');
      expect(await rowCount(w.townHall.id)).toBe(0);
    });

    it('refuses an anonymous question when the town hall does not allow them, and writes nothing', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { allowAnonymous: false } });
      const res = await t.gql(
        ASK,
        { id: w.townHall.id, body: 'Secretly…', anonymous: true },
        w.tokens.member,
      );
      expect(res.code).toEqual(oneOf(['BAD_USER_INPUT', 'FORBIDDEN']));
      expect(await rowCount(w.townHall.id)).toBe(0);
      expect((await ask(t, w.tokens.member, w.townHall.id, 'Openly, then')).anonymous).toBe(false);
    });

    it('limits how many questions one person asks; anonymous questions count too', async () => {
      const w = await townHallWorld(t, { state: 'LIVE' });
      /** Asks until refused (at most 60 times); returns how many were accepted and the refusal. */
      const flood = async (token: string, anonymous: (i: number) => boolean) => {
        let accepted = 0;
        for (let i = 0; i < 60; i++) {
          const res = await t.gql(
            ASK,
            { id: w.townHall.id, body: `Question number ${i}`, anonymous: anonymous(i) },
            token,
          );
          if (res.errors) return { accepted, res };
          accepted++;
        }
        return { accepted, res: undefined };
      };
      const anon = await flood(w.tokens.member, () => true);
      expect(anon.res?.code).toBe(ErrorCode.RATE_LIMITED);
      // The schema promises at most 5 questions per person in 10 minutes.
      expect(anon.accepted).toBe(5);
      expect(await rowCount(w.townHall.id)).toBe(anon.accepted);

      // Named and anonymous questions share one count per person.
      const mixed = await flood(w.tokens.other, (i) => i % 2 === 1);
      expect(mixed.res?.code).toBe(ErrorCode.RATE_LIMITED);
      expect(mixed.accepted).toBe(anon.accepted);
      expect(await rowCount(w.townHall.id)).toBe(2 * anon.accepted);
      // Going anonymous after the limit does not get round it.
      const again = await t.gql(
        ASK,
        { id: w.townHall.id, body: 'And one more', anonymous: true },
        w.tokens.other,
      );
      expect(again.code).toBe(ErrorCode.RATE_LIMITED);
      expect(again.errors![0]!.message).toMatch(/\w+ \w+/);

      // Someone else is not affected.
      expect((await ask(t, w.tokens.moderator, w.townHall.id, 'May I still ask?')).status).toBe(
        'PENDING',
      );
      expect(await rowCount(w.townHall.id)).toBe(2 * anon.accepted + 1);
    });
  });

  describe('pre-moderation', () => {
    it('a question waits as PENDING, invisible to the audience, until a moderator publishes it', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'When is the next salary review?');
      expect(q).toMatchObject({ status: 'PENDING', publishedAt: null, isMine: true });

      for (const order of ['TOP', 'NEWEST', 'ANSWERED'])
        expect([order, await questions(t, w.tokens.other, w.townHall.id, order)]).toEqual([
          order,
          [],
        ]);
      expect(await questions(t, w.tokens.other, w.townHall.id, 'MINE')).toEqual([]);
      expect(
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.other)).townHall.publishedCount,
      ).toBe(0);
      // The asker sees it, with its status, among their own.
      expect(await questions(t, w.tokens.member, w.townHall.id, 'MINE')).toEqual([
        expect.objectContaining({ id: q.id, status: 'PENDING' }),
      ]);
      expect(await questions(t, w.tokens.member, w.townHall.id, 'TOP')).toEqual([]);
      // Nobody can vote for it yet.
      expect((await t.gql(VOTE, { id: q.id, up: true }, w.tokens.other)).code).toBe(
        ErrorCode.NOT_FOUND,
      );

      const queue = await ok(t, QUEUE, { id: w.townHall.id }, w.tokens.moderator);
      expect(ids(queue.townHall.moderationQueue.edges.map((e: any) => e.node))).toEqual([q.id]);

      const published = (await ok(t, PUBLISH, { id: q.id }, w.tokens.moderator))
        .publishTownHallQuestion;
      expect(published).toMatchObject({ id: q.id, status: 'PUBLISHED' });
      expect(published.publishedAt).toEqual(expect.any(String));
      expect(await questions(t, w.tokens.other, w.townHall.id)).toEqual([
        expect.objectContaining({ id: q.id, status: 'PUBLISHED', isMine: false }),
      ]);
      expect(
        (
          await ok(t, QUEUE, { id: w.townHall.id }, w.tokens.moderator)
        ).townHall.moderationQueue.edges.map((e: any) => e.node),
      ).toEqual([]);
      // Publishing twice is refused.
      expect((await t.gql(PUBLISH, { id: q.id }, w.tokens.moderator)).code).toEqual(
        oneOf(ILLEGAL_MOVE),
      );
    });

    it('townHallQuestion: a pending question is NOT_FOUND for the audience, seen by its asker and the moderators', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Is this pending?', true);
      for (const who of ['member', 'moderator', 'host', 'hr', 'groupAdmin'] as const)
        expect([
          who,
          (await ok(t, QUESTION, { id: q.id }, w.tokens[who])).townHallQuestion,
        ]).toEqual([
          who,
          expect.objectContaining({
            id: q.id,
            status: 'PENDING',
            author: null,
            isMine: who === 'member',
          }),
        ]);
      for (const who of ['other', 'outsider'] as const)
        expect([who, (await t.gql(QUESTION, { id: q.id }, w.tokens[who])).code]).toEqual([
          who,
          ErrorCode.NOT_FOUND,
        ]);
      await ok(t, PUBLISH, { id: q.id }, w.tokens.moderator);
      expect((await ok(t, QUESTION, { id: q.id }, w.tokens.other)).townHallQuestion).toMatchObject({
        id: q.id,
        status: 'PUBLISHED',
        isMine: false,
      });
      expect((await t.gql(QUESTION, { id: q.id }, w.tokens.outsider)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect((await t.gql(QUESTION, { id: randomUUID() }, w.tokens.moderator)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });

    it('the moderation queue is oldest first', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const first = await ask(t, w.tokens.member, w.townHall.id, 'First one');
      const second = await ask(t, w.tokens.other, w.townHall.id, 'Second one');
      const third = await ask(t, w.tokens.member, w.townHall.id, 'Third one', true);
      const queue = await ok(t, QUEUE, { id: w.townHall.id }, w.tokens.host);
      expect(ids(queue.townHall.moderationQueue.edges.map((e: any) => e.node))).toEqual([
        first.id,
        second.id,
        third.id,
      ]);
    });

    it('the asker withdraws a pending question: it leaves the queue; others cannot withdraw it', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Never mind this one', true);
      expect((await t.gql(WITHDRAW, { id: q.id }, w.tokens.moderator)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await t.gql(WITHDRAW, { id: q.id }, w.tokens.other)).code).toEqual(
        oneOf([ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN]),
      );
      const withdrawn = (await ok(t, WITHDRAW, { id: q.id }, w.tokens.member))
        .withdrawTownHallQuestion;
      expect(withdrawn).toMatchObject({ id: q.id, status: 'WITHDRAWN', isMine: true });
      expect(
        (
          await ok(t, QUEUE, { id: w.townHall.id }, w.tokens.moderator)
        ).townHall.moderationQueue.edges.map((e: any) => e.node),
      ).toEqual([]);
      expect(await questions(t, w.tokens.member, w.townHall.id, 'MINE')).toEqual([
        expect.objectContaining({ id: q.id, status: 'WITHDRAWN' }),
      ]);
      // A withdrawn question cannot be published.
      expect((await t.gql(PUBLISH, { id: q.id }, w.tokens.moderator)).code).toEqual(
        oneOf(ILLEGAL_MOVE),
      );
    });

    it('a published question can be withdrawn by its asker too, and leaves the lists', async () => {
      const w = await townHallWorld(t, { state: 'LIVE', input: { preModerated: false } });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Changed my mind');
      await vote(t, w.tokens.other, q.id);
      await ok(t, WITHDRAW, { id: q.id }, w.tokens.member);
      expect(await questions(t, w.tokens.other, w.townHall.id)).toEqual([]);
      expect(
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.other)).townHall.publishedCount,
      ).toBe(0);
    });
  });

  describe('rejecting', () => {
    it('the asker sees the reason and the note; other members do not see the question', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Can I have a parking spot?');
      const rejected = (
        await ok(
          t,
          REJECT,
          { id: q.id, reason: 'OFF_TOPIC', note: '  Please ask Facilities.  ' },
          w.tokens.moderator,
        )
      ).rejectTownHallQuestion;
      expect(rejected).toMatchObject({
        id: q.id,
        status: 'REJECTED',
        rejectReason: 'OFF_TOPIC',
        rejectNote: 'Please ask Facilities.',
      });
      expect(await questions(t, w.tokens.member, w.townHall.id, 'MINE')).toEqual([
        expect.objectContaining({
          id: q.id,
          status: 'REJECTED',
          rejectReason: 'OFF_TOPIC',
          rejectNote: 'Please ask Facilities.',
        }),
      ]);
      for (const order of ['TOP', 'NEWEST', 'ANSWERED', 'MINE'])
        expect([order, await questions(t, w.tokens.other, w.townHall.id, order)]).toEqual([
          order,
          [],
        ]);
      expect(
        (
          await ok(t, QUEUE, { id: w.townHall.id }, w.tokens.moderator)
        ).townHall.moderationQueue.edges.map((e: any) => e.node),
      ).toEqual([]);
      expect((await t.gql(VOTE, { id: q.id, up: true }, w.tokens.other)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });

    it('a published question can be rejected later; it leaves the lists; a reason is required and checked', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Something rude');
      const noReason = await t.gql(
        `mutation($id: ID!) { rejectTownHallQuestion(id: $id) { id } }`,
        { id: q.id },
        w.tokens.moderator,
      );
      expect(noReason.status).toBe(400);
      const badReason = await t.gql(REJECT, { id: q.id, reason: 'BORING' }, w.tokens.moderator);
      expect(badReason.status).toBe(400);
      const longNote = await t.gql(
        REJECT,
        { id: q.id, reason: 'OTHER', note: 'n'.repeat(501) },
        w.tokens.moderator,
      );
      expect(longNote.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((await questions(t, w.tokens.other, w.townHall.id)).map((x) => x.id)).toEqual([q.id]);

      await ok(t, REJECT, { id: q.id, reason: 'DISRESPECTFUL' }, w.tokens.host);
      expect(await questions(t, w.tokens.other, w.townHall.id)).toEqual([]);
      expect((await questions(t, w.tokens.member, w.townHall.id, 'MINE'))[0]).toMatchObject({
        rejectReason: 'DISRESPECTFUL',
        rejectNote: null,
      });
    });
  });

  describe('merging', () => {
    it('votes and askers move to the target; a person who voted for both counts once', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
      const a = await ask(t, w.tokens.member, w.townHall.id, 'Is remote work staying?');
      const b = await ask(t, w.tokens.other, w.townHall.id, 'Will we keep working from home?');
      const [v1, v2, v3] = [
        await audienceMember(w),
        await audienceMember(w),
        await audienceMember(w),
      ];
      await vote(t, v1.token, a.id);
      await vote(t, v2.token, a.id);
      await vote(t, v2.token, b.id);
      await vote(t, v3.token, b.id);
      // Who has voted for either, as the API sees it (whatever it does about askers' own votes).
      const everyone = [{ token: w.tokens.member }, { token: w.tokens.other }, v1, v2, v3];
      let union = 0;
      for (const p of everyone) {
        const list = await questions(t, p.token, w.townHall.id);
        if (list.some((q) => q.viewerHasVoted)) union++;
      }
      expect(union).toBeGreaterThanOrEqual(3);

      const target = (await ok(t, MERGE, { id: b.id, into: a.id }, w.tokens.moderator))
        .mergeTownHallQuestion;
      expect(target).toMatchObject({ id: a.id, status: 'PUBLISHED', voteCount: union });

      // The audience sees only the target, with everyone's votes, each counted once.
      const seen = await questions(t, v3.token, w.townHall.id);
      expect(seen).toEqual([
        expect.objectContaining({ id: a.id, voteCount: union, viewerHasVoted: true }),
      ]);
      const [forV2] = await questions(t, v2.token, w.townHall.id);
      expect(forV2).toMatchObject({ id: a.id, voteCount: union, viewerHasVoted: true });
      // The merged question's asker sees it MERGED into the target, and the target as theirs too.
      const mine = await questions(t, w.tokens.other, w.townHall.id, 'MINE');
      expect(mine).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: b.id, status: 'MERGED', mergedIntoId: a.id }),
        ]),
      );
      const [targetForOther] = await questions(t, w.tokens.other, w.townHall.id);
      expect(targetForOther).toMatchObject({ id: a.id, isMine: true });
      // The target's own author is still its author.
      expect(targetForOther.author).toMatchObject({ id: w.users.member.id });
      // One vote row per person on the target.
      const n = await countRows(
        t,
        `SELECT count(*)::int AS n FROM town_hall_votes WHERE question_id = $1`,
        [a.id],
      );
      expect(n).toBe(union);
      // A voter who had voted for both can take their vote back once; the count follows.
      expect((await vote(t, v2.token, a.id, false)).voteCount).toBe(union - 1);
    });

    it('a pending question merged into a published one; merging into itself, across town halls or into a rejected one is refused', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const target = await askPublished(t, w, w.tokens.member, w.townHall.id, 'Target question');
      const pending = await ask(t, w.tokens.other, w.townHall.id, 'Duplicate of the target');
      const self = await t.gql(MERGE, { id: target.id, into: target.id }, w.tokens.moderator);
      expect(self.code).toBe(ErrorCode.BAD_USER_INPUT);
      const elsewhere = await w.another({ preModerated: false }, 'OPEN');
      const foreign = await ask(t, w.tokens.member, elsewhere.id, 'Elsewhere');
      const across = await t.gql(MERGE, { id: pending.id, into: foreign.id }, w.tokens.moderator);
      expect(across.code).toEqual(oneOf([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND]));
      const rejected = await ask(t, w.tokens.member, w.townHall.id, 'Rejected one');
      await ok(t, REJECT, { id: rejected.id, reason: 'OTHER' }, w.tokens.moderator);
      const intoRejected = await t.gql(
        MERGE,
        { id: pending.id, into: rejected.id },
        w.tokens.moderator,
      );
      expect(intoRejected.code).toEqual(oneOf(ILLEGAL_MOVE));

      const merged = await ok(t, MERGE, { id: pending.id, into: target.id }, w.tokens.moderator);
      expect(merged.mergeTownHallQuestion.id).toBe(target.id);
      expect(
        (
          await ok(t, QUEUE, { id: w.townHall.id }, w.tokens.moderator)
        ).townHall.moderationQueue.edges.map((e: any) => e.node),
      ).toEqual([]);
      expect(await questions(t, w.tokens.other, w.townHall.id, 'MINE')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: pending.id, status: 'MERGED', mergedIntoId: target.id }),
        ]),
      );
      expect(ids(await questions(t, w.tokens.groupOwner, w.townHall.id))).toEqual([target.id]);
    });
  });

  describe('editing by a moderator', () => {
    it('changes the text and marks it editedByModerator, for everyone', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Why are the managers so bad???');
      const edited = (
        await ok(t, EDIT, { id: q.id, body: 'How do we support new managers?' }, w.tokens.moderator)
      ).editTownHallQuestion;
      expect(edited).toMatchObject({
        id: q.id,
        body: 'How do we support new managers?',
        editedByModerator: true,
      });
      await ok(t, PUBLISH, { id: q.id }, w.tokens.moderator);
      for (const who of ['member', 'other'] as const)
        expect([who, (await questions(t, w.tokens[who], w.townHall.id))[0]]).toEqual([
          who,
          expect.objectContaining({
            body: 'How do we support new managers?',
            editedByModerator: true,
          }),
        ]);
      // Bad text is refused and changes nothing; the asker is not a moderator.
      for (const body of ['', '  ', 'abcd', 'z'.repeat(501)])
        expect([
          body.length,
          (await t.gql(EDIT, { id: q.id, body }, w.tokens.moderator)).code,
        ]).toEqual([body.length, ErrorCode.BAD_USER_INPUT]);
      expect((await t.gql(EDIT, { id: q.id, body: 'My own words' }, w.tokens.member)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await questions(t, w.tokens.other, w.townHall.id))[0].body).toBe(
        'How do we support new managers?',
      );
    });

    it('a question nobody edited is not marked', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      const q = await askPublished(t, w, w.tokens.member, w.townHall.id, 'Plain question');
      expect(q.editedByModerator).toBe(false);
    });
  });

  describe('voting', () => {
    it('toggles: one vote per person, taken back with up: false', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Vote for me');
      // Counted from whatever the question starts with (the API may count its asker's own vote).
      const base: number = q.voteCount;
      expect(await vote(t, w.tokens.other, q.id)).toMatchObject({
        voteCount: base + 1,
        viewerHasVoted: true,
      });
      expect(await vote(t, w.tokens.other, q.id)).toMatchObject({
        voteCount: base + 1,
        viewerHasVoted: true,
      });
      expect(await vote(t, w.tokens.host, q.id)).toMatchObject({
        voteCount: base + 2,
        viewerHasVoted: true,
      });
      expect(await vote(t, w.tokens.other, q.id, false)).toMatchObject({
        voteCount: base + 1,
        viewerHasVoted: false,
      });
      expect(await vote(t, w.tokens.other, q.id, false)).toMatchObject({
        voteCount: base + 1,
        viewerHasVoted: false,
      });
      const [seen] = await questions(t, w.tokens.groupOwner, w.townHall.id);
      expect(seen).toMatchObject({ voteCount: base + 1, viewerHasVoted: false });
      expect((await t.gql(VOTE, { id: randomUUID(), up: true }, w.tokens.other)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });

    it('TOP orders by votes, NEWEST by time; first limits the list', async () => {
      const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
      const q1 = await ask(t, w.tokens.member, w.townHall.id, 'Question one');
      const q2 = await ask(t, w.tokens.other, w.townHall.id, 'Question two');
      const q3 = await ask(t, w.tokens.host, w.townHall.id, 'Question three');
      for (const token of [w.tokens.groupOwner, w.tokens.groupAdmin, w.tokens.moderator])
        await vote(t, token, q2.id);
      await vote(t, w.tokens.groupOwner, q3.id);
      expect(ids(await questions(t, w.tokens.other, w.townHall.id, 'TOP'))).toEqual([
        q2.id,
        q3.id,
        q1.id,
      ]);
      expect(ids(await questions(t, w.tokens.other, w.townHall.id, 'NEWEST'))).toEqual([
        q3.id,
        q2.id,
        q1.id,
      ]);
      expect(ids(await questions(t, w.tokens.other, w.townHall.id, 'MINE'))).toEqual([q2.id]);
      expect(ids(await questions(t, w.tokens.other, w.townHall.id, 'ANSWERED'))).toEqual([]);
      expect(ids(await questions(t, w.tokens.other, w.townHall.id, 'TOP', 2))).toEqual([
        q2.id,
        q3.id,
      ]);
      expect(
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.other)).townHall.publishedCount,
      ).toBe(3);
    });

    it('the vote budget is enforced with a clear error and nothing written; taking a vote back frees one', async () => {
      const w = await townHallWorld(t, {
        state: 'OPEN',
        input: { preModerated: false, voteBudget: 2 },
      });
      const qs = [];
      for (const body of ['Budget one', 'Budget two', 'Budget three'])
        qs.push(await ask(t, w.tokens.member, w.townHall.id, body));
      const [a, b, c] = qs as [any, any, any];
      const votesLeft = async () =>
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.other)).townHall.viewer.votesLeft;
      expect(await votesLeft()).toBe(2);
      await vote(t, w.tokens.other, a.id);
      await vote(t, w.tokens.other, b.id);
      expect(await votesLeft()).toBe(0);
      // Voting again for one already voted for is not a new vote.
      expect(await vote(t, w.tokens.other, b.id)).toMatchObject({ voteCount: b.voteCount + 1 });
      expect(await votesLeft()).toBe(0);

      const over = await t.gql(VOTE, { id: c.id, up: true }, w.tokens.other);
      expect(over.code).toEqual(oneOf(['CONFLICT', 'BAD_USER_INPUT']));
      expect(over.errors![0]!.message).toMatch(/vote/i);
      expect(over.errors![0]!.message).toMatch(/2/);
      const [cNow] = (await questions(t, w.tokens.other, w.townHall.id)).filter(
        (q) => q.id === c.id,
      );
      expect(cNow).toMatchObject({ voteCount: c.voteCount, viewerHasVoted: false });
      const n = await countRows(
        t,
        `SELECT count(*)::int AS n FROM town_hall_votes WHERE question_id = $1`,
        [c.id],
      );
      expect(n).toBe(c.voteCount);

      await vote(t, w.tokens.other, a.id, false);
      expect(await votesLeft()).toBe(1);
      expect(await vote(t, w.tokens.other, c.id)).toMatchObject({
        voteCount: c.voteCount + 1,
        viewerHasVoted: true,
      });
      expect(await votesLeft()).toBe(0);
      // Someone else has a budget of their own.
      expect(
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.host)).townHall.viewer.votesLeft,
      ).toBe(2);
    });

    it('without a budget votesLeft is null', async () => {
      const w = await townHallWorld(t, { state: 'OPEN' });
      expect(
        (await ok(t, TOWN_HALL, { id: w.townHall.id }, w.tokens.member)).townHall.viewer.votesLeft,
      ).toBeNull();
    });

    it('votes are refused once the town hall has ended', async () => {
      const w = await townHallWorld(t, { state: 'LIVE', input: { preModerated: false } });
      const q = await ask(t, w.tokens.member, w.townHall.id, 'Late vote?');
      await ok(
        t,
        `mutation($id: ID!) { setTownHallState(id: $id, state: ENDED) { id } }`,
        { id: w.townHall.id },
        w.tokens.hr,
      );
      const res = await t.gql(VOTE, { id: q.id, up: true }, w.tokens.other);
      expect(res.code).toEqual(oneOf(ILLEGAL_MOVE));
      expect((await questions(t, w.tokens.other, w.townHall.id))[0].voteCount).toBe(q.voteCount);
    });
  });
});
