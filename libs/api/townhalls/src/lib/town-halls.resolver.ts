import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { AuthUser, byKeys, Connection, CurrentUser, GraphqlContext } from '@hearth/api/core';
import { People, User } from '@hearth/api/identity';
import { TownHallEvents } from './town-hall-events';
import {
  AnswerTownHallQuestionInput,
  CreateTownHallInput,
  TownHall,
  TownHallEvent,
  TownHallConnection,
  TownHallHostingOptions,
  TownHallListArgs,
  TownHallQuestion,
  TownHallQuestionConnection,
  TownHallQuestionPageArgs,
  TownHallQuestionsArgs,
  TownHallRejectReason,
  TownHallState,
  TownHallSummary,
  TownHallViewer,
  UpdateTownHallInput,
} from './town-hall.model';
import { LIMITS } from './town-hall-rules';
import type { LoadedTownHall } from './town-halls.service';
import { TownHallsService } from './town-halls.service';

type Person = { town_hall_id: string; user_id: string; role: 'HOST' | 'MODERATOR' };

@Resolver(() => TownHall)
export class TownHallsResolver {
  constructor(
    private readonly users: People,
    private readonly service: TownHallsService,
    private readonly events: TownHallEvents,
  ) {}

  @Query(() => TownHallConnection, {
    description:
      'The town halls you may see, a page at a time: upcoming and live (soonest first), then past (latest first). A DRAFT only for those who run it.',
  })
  townHalls(
    @CurrentUser() actor: AuthUser,
    @Args() args: TownHallListArgs,
  ): Promise<Connection<LoadedTownHall>> {
    return this.service.list(actor, args.filter, args);
  }

  @Query(() => TownHallHostingOptions, {
    description:
      'Whether and for whom the viewer may hold a town hall (for the “New town hall” form).',
  })
  townHallHostingOptions(
    @CurrentUser() actor: AuthUser,
    @Args('search', {
      type: () => String,
      nullable: true,
      description: 'Only groups whose name contains this (any case).',
    })
    search?: string | null,
  ): Promise<TownHallHostingOptions> {
    return this.service.hostingOptions(actor, search);
  }

  @Query(() => TownHall, { description: 'NOT_FOUND outside its audience.' })
  townHall(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TownHall> {
    return this.service.load(actor, id);
  }

  @Query(() => TownHallQuestion, {
    description: 'A question: published, yours, or any for the town hall’s moderators and hosts.',
  })
  townHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TownHallQuestion> {
    return this.service.findQuestion(actor, id);
  }

  @Query(() => [TownHallQuestion], {
    description:
      'Published questions similar to a text being typed (trigram similarity), best first, at most 5 — vote instead of asking again.',
  })
  similarTownHallQuestions(
    @CurrentUser() actor: AuthUser,
    @Args('townHallId', { type: () => ID }) townHallId: string,
    @Args('text') text: string,
  ): Promise<TownHallQuestion[]> {
    return this.service.similar(actor, townHallId, text);
  }

  @Query(() => String, {
    description:
      'The Q&A log as CSV (RFC 4180, CRLF): for those who run the town hall and its hosts. Anonymous questions say “Anonymous”.',
  })
  townHallCsv(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.csv(actor, id);
  }

  @Mutation(() => TownHall, {
    description:
      'HR and org admins for anyone; a group’s owners and admins for its members. Starts as a DRAFT.',
  })
  createTownHall(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateTownHallInput,
  ): Promise<TownHall> {
    return this.service.create(actor, input);
  }

  @Mutation(() => TownHall)
  updateTownHall(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateTownHallInput,
  ): Promise<TownHall> {
    return this.service.update(actor, input);
  }

  @Mutation(() => TownHall, {
    description: 'Forward only. Those who run it; hosts may also take it LIVE and END it.',
  })
  setTownHallState(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('state', { type: () => TownHallState }) state: TownHallState,
  ): Promise<TownHall> {
    return this.service.setState(actor, id, state);
  }

  @Mutation(() => TownHallQuestion, {
    description: `The audience, while OPEN or LIVE; ${LIMITS.questionMin}–${LIMITS.questionMax} characters; at most ${LIMITS.asksPerWindow} questions per person in ${LIMITS.askWindowSeconds / 60} minutes (RATE_LIMITED). Anonymous only where allowed: nobody can see who asked.`,
  })
  askTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('townHallId', { type: () => ID }) townHallId: string,
    @Args('body') body: string,
    @Args('anonymous', { defaultValue: false }) anonymous: boolean,
  ): Promise<TownHallQuestion> {
    return this.service.ask(actor, townHallId, body, anonymous);
  }

