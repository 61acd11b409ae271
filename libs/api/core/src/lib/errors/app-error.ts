import { ErrorCode } from '@hearth/shared/util';
import { GraphQLError } from 'graphql';

/**
 * A deliberate error: its message is meant for the person and its `extensions.code` is stable.
 * Anything else thrown in a resolver is masked as INTERNAL_SERVER_ERROR by the error formatter.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code } });
  }

  get code(): ErrorCode {
    return this.extensions['code'] as ErrorCode;
  }
}

export const unauthenticated = (message = 'Please sign in.'): AppError =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do that.'): AppError =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what = 'That'): AppError =>
  new AppError(ErrorCode.NOT_FOUND, `${what} does not exist or you do not have access to it.`);
/** `field` names the input field at fault, so a form can show the message beside it. */
export const badInput = (message: string, field?: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const conflict = (message: string, field?: string): AppError =>
  new AppError(ErrorCode.CONFLICT, message, field ? { field } : {});
export const rateLimited = (retryAfterSeconds: number): AppError =>
  new AppError(
    ErrorCode.RATE_LIMITED,
    `Too many attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    { retryAfterSeconds },
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else names nothing, so callers answer NOT_FOUND rather than a SQL error. */
export const isUuid = (value: string): boolean => UUID.test(value);
