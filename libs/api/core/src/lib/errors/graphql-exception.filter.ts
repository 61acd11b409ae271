import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error thrown in a resolver straight to Apollo, whose error formatter keeps deliberate
 * errors and masks (and logs, with a reference id) the rest. Without it, Nest's default handler
 * would log every refused request — a wrong password, a NOT_FOUND — as a server error.
 */
@Catch()
export class GraphqlPassThroughFilter implements GqlExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): unknown {
    return exception;
  }
}
