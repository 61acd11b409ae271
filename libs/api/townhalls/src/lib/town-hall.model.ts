import { ConnectionType, PageArgs } from '@hearth/api/core';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export enum TownHallState {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(TownHallState, {
  name: 'TownHallState',
  description:
    'DRAFT (managers, hosts and moderators only) → OPEN (taking questions) → LIVE → ENDED → ARCHIVED; never back.',
});

export enum TownHallQuestionStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(TownHallQuestionStatus, { name: 'TownHallQuestionStatus' });

export enum TownHallAnswerState {
  ANSWERING = 'ANSWERING',
  ANSWERED_LIVE = 'ANSWERED_LIVE',
  ANSWERED_IN_WRITING = 'ANSWERED_IN_WRITING',
  DEFERRED = 'DEFERRED',
}
registerEnumType(TownHallAnswerState, { name: 'TownHallAnswerState' });

export enum TownHallRejectReason {
  DUPLICATE = 'DUPLICATE',
  OFF_TOPIC = 'OFF_TOPIC',
  DISRESPECTFUL = 'DISRESPECTFUL',
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  OTHER = 'OTHER',
}
registerEnumType(TownHallRejectReason, { name: 'TownHallRejectReason' });

export enum TownHallQuestionOrder {
  TOP = 'TOP',
  NEWEST = 'NEWEST',
  ANSWERED = 'ANSWERED',
  MINE = 'MINE',
  WAITING = 'WAITING',
}
registerEnumType(TownHallQuestionOrder, {
  name: 'TownHallQuestionOrder',
  description:
    'TOP: published questions by votes; NEWEST: by publication; ANSWERED: answered ones, latest first; MINE: the questions I asked, in any status; WAITING: published ones not answered, deferred or being answered, by votes (the presenter’s queue).',
});

export enum TownHallListFilter {
  UPCOMING = 'UPCOMING',
  LIVE = 'LIVE',
  PAST = 'PAST',
}
registerEnumType(TownHallListFilter, {
  name: 'TownHallListFilter',
  description: 'UPCOMING: DRAFT (for those who run it) and OPEN; LIVE; PAST: ENDED and ARCHIVED.',
});

export enum TownHallEventKind {
  QUESTION_PUBLISHED = 'QUESTION_PUBLISHED',
  QUESTION_CHANGED = 'QUESTION_CHANGED',
  QUESTION_REMOVED = 'QUESTION_REMOVED',
  VOTES_CHANGED = 'VOTES_CHANGED',
  ANSWERING_CHANGED = 'ANSWERING_CHANGED',
  STATE_CHANGED = 'STATE_CHANGED',
  QUEUE_CHANGED = 'QUEUE_CHANGED',
}
registerEnumType(TownHallEventKind, {
  name: 'TownHallEventKind',
  description:
    'What changed; read the town hall or the question again. QUEUE_CHANGED reaches moderators only.',
});

@ObjectType({ description: 'What the viewer may do in a town hall.' })
export class TownHallViewer {
  @Field({
    description:
      'Edit it, change its state, export it: its creator, HR, org admins, admins of the audience group.',
  })
  canManage!: boolean;

  @Field({ description: 'Publish, reject, merge and edit questions: moderators, hosts, managers.' })
  canModerate!: boolean;

  @Field({ description: 'Mark questions answering, answered or deferred: hosts.' })
  canHost!: boolean;

  @Field({ description: 'In the audience, and the town hall is OPEN or LIVE.' })
  canAsk!: boolean;

  @Field({ description: 'Allowed to ask anonymously here.' })
  canAskAnonymously!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Votes left within the budget; null without one.',
  })
  votesLeft!: number | null;
}

@ObjectType()
export class TownHall {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => TownHallState)
  state!: TownHallState;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  allowAnonymous!: boolean;

  @Field({ description: 'Questions wait for a moderator before the audience sees them.' })
  preModerated!: boolean;

  @Field(() => Int, { nullable: true, description: 'Up-votes per person; null: no limit.' })
  voteBudget!: number | null;

  @Field(() => ID, { nullable: true, description: 'null: the whole organisation.' })
  audienceGroupId!: string | null;

  @Field()
  createdAt!: Date;

  /** Resolved by field resolvers. */
  createdById!: string;
  answeringQuestionId!: string | null;
}

@ObjectType({
  description:
    'A question. An anonymous question never names its asker, to anyone; `isMine` tells the asker it is theirs.',
})
export class TownHallQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  townHallId!: string;

  @Field()
  body!: string;

  @Field()
  anonymous!: boolean;

  @Field(() => TownHallQuestionStatus)
  status!: TownHallQuestionStatus;

  @Field(() => TownHallAnswerState, { nullable: true })
  answerState!: TownHallAnswerState | null;

  @Field(() => String, { nullable: true, description: 'The written answer.' })
  answer!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a deferred question is due.' })
  deferredUntil!: Date | null;

  @Field(() => Int)
  voteCount!: number;

  @Field({ description: 'Whether I up-voted it.' })
  viewerHasVoted!: boolean;

  @Field({ description: 'Whether I asked it (also for my anonymous questions).' })
  isMine!: boolean;

  @Field(() => TownHallRejectReason, {
    nullable: true,
    description: 'Shown to its askers and to moderators.',
  })
  rejectReason!: TownHallRejectReason | null;

  @Field(() => String, { nullable: true, description: 'Shown to its askers and to moderators.' })
  rejectNote!: string | null;

  @Field(() => ID, { nullable: true })
  mergedIntoId!: string | null;

  @Field()
  editedByModerator!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  /** Resolved by field resolvers (never set for anonymous questions). */
  authorId!: string | null;
  answeredById!: string | null;
  deferredToId!: string | null;
}

