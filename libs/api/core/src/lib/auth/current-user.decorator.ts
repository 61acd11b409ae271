import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '../errors/app-error';
import { AuthUser } from './auth-user';
import { requestFrom } from './request-context';

/** The signed-in person; the global guard has already refused anyone else. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => {
    const user = requestFrom(context).user;
    if (!user) throw unauthenticated();
    return user;
  },
);
