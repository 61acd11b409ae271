import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, Connection, CurrentUser, PageArgs } from '@hearth/api/core';
import {
  BackgroundJob,
  BackgroundJobConnection,
  BackgroundJobStats,
} from './background-jobs.model';
import { BackgroundJobsService } from './background-jobs.service';

@Resolver(() => BackgroundJob)
export class BackgroundJobsResolver {
  constructor(private readonly service: BackgroundJobsService) {}

  @Query(() => BackgroundJobStats, { description: 'Org admins only.' })
  backgroundJobStats(@CurrentUser() actor: AuthUser): Promise<BackgroundJobStats> {
    return this.service.stats(actor);
  }

  @Query(() => BackgroundJobConnection, {
    description: 'Jobs set aside after failing every attempt, latest first. Org admins only.',
  })
  failedBackgroundJobs(
    @CurrentUser() actor: AuthUser,
    @Args() args: PageArgs,
  ): Promise<Connection<BackgroundJob>> {
    return this.service.failed(actor, args);
  }

  @Mutation(() => BackgroundJob, {
    description:
      'Tries a job set aside again, at once, with its attempts from zero (audited). CONFLICT if it has not failed every attempt.',
  })
  retryBackgroundJob(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BackgroundJob> {
    return this.service.retry(actor, id);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a job set aside, so its work is never done (audited); returns its id. CONFLICT if it has not failed every attempt.',
  })
  discardBackgroundJob(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.discard(actor, id);
  }
}