@ObjectType()
export class TownHallGroupOption {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'For whom the viewer may hold a town hall.' })
export class TownHallHostingOptions {
  @Field({ description: 'HR and org admins: for the whole organisation.' })
  forOrganisation!: boolean;

  @Field(() => [TownHallGroupOption], {
    description:
      'Groups whose members the viewer may hold one for (every live group for HR and org admins; else those they own or administer) whose name contains `search`, by name, at most 50.',
  })
  groups!: TownHallGroupOption[];

  @Field({ description: 'More groups match than `groups` lists: a longer search narrows them.' })
  moreGroups!: boolean;
}

@ObjectType()
export class TownHallReasonCount {
  @Field(() => TownHallRejectReason)
  reason!: TownHallRejectReason;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The public summary: how the questions fared.' })
export class TownHallSummary {
  @Field(() => Int, { description: 'Every question asked (withdrawn ones included).' })
  received!: number;

  @Field(() => Int, { description: 'Published (answered or not).' })
  published!: number;

  @Field(() => Int)
  merged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [TownHallReasonCount])
  rejectedByReason!: TownHallReasonCount[];

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int)
  answeredLive!: number;

  @Field(() => Int)
  answeredInWriting!: number;

  @Field(() => Int, { description: 'Deferred and not answered yet.' })
  deferredOpen!: number;

  @Field(() => Int, { description: 'Published and neither answered nor deferred.' })
  unanswered!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Median seconds from publication to answer; null when none is answered.',
  })
  medianSecondsToAnswer!: number | null;
}

@ObjectType({ description: 'Sent on townHallEvents: what changed (read it again).' })
export class TownHallEvent {
  @Field(() => TownHallEventKind)
  kind!: TownHallEventKind;

  @Field(() => ID)
  townHallId!: string;

  @Field(() => ID, { nullable: true })
  questionId!: string | null;

  @Field(() => Int, { nullable: true, description: 'With VOTES_CHANGED.' })
  voteCount!: number | null;
}

@InputType()
export class CreateTownHallInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  description!: string;

  @Field(() => ID, { nullable: true, description: 'One group’s members; omit for everyone.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  audienceGroupId?: string | null;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field({ defaultValue: true })
  @IsBoolean()
  allowAnonymous!: boolean;

  @Field({ defaultValue: true })
  @IsBoolean()
  preModerated!: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  voteBudget?: number | null;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  hostIds!: string[];

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  moderatorIds!: string[];
}

@InputType()
export class UpdateTownHallInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  allowAnonymous?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  preModerated?: boolean;

  @Field(() => Int, { nullable: true, description: '0 removes the budget.' })
  @IsOptional()
  @IsInt()
  voteBudget?: number;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  hostIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  moderatorIds?: string[];
}

@InputType()
export class AnswerTownHallQuestionInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;

  @Field(() => TownHallAnswerState)
  @IsEnum(TownHallAnswerState)
  state!: TownHallAnswerState;

  @Field({ nullable: true, description: 'Required for ANSWERED_IN_WRITING.' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  answer?: string;

  @Field(() => ID, { nullable: true, description: 'Required for DEFERRED: who will answer.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  deferredToId?: string;

  @Field({ nullable: true, description: 'Required for DEFERRED: when it is due.' })
  @IsOptional()
  @IsDate()
  deferredUntil?: Date;
}

export const TownHallConnection = ConnectionType(TownHall, 'TownHall', false);

@ArgsType()
export class TownHallListArgs extends PageArgs {
  @Field(() => TownHallListFilter, {
    nullable: true,
    description: 'Which town halls; all of them, in the same order, when left out.',
  })
  @IsOptional()
  @IsEnum(TownHallListFilter)
  filter?: TownHallListFilter | null;
}

export const TownHallQuestionConnection = ConnectionType(
  TownHallQuestion,
  'TownHallQuestion',
  false,
);

/** Page sizes of a town hall's questions: larger than elsewhere, as a live town hall is read whole. */
export const QUESTION_PAGE = { default: 50, max: 200 } as const;

/** A page of town-hall questions: `first` (1–200, 50 by default) after a cursor. */
@ArgsType()
export class TownHallQuestionPageArgs {
  @Field(() => Int, {
    defaultValue: QUESTION_PAGE.default,
    description: `From 1 to ${QUESTION_PAGE.max}.`,
  })
  @IsInt()
  @Min(1)
  @Max(QUESTION_PAGE.max)
  first: number = QUESTION_PAGE.default;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@ArgsType()
export class TownHallQuestionsArgs extends TownHallQuestionPageArgs {
  @Field(() => TownHallQuestionOrder, { defaultValue: TownHallQuestionOrder.TOP })
  @IsEnum(TownHallQuestionOrder)
  order: TownHallQuestionOrder = TownHallQuestionOrder.TOP;
}
