import {
  BadRequestException,
  ForbiddenException,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { ErrorCode } from '@hearth/shared/util';
import { GraphQLError } from 'graphql';
import { badInput, notFound } from './app-error';
import { formatError } from './format-error';

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });
const format = (error: GraphQLError) =>
  formatError({ message: error.message, extensions: error.extensions, path: error.path }, error);

describe('formatError', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('keeps deliberate errors as they are', () => {
    const out = format(wrap(badInput('Name is too long.', 'name')));
    expect(out.message).toBe('Name is too long.');
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'name' });
    expect(format(wrap(notFound('That group'))).extensions?.['code']).toBe(ErrorCode.NOT_FOUND);
  });

  it('masks anything unexpected, keeping only a reference id', () => {
    const out = format(
      wrap(
        new Error('duplicate key value violates unique constraint "pk_users" SELECT * FROM users'),
      ),
    );
    expect(out.extensions?.['code']).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(out.message).toMatch(/^Internal server error \(reference [0-9a-f-]{36}\)\.$/);
    expect(JSON.stringify(out)).not.toMatch(/users|SELECT|constraint/);
  });

  it('maps Nest HTTP exceptions from guards and pipes to stable codes', () => {
    expect(format(wrap(new UnauthorizedException())).extensions?.['code']).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect(format(wrap(new ForbiddenException())).extensions?.['code']).toBe(ErrorCode.FORBIDDEN);
    const bad = format(wrap(new BadRequestException(['email must be an email'])));
    expect(bad.extensions?.['code']).toBe(ErrorCode.BAD_USER_INPUT);
    expect(bad.message).toBe('email must be an email');
  });

  it('turns GraphQL validation failures into BAD_USER_INPUT', () => {
    const out = formatError(
      {
        message: 'Cannot query field "x" on type "Query".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      new GraphQLError('Cannot query field "x" on type "Query".'),
    );
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
  });
});
