import { ErrorCode } from '@hearth/shared/util';
import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, toConnection } from './connection';

describe('cursors', () => {
  it('round-trip their values', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']), 2)).toEqual([
      '2026-01-01T00:00:00.000Z',
      'abc',
    ]);
  });

  it('reject garbage with BAD_USER_INPUT', () => {
    for (const bad of ['nope', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, 2);
        throw new Error('expected a failure');
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
      }
    }
  });
});

describe('toConnection', () => {
  it('uses the extra row only to say there is a next page', () => {
    const c = toConnection(
      [1, 2, 3],
      2,
      (n) => [n],
      (n) => n * 10,
      7,
    );
    expect(c.edges.map((e) => e.node)).toEqual([10, 20]);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(c.pageInfo.endCursor!, 1)).toEqual([2]);
    expect(c.totalCount).toBe(7);
  });

  it('says when the last page is reached', () => {
    const c = toConnection(
      [1],
      2,
      (n) => [n],
      (n) => n,
    );
    expect(c.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor([1]) });
  });
});
