import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@hearth/api/core';
import { LIMITS, PollResultsVisibility, PostKind, ReactionKind } from '@hearth/shared/util';
import { CommentOrder } from './post.model';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const BODY = `A post is ${LIMITS.postBody.min} to ${LIMITS.postBody.max} characters.`;
const COMMENT = `A comment is ${LIMITS.commentBody.min} to ${LIMITS.commentBody.max} characters.`;
const OPTIONS = `A poll has ${LIMITS.pollOptions.min} to ${LIMITS.pollOptions.max} options.`;
const ID_MAX = 100;

@InputType()
export class PollInput {
  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(LIMITS.pollOptions.min, { message: OPTIONS })
  @ArrayMaxSize(LIMITS.pollOptions.max, { message: OPTIONS })
  @IsString({ each: true })
  @MaxLength(LIMITS.pollOptions.labelMax, {
    each: true,
    message: `An option is at most ${LIMITS.pollOptions.labelMax} characters.`,
  })
  options!: string[];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  multipleChoice = false;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  anonymous = false;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;

  @Field(() => PollResultsVisibility, { defaultValue: PollResultsVisibility.AFTER_VOTE })
  @IsEnum(PollResultsVisibility)
  resultsVisibility: PollResultsVisibility = PollResultsVisibility.AFTER_VOTE;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  groupId!: string;

  @Field(() => PostKind, { defaultValue: PostKind.DISCUSSION })
  @IsEnum(PostKind)
  kind: PostKind = PostKind.DISCUSSION;

  @Field()
  @IsString()
  @Length(LIMITS.postBody.min, LIMITS.postBody.max, { message: BODY })
  body!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Announcements only: members are asked to acknowledge.',
  })
  @IsBoolean()
  needsAcknowledgement = false;

  @Field(() => Date, {
    nullable: true,
    description: 'After this, an unacknowledged announcement leaves the top of feeds.',
  })
  @IsOptional()
  @IsDate()
  acknowledgeUntil?: Date | null;

  @Field(() => PollInput, { nullable: true, description: 'Required for POLL, refused otherwise.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PollInput)
  poll?: PollInput | null;
}

@InputType()
export class UpdatePostInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  postId!: string;

  @Field()
  @IsString()
  @Length(LIMITS.postBody.min, LIMITS.postBody.max, { message: BODY })
  body!: string;
}

@InputType()
export class PostIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  postId!: string;
}

@InputType()
export class RejectPostInput extends PostIdInput {
  @Field()
  @IsString()
  @Length(1, LIMITS.rejectionReason.max, {
    message: `Give a reason of up to ${LIMITS.rejectionReason.max} characters; the author sees it.`,
  })
  reason!: string;
}

@InputType()
export class MarkPostsSeenInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(LIMITS.seenBatch)
  @IsString({ each: true })
  @MaxLength(ID_MAX, { each: true })
  postIds!: string[];
}

@InputType()
export class AcceptAnswerInput extends PostIdInput {
  @Field(() => ID, { nullable: true, description: 'Null clears the accepted answer.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX)
  commentId?: string | null;
}

@InputType()
export class VotePollInput extends PostIdInput {
  @Field(() => [ID], { description: 'Replaces your earlier vote.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one option.' })
  @ArrayMaxSize(LIMITS.pollOptions.max)
  @IsString({ each: true })
  @MaxLength(ID_MAX, { each: true })
  optionIds!: string[];
}

@InputType()
export class ReactToPostInput extends PostIdInput {
  @Field(() => ReactionKind)
  @IsEnum(ReactionKind)
  kind!: ReactionKind;
}

@InputType()
export class AddCommentInput extends PostIdInput {
  @Field(() => ID, { nullable: true, description: 'Reply to this top-level comment.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX)
  parentId?: string | null;

  @Field()
  @IsString()
  @Length(LIMITS.commentBody.min, LIMITS.commentBody.max, { message: COMMENT })
  body!: string;
}

@InputType()
export class CommentIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  commentId!: string;
}

@InputType()
export class UpdateCommentInput extends CommentIdInput {
  @Field()
  @IsString()
  @Length(LIMITS.commentBody.min, LIMITS.commentBody.max, { message: COMMENT })
  body!: string;
}

@InputType()
export class ReactToCommentInput extends CommentIdInput {
  @Field(() => ReactionKind)
  @IsEnum(ReactionKind)
  kind!: ReactionKind;
}

@ArgsType()
export class CommentThreadArgs extends PageArgs {
  @Field(() => CommentOrder, { defaultValue: CommentOrder.OLDEST_FIRST })
  @IsEnum(CommentOrder)
  order: CommentOrder = CommentOrder.OLDEST_FIRST;
}

@ArgsType()
export class GroupFeedArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  groupId!: string;
}

@ArgsType()
export class PollOptionVotersArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  optionId!: string;
}

@ArgsType()
export class HashtagFeedArgs extends PageArgs {
  @Field()
  @IsString()
  @MaxLength(LIMITS.hashtag.max + 1)
  tag!: string;
}

@ArgsType()
export class ActivityArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  userId!: string;
}

@ArgsType()
export class HighlightsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'A group; omit for the home feed.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_MAX)
  groupId?: string | null;
}

@ArgsType()
export class MentionCandidatesArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX)
  groupId!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.search.max)
  search = '';
}
