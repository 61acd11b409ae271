import { TownHallAnswerState as A, TownHallState as S } from './town-hall.model';
import {
  answerMoveAllowed,
  canModerate,
  canMove,
  canSee,
  canTakePart,
  csvField,
  csvLine,
  mayMove,
  median,
  TownHallAccess,
} from './town-hall-rules';

const access = (over: Partial<TownHallAccess> = {}): TownHallAccess => ({
  manager: false,
  host: false,
  moderator: false,
  audience: false,
  state: S.OPEN,
  ...over,
});

describe('town-hall rules', () => {
  it('a draft is seen only by those who run it; the audience sees the rest; outsiders nothing', () => {
    expect(canSee(access({ audience: true, state: S.DRAFT }))).toBe(false);
    expect(canSee(access({ host: true, state: S.DRAFT }))).toBe(true);
    expect(canSee(access({ moderator: true, state: S.DRAFT }))).toBe(true);
    expect(canSee(access({ manager: true, state: S.DRAFT }))).toBe(true);
    for (const state of [S.OPEN, S.LIVE, S.ENDED, S.ARCHIVED])
      expect(canSee(access({ audience: true, state }))).toBe(true);
    expect(canSee(access({ state: S.LIVE }))).toBe(false);
  });

  it('the audience asks and votes only while OPEN or LIVE', () => {
    expect(
      [S.DRAFT, S.OPEN, S.LIVE, S.ENDED, S.ARCHIVED].map((state) =>
        canTakePart(access({ audience: true, state })),
      ),
    ).toEqual([false, true, true, false, false]);
    expect(canTakePart(access({ host: true, manager: true, state: S.LIVE }))).toBe(false);
  });

  it('moderation: moderators, hosts and managers, from OPEN until archived', () => {
    expect(canModerate(access({ moderator: true }))).toBe(true);
    expect(canModerate(access({ host: true, state: S.ENDED }))).toBe(true);
    expect(canModerate(access({ manager: true, state: S.ARCHIVED }))).toBe(false);
    expect(canModerate(access({ moderator: true, state: S.DRAFT }))).toBe(false);
    expect(canModerate(access({ audience: true }))).toBe(false);
  });

  it('states move forward only; a draft cannot end', () => {
    expect(canMove(S.DRAFT, S.OPEN)).toBe(true);
    expect(canMove(S.DRAFT, S.LIVE)).toBe(true);
    expect(canMove(S.DRAFT, S.ENDED)).toBe(false);
    expect(canMove(S.OPEN, S.ENDED)).toBe(true);
    expect(canMove(S.LIVE, S.OPEN)).toBe(false);
    expect(canMove(S.ENDED, S.ARCHIVED)).toBe(true);
    expect(canMove(S.ARCHIVED, S.ENDED)).toBe(false);
    expect(canMove(S.OPEN, S.OPEN)).toBe(false);
  });

  it('hosts take it live and end it; managers do everything', () => {
    expect(mayMove(access({ host: true }), S.LIVE)).toBe(true);
    expect(mayMove(access({ host: true }), S.ENDED)).toBe(true);
    expect(mayMove(access({ host: true }), S.OPEN)).toBe(false);
    expect(mayMove(access({ host: true }), S.ARCHIVED)).toBe(false);
    expect(mayMove(access({ moderator: true }), S.LIVE)).toBe(false);
    expect(mayMove(access({ manager: true }), S.ARCHIVED)).toBe(true);
  });

  it('answering live needs a live town hall; writing and deferring also before and after', () => {
    expect(answerMoveAllowed(S.LIVE, null, A.ANSWERING)).toBe(true);
    expect(answerMoveAllowed(S.OPEN, null, A.ANSWERING)).toBe(false);
    expect(answerMoveAllowed(S.LIVE, A.ANSWERING, A.ANSWERED_LIVE)).toBe(true);
    expect(answerMoveAllowed(S.ENDED, null, A.ANSWERED_LIVE)).toBe(false);
    expect(answerMoveAllowed(S.ENDED, A.DEFERRED, A.ANSWERED_IN_WRITING)).toBe(true);
    expect(answerMoveAllowed(S.ARCHIVED, A.DEFERRED, A.ANSWERED_IN_WRITING)).toBe(false);
    expect(answerMoveAllowed(S.OPEN, null, A.DEFERRED)).toBe(true);
    expect(answerMoveAllowed(S.LIVE, A.DEFERRED, A.DEFERRED)).toBe(false);
    expect(answerMoveAllowed(S.LIVE, A.ANSWERED_LIVE, A.ANSWERED_IN_WRITING)).toBe(false);
    expect(answerMoveAllowed(S.LIVE, A.ANSWERED_IN_WRITING, A.ANSWERING)).toBe(false);
  });

  it('CSV fields are quoted when needed and formulas are defused', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvLine(['a', null, 2])).toBe('a,,2');
  });

  it('median', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});
