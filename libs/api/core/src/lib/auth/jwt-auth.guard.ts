import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { unauthenticated } from '../errors/app-error';
import { IS_PUBLIC } from './public.decorator';
import { requestFrom } from './request-context';

/**
 * Deny by default: every operation needs a valid access token of an active person in a live
 * session (checked by the 'jwt' passport strategy), unless it is marked @Public().
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    // A subscription socket was authenticated in connection_init, and its session is re-checked
    // for every subscription it starts (apps/api SubscriptionServer).
    const req = requestFrom(context);
    if (req.viaSocket) {
      if (!req.user) throw unauthenticated();
      return true;
    }
    return super.canActivate(context);
  }

  override getRequest(context: ExecutionContext) {
    return requestFrom(context);
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err || !user) throw unauthenticated();
    return user;
  }
}
