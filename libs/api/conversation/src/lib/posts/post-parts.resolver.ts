import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuthUser,
  Connection,
  ConnectionType,
  CurrentUser,
  GraphqlContext,
  PageArgs,
} from '@hearth/api/core';
import { User, usersLoader } from '@hearth/api/identity';
import { DataSource } from 'typeorm';
import { PollsService } from '../polls/polls.service';
import { AcknowledgementReport, PollOption, Seen } from './post.model';
import { PollOptionVotersArgs } from './post.inputs';
import { PostsService } from './posts.service';

async function people(ctx: GraphqlContext, ds: DataSource, ids: string[]): Promise<User[]> {
  const users = await usersLoader(ctx, ds).loadMany(ids);
  return users.filter((u): u is User => u !== null && !(u instanceof Error));
}

@Resolver(() => Seen)
export class SeenResolver {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @ResolveField(() => User)
  async user(@Parent() seen: Seen, @Context() ctx: GraphqlContext): Promise<User> {
    const user = await usersLoader(ctx, this.ds).load(seen.userId);
    if (!user) throw new Error('viewer missing');
    return user;
  }
}

/** People by name, for the acknowledgement report's two lists. */
export const PersonByNameConnection = ConnectionType(User, 'PersonByName', false);

/** A page of people ids made into a page of people (anyone no longer found is left out). */
async function peopleConnection(
  ctx: GraphqlContext,
  ds: DataSource,
  conn: Connection<string>,
): Promise<Connection<User>> {
  const users = await people(
    ctx,
    ds,
    conn.edges.map((e) => e.node),
  );
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    ...conn,
    edges: conn.edges.flatMap((e) => {
      const node = byId.get(e.node);
      return node ? [{ cursor: e.cursor, node }] : [];
    }),
  };
}

@Resolver(() => PollOption)
export class PollOptionResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly polls: PollsService,
  ) {}

  @ResolveField(() => [User], {
    nullable: true,
    description:
      'The first who chose it, by name (all of them: pollOptionVoters); null for anonymous polls and while results are hidden.',
  })
  async voters(
    @Parent() option: PollOption,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<User[] | null> {
    const ids = await this.polls.voters(option, first);
    return ids === null ? null : people(ctx, this.ds, ids);
  }

  @Query(() => PersonByNameConnection, {
    description:
      'Everyone who chose a poll option, by name: FORBIDDEN for anonymous polls (ANONYMOUS_POLL) and while the results are hidden from you (RESULTS_HIDDEN).',
  })
  async pollOptionVoters(
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
    @Args() args: PollOptionVotersArgs,
  ): Promise<Connection<User>> {
    return peopleConnection(
      ctx,
      this.ds,
      await this.polls.optionVoters(actor, args.optionId, args),
    );
  }
}

@Resolver(() => AcknowledgementReport)
export class AcknowledgementReportResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly posts: PostsService,
  ) {}

  @ResolveField(() => PersonByNameConnection, { description: 'Who has acknowledged, by name.' })
  acknowledged(
    @Parent() report: AcknowledgementReport,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<User>> {
    return this.people(ctx, actor, report, true, page);
  }

  @ResolveField(() => PersonByNameConnection, {
    description: 'Members who have not acknowledged, by name.',
  })
  pending(
    @Parent() report: AcknowledgementReport,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<User>> {
    return this.people(ctx, actor, report, false, page);
  }

  private async people(
    ctx: GraphqlContext,
    actor: AuthUser,
    report: AcknowledgementReport,
    acknowledged: boolean,
    page: PageArgs,
  ): Promise<Connection<User>> {
    const conn = await this.posts.acknowledgementPeople(actor, report.postId, acknowledged, page);
    return peopleConnection(ctx, this.ds, conn);
  }
}
