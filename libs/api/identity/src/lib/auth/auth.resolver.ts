import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, clientAddress, CurrentUser, GraphqlContext, Public } from '@hearth/api/core';
import { AuthPayload } from './auth-payload.model';
import { AuthService } from './auth.service';
import { RefreshSessionInput, SignInInput, SignUpInput } from './dto/auth.inputs';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rate limited per account and per address.' })
  signIn(@Args('input') input: SignInInput, @Context() ctx: GraphqlContext): Promise<AuthPayload> {
    return this.auth.signIn(input.email, input.password, clientAddress(ctx.req));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Only when open sign-up is on and the domain is allowed.',
  })
  signUp(@Args('input') input: SignUpInput): Promise<AuthPayload> {
    return this.auth.signUp(input.email, input.password, input.displayName);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token.' })
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session: its tokens stop working at once.' })
  signOut(@CurrentUser() actor: AuthUser): Promise<boolean> {
    return this.auth.signOut(actor.sessionId);
  }
}
