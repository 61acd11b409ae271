import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@hearth/api/core';
import {
  GroupCategory,
  GroupRole,
  GroupVisibility,
  LIMITS,
  PostingPolicy,
} from '@hearth/shared/util';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';

const NAME = `The name must be ${LIMITS.groupName.min} to ${LIMITS.groupName.max} characters.`;
const QUESTIONS = `At most ${LIMITS.membershipQuestions.max} questions of up to ${LIMITS.membershipQuestions.questionMax} characters.`;

@ArgsType()
export class GroupArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  slug?: string | null;
}

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.search.max)
  search?: string | null;

  @Field(() => GroupCategory, { nullable: true })
  @IsOptional()
  @IsEnum(GroupCategory)
  category?: GroupCategory | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only groups I am a member of.' })
  @IsBoolean()
  mine = false;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => GroupRole, { nullable: true })
  @IsOptional()
  @IsEnum(GroupRole)
  role?: GroupRole | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.search.max)
  search?: string | null;
}

@InputType()
export class CreateGroupInput {
  @Field()
  @IsString()
  @Length(LIMITS.groupName.min, LIMITS.groupName.max, { message: NAME })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Made from the name when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.groupSlug.max)
  slug?: string | null;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.groupDescription.max, {
    message: `The description can be at most ${LIMITS.groupDescription.max} characters.`,
  })
  description = '';

  @Field(() => GroupCategory)
  @IsEnum(GroupCategory)
  category!: GroupCategory;

  @Field(() => GroupVisibility)
  @IsEnum(GroupVisibility)
  visibility!: GroupVisibility;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  coverColor?: string | null;

  @Field(() => String, { nullable: true, description: 'A data:image URL, up to 256 KiB.' })
  @IsOptional()
  @IsString()
  @MaxLength(Math.ceil((LIMITS.avatarDataUrlBytes * 4) / 3) + 100, {
    message: 'The cover image is too large: at most 256 KiB.',
  })
  coverImageUrl?: string | null;

  @Field(() => PostingPolicy, { defaultValue: PostingPolicy.EVERYONE })
  @IsEnum(PostingPolicy)
  postingPolicy: PostingPolicy = PostingPolicy.EVERYONE;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  postApproval = false;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.membershipQuestions.max, { message: QUESTIONS })
  @IsString({ each: true })
  @MaxLength(LIMITS.membershipQuestions.questionMax, { each: true, message: QUESTIONS })
  membershipQuestions: string[] = [];
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  groupId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.groupName.min, LIMITS.groupName.max, { message: NAME })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.groupSlug.max)
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.groupDescription.max, {
    message: `The description can be at most ${LIMITS.groupDescription.max} characters.`,
  })
  description?: string | null;

  @Field(() => GroupCategory, { nullable: true })
  @IsOptional()
  @IsEnum(GroupCategory)
  category?: GroupCategory | null;

  @Field(() => GroupVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(GroupVisibility)
  visibility?: GroupVisibility | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  coverColor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A data:image URL; empty string removes it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(Math.ceil((LIMITS.avatarDataUrlBytes * 4) / 3) + 100, {
    message: 'The cover image is too large: at most 256 KiB.',
  })
  coverImageUrl?: string | null;

  @Field(() => PostingPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(PostingPolicy)
  postingPolicy?: PostingPolicy | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  postApproval?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.membershipQuestions.max, { message: QUESTIONS })
  @IsString({ each: true })
  @MaxLength(LIMITS.membershipQuestions.questionMax, { each: true, message: QUESTIONS })
  membershipQuestions?: string[] | null;
}

@InputType()
export class GroupIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  groupId!: string;
}

@InputType()
export class RequestToJoinGroupInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  groupId!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.membershipQuestions.max)
  @IsString({ each: true })
  @MaxLength(LIMITS.membershipQuestions.answerMax, {
    each: true,
    message: `Each answer can be at most ${LIMITS.membershipQuestions.answerMax} characters.`,
  })
  answers: string[] = [];
}

@InputType()
export class JoinRequestIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  requestId!: string;
}

@InputType()
export class InviteToGroupInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  groupId!: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one person.' })
  @ArrayMaxSize(50, { message: 'Invite at most 50 people at once.' })
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  userIds!: string[];
}

@InputType()
export class GroupInvitationIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  invitationId!: string;
}

@InputType()
export class GroupMemberInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  groupId!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  userId!: string;
}

@InputType()
export class BanMemberInput extends GroupMemberInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.banReason.max)
  reason?: string | null;
}

@InputType()
export class ChangeMemberRoleInput extends GroupMemberInput {
  @Field(() => GroupRole)
  @IsEnum(GroupRole)
  role!: GroupRole;
}
