import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';

/**
 * Hands every error thrown in a resolver straight to Apollo, whose error formatter keeps deliberate
 * errors and masks (and logs, with a reference id) the rest. Without it, Nest's default handler
 * would log every refused request — a wrong password, a NOT_FOUND — as a server error.
 */
@Catch()
export class GraphqlPassThroughFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    // The few plain HTTP routes (health, metrics) answer with the exception's own status and body.
    if (host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      const clientStatus = clientErrorStatus(exception);
      if (exception instanceof HttpException) {
        res.status(exception.getStatus()).json(exception.getResponse());
      } else if (clientStatus !== null) {
        // A client's mistake caught before any route (body-parser's 413 for a body over the limit,
        // 400 for malformed JSON): its own status, and no stack in the log.
        res.status(clientStatus).json({
          statusCode: clientStatus,
          message: (exception as Error).message,
        });
      } else {
        this.logger.error(exception instanceof Error ? (exception.stack ?? exception) : exception);
        res.status(500).json({ statusCode: 500, message: 'Internal server error' });
      }
      return undefined;
    }
    return exception;
  }
}

/** The 4xx status of an http-errors style error (`status`/`statusCode`, as body-parser throws), or null. */
function clientErrorStatus(exception: unknown): number | null {
  if (!(exception instanceof Error)) return null;
  const e = exception as Error & { status?: unknown; statusCode?: unknown };
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}
