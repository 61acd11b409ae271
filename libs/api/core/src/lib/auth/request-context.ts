import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { LoaderRegistry } from '../loaders/loader-registry';
import { AuthUser } from './auth-user';

/** What every GraphQL resolver gets as its context. */
export interface GraphqlContext {
  /** Over a subscription socket, `req` holds only the person its connection signed in as. */
  req: Omit<Request, 'user'> & { user?: AuthUser; viaSocket?: boolean };
  loaders: LoaderRegistry;
}

export function requestFrom(context: ExecutionContext): GraphqlContext['req'] {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<GraphqlContext['req']>();
}

/** The caller's address, for rate limits: the socket's, or the proxy's header when TRUST_PROXY is on. */
export function clientAddress(req: Pick<Request, 'ip' | 'socket'>): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
