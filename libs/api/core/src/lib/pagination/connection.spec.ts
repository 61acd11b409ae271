import { ErrorCode } from '@hearth/shared/util';
import { AppError } from '../errors/app-error';
import { decodeCursor, decodeCursorAs, encodeCursor, toConnection } from './connection';

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

describe('typed cursors', () => {
  const id = '3f1c1f7e-8a55-4c36-9a3e-1c6f2b0c9d11';

  it('hand back values of the types their SQL casts expect', () => {
    const ok = [2, 'Ana', '2026-12-02 18:33:00.123+00', id];
    expect(decodeCursorAs(encodeCursor(ok), ['int', 'text', 'timestamptz', 'uuid'])).toEqual(ok);
  });

  it('reject a made-up cursor whose values would fail in the database', () => {
    for (const values of [
      ['yesterday', id],
      ['2026-12-02 18:33:00+00', 'not-a-uuid'],
      [1, id],
    ]) {
      try {
        decodeCursorAs(encodeCursor(values), ['timestamptz', 'uuid']);
        throw new Error('expected a failure');
      } catch (e) {
        expect((e as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
      }
    }
    expect(() => decodeCursorAs(encodeCursor([1.5, 'x', id]), ['int', 'text', 'uuid'])).toThrow(
      AppError,
    );
  });

  it('take numerics as PostgreSQL writes them, and nothing else', () => {
    for (const n of ['1795800000', '-1795800000.123456', '0.5']) {
      expect(decodeCursorAs(encodeCursor([n]), ['numeric'])).toEqual([n]);
    }
    for (const bad of [1795800000, '1e9', 'NaN', '1.', '.5', '1; drop', '9'.repeat(21)]) {
      expect(() => decodeCursorAs(encodeCursor([bad]), ['numeric'])).toThrow(AppError);
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