  @Mutation(() => TownHallQuestion, { description: 'Its asker, until it is answered.' })
  withdrawTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TownHallQuestion> {
    return this.service.withdraw(actor, id);
  }

  @Mutation(() => TownHallQuestion, { description: 'Moderators and hosts.' })
  publishTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TownHallQuestion> {
    return this.service.publish(actor, id);
  }

  @Mutation(() => TownHallQuestion, {
    description: 'Moderators and hosts; the askers see the reason and the note.',
  })
  rejectTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => TownHallRejectReason }) reason: TownHallRejectReason,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<TownHallQuestion> {
    return this.service.reject(actor, id, reason, note);
  }

  @Mutation(() => TownHallQuestion, {
    description:
      'Moderators and hosts: a duplicate’s votes and askers move to the other question (returned); someone who voted for both counts once.',
  })
  mergeTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('intoId', { type: () => ID }) intoId: string,
  ): Promise<TownHallQuestion> {
    return this.service.merge(actor, id, intoId);
  }

  @Mutation(() => TownHallQuestion, {
    description: 'Moderators and hosts; the question shows it was edited by a moderator.',
  })
  editTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<TownHallQuestion> {
    return this.service.edit(actor, id, body);
  }

  @Mutation(() => TownHallQuestion, {
    description:
      'Up-vote (up: true) or take the vote back; the audience while OPEN or LIVE; within the vote budget (CONFLICT when spent).',
  })
  voteTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('up') up: boolean,
  ): Promise<TownHallQuestion> {
    return this.service.vote(actor, id, up);
  }

  @Mutation(() => TownHallQuestion, {
    description:
      'Hosts: ANSWERING (one at a time, while LIVE), ANSWERED_LIVE, ANSWERED_IN_WRITING (with the answer; also the owner of a deferred question), DEFERRED (with an owner and a due date).',
  })
  answerTownHallQuestion(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AnswerTownHallQuestionInput,
  ): Promise<TownHallQuestion> {
    return this.service.answer(actor, input);
  }

  @Subscription(() => TownHallEvent, {
    description:
      'What changes in a town hall, live: published questions, votes, the question being answered, answers, its state. Ids and counts only.',
    resolve: (event: TownHallEvent) => event,
  })
  async townHallEvents(
    @CurrentUser() actor: AuthUser,
    @Args('townHallId', { type: () => ID }) townHallId: string,
  ): Promise<AsyncIterableIterator<TownHallEvent>> {
    await this.service.load(actor, townHallId);
    return this.events.listen(actor, townHallId);
  }

  // ---------- fields ----------

  private peopleLoader(ctx: GraphqlContext) {
    return ctx.loaders.get<string, Person[]>('townHalls.people', async (ids) => {
      const rows = await this.service.people(ids);
      return ids.map((id) => rows.filter((r) => r.town_hall_id === id));
    });
  }

  private async persons(
    ctx: GraphqlContext,
    th: TownHall,
    role: 'HOST' | 'MODERATOR',
  ): Promise<User[]> {
    const people = await this.peopleLoader(ctx).load(th.id);
    return this.users.many(
      ctx,
      people.filter((p) => p.role === role).map((p) => p.user_id),
    );
  }

  @ResolveField(() => [User])
  hosts(@Parent() th: TownHall, @Context() ctx: GraphqlContext): Promise<User[]> {
    return this.persons(ctx, th, 'HOST');
  }

  @ResolveField(() => [User])
  moderators(@Parent() th: TownHall, @Context() ctx: GraphqlContext): Promise<User[]> {
    return this.persons(ctx, th, 'MODERATOR');
  }

  @ResolveField(() => User, { nullable: true })
  createdBy(@Parent() th: TownHall, @Context() ctx: GraphqlContext): Promise<User | null> {
    return this.users.one(ctx, th.createdById);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The audience group’s name; null for the whole organisation.',
  })
  async audienceGroupName(
    @Parent() th: TownHall,
    @Context() ctx: GraphqlContext,
  ): Promise<string | null> {
    if (!th.audienceGroupId) return null;
    const names = ctx.loaders.get<string, string | null>('townHalls.groupNames', async (ids) => {
      const rows = await this.service.groupNames(ids);
      return byKeys(ids, rows, (r) => r.id, null).map((r) =>
        r && !(r instanceof Error) ? r.name : null,
      );
    });
    return names.load(th.audienceGroupId);
  }

  @ResolveField(() => TownHallViewer)
  viewer(@CurrentUser() actor: AuthUser, @Parent() parent: TownHall): Promise<TownHallViewer> {
    return this.service.viewer(parent as LoadedTownHall, actor);
  }

  @ResolveField(() => TownHallQuestion, {
    nullable: true,
    description: 'The question being answered now.',
  })
  answering(
    @CurrentUser() actor: AuthUser,
    @Parent() parent: TownHall,
  ): Promise<TownHallQuestion | null> {
    const th = parent as LoadedTownHall;
    return this.service.answering(actor, th);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Questions waiting for a moderator: for its moderators and hosts (null for others).',
  })
  pendingCount(@Parent() parent: TownHall): Promise<number | null> {
    return this.service.pendingCount(parent as LoadedTownHall);
  }

  @ResolveField(() => Int)
  publishedCount(@Parent() parent: TownHall): Promise<number> {
    const th = parent as LoadedTownHall;
    return this.service.publishedCount(th);
  }

  @ResolveField(() => TownHallQuestionConnection, {
    description:
      'Published questions in the order asked for (MINE: yours, in any status), a page at a time.',
  })
  questions(
    @CurrentUser() actor: AuthUser,
    @Parent() parent: TownHall,
    @Args() args: TownHallQuestionsArgs,
  ): Promise<Connection<TownHallQuestion>> {
    return this.service.questions(actor, parent as LoadedTownHall, args);
  }

  @ResolveField(() => TownHallQuestionConnection, {
    description:
      'Questions waiting for a moderator, oldest first, a page at a time: moderators and hosts only.',
  })
  moderationQueue(
    @CurrentUser() actor: AuthUser,
    @Parent() parent: TownHall,
    @Args() page: TownHallQuestionPageArgs,
  ): Promise<Connection<TownHallQuestion>> {
    return this.service.moderationQueue(actor, parent as LoadedTownHall, page);
  }

  @ResolveField(() => TownHallQuestionConnection, {
    description: 'Deferred questions not answered yet, by due date, a page at a time.',
  })
  followUps(
    @CurrentUser() actor: AuthUser,
    @Parent() parent: TownHall,
    @Args() page: TownHallQuestionPageArgs,
  ): Promise<Connection<TownHallQuestion>> {
    return this.service.followUps(actor, parent as LoadedTownHall, page);
  }

  @ResolveField(() => TownHallSummary)
  summary(@Parent() parent: TownHall): Promise<TownHallSummary> {
    const th = parent as LoadedTownHall;
    return this.service.summary(th);
  }
}

@Resolver(() => TownHallQuestion)
export class TownHallQuestionResolver {
  constructor(private readonly users: People) {}

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who asked; always null for an anonymous question.',
  })
  author(@Parent() q: TownHallQuestion, @Context() ctx: GraphqlContext): Promise<User | null> {
    if (q.anonymous || !q.authorId) return Promise.resolve(null);
    return this.users.one(ctx, q.authorId);
  }

  @ResolveField(() => User, { nullable: true })
  answeredBy(@Parent() q: TownHallQuestion, @Context() ctx: GraphqlContext): Promise<User | null> {
    return q.answeredById ? this.users.one(ctx, q.answeredById) : Promise.resolve(null);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who will answer a deferred question.' })
  deferredTo(@Parent() q: TownHallQuestion, @Context() ctx: GraphqlContext): Promise<User | null> {
    return q.deferredToId ? this.users.one(ctx, q.deferredToId) : Promise.resolve(null);
  }
}
