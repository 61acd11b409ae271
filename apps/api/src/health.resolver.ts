import { Public } from '@hearth/api/core';
import { Query, Resolver } from '@nestjs/graphql';

@Resolver()
export class HealthResolver {
  @Public()
  @Query(() => String, { description: 'Answers "ok" when the API is up. Needs no sign-in.' })
  health(): string {
    return 'ok';
  }
}
