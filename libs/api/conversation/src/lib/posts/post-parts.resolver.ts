import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
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

@Resolver(() => PollOption)
export class PollOptionResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly polls: PollsService,
  ) {}

  @ResolveField(() => [User], {
    nullable: true,
    description: 'Who chose it: null for anonymous polls and while results are hidden.',
  })
  async voters(
    @Parent() option: PollOption,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<User[] | null> {
    const ids = await this.polls.voters(option, first);
    return ids === null ? null : people(ctx, this.ds, ids);
  }
}

/** People by name, for the acknowledgement report's two lists. */
export const PersonByNameConnection = ConnectionType(User, 'PersonByName', false);

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
    const users = await people(
      ctx,
      this.ds,
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
}
