import { HttpException, Logger } from '@nestjs/common';
import { ErrorCode } from '@hearth/shared/util';
import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');

const PASS_THROUGH = new Set<string>(Object.values(ErrorCode));

/**
 * Deliberate errors keep their code and message; GraphQL validation and parse errors become
 * BAD_USER_INPUT (or QUERY_TOO_COMPLEX); anything else is logged with an id and masked, so no
 * SQL, stack or internal detail ever reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...original.extensions },
    };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string') {
    if (
      code === 'GRAPHQL_VALIDATION_FAILED' ||
      code === 'GRAPHQL_PARSE_FAILED' ||
      code === 'BAD_USER_INPUT'
    ) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE') {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (PASS_THROUGH.has(code) && code !== (ErrorCode.INTERNAL_SERVER_ERROR as string)) {
      return { message: formatted.message, path: formatted.path, extensions: { code } };
    }
  }
  // Nest's HttpExceptions (from guards or pipes) carry their own status.
  const status = readStatus(original);
  if (status === 401)
    return {
      message: 'Please sign in.',
      path: formatted.path,
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    };
  if (status === 403)
    return {
      message: 'You are not allowed to do that.',
      path: formatted.path,
      extensions: { code: ErrorCode.FORBIDDEN },
    };
  if (status === 400) {
    return {
      message: readMessage(original) ?? 'The input is not valid.',
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  const errorId = randomUUID();
  logger.error(
    `[${errorId}] ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
  );
  return {
    message: `Internal server error (reference ${errorId}).`,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}

function readStatus(error: unknown): number | undefined {
  return error instanceof HttpException ? error.getStatus() : undefined;
}

function readMessage(error: unknown): string | undefined {
  if (!(error instanceof HttpException)) return undefined;
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message: unknown = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : undefined;
}
