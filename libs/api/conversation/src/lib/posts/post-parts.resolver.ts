import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  ConnectionType,
  CurrentUser,
  GraphqlContext,
  PageArgs,
} from '@hearth/api/core';
import { People, User } from '@hearth/api/identity';
import { PollsService } from '../polls/polls.service';
import { AcknowledgementReport, PollOption, Seen } from './post.model';
import { PollOptionVotersArgs } from './post.inputs';
import { PostsService } from './posts.service';

@Resolver(() => Seen)
export class SeenResolver {
  constructor(private readonly people: People) {}

  @ResolveField(() => User)
  async user(@Parent() seen: Seen, @Context() ctx: GraphqlContext): Promise<User> {
    const user = await this.people.one(ctx, seen.userId);
    if (!user) throw new Error('viewer missing');
    return user;
  }
}

/** People by name, for the acknowledgement report's two lists. */
export const PersonByNameConnection = ConnectionType(User, 'PersonByName', false);

/** A page of people ids made into a page of people (anyone no longer found is left out). */
async function peopleConnection(
  ctx: GraphqlContext,
  people: People,
  conn: Connection<string>,
): Promise<Connection<User>> {
  const users = await people.many(
    ctx,
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
    private readonly people: People,
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
    return ids === null ? null : this.people.many(ctx, ids);
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
      this.people,
      await this.polls.optionVoters(actor, args.optionId, args),
    );
  }
}

@Resolver(() => AcknowledgementReport)
export class AcknowledgementReportResolver {
  constructor(
    private readonly people: People,
    private readonly posts: PostsService,
  ) {}

  @ResolveField(() => PersonByNameConnection, { description: 'Who has acknowledged, by name.' })
  acknowledged(
    @Parent() report: AcknowledgementReport,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<User>> {
    return this.peopleWho(ctx, actor, report, true, page);
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
    return this.peopleWho(ctx, actor, report, false, page);
  }

  private async peopleWho(
    ctx: GraphqlContext,
    actor: AuthUser,
    report: AcknowledgementReport,
    acknowledged: boolean,
    page: PageArgs,
  ): Promise<Connection<User>> {
    const conn = await this.posts.acknowledgementPeople(actor, report.postId, acknowledged, page);
    return peopleConnection(ctx, this.people, conn);
  }
}
