import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@hearth/api/core';
import { LIMITS, OrgRole } from '@hearth/shared/util';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

const NAME_MESSAGE = `The name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters.`;

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches name, title and department.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.search.max)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.profileText.max)
  department?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Admins and HR only.' })
  @IsBoolean()
  includeInactive = false;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.displayName.min, LIMITS.displayName.max, { message: NAME_MESSAGE })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.profileText.max, { message: `At most ${LIMITS.profileText.max} characters.` })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.profileText.max, { message: `At most ${LIMITS.profileText.max} characters.` })
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.profileText.max, { message: `At most ${LIMITS.profileText.max} characters.` })
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.bio.max, { message: `At most ${LIMITS.bio.max} characters.` })
  bio?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a person from the list.' })
  managerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  clearManager?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'data:image/(png|jpeg|webp|gif);base64,… up to 256 KiB',
  })
  @IsOptional()
  @IsString()
  @MaxLength(Math.ceil((LIMITS.avatarDataUrlBytes * 4) / 3) + 100, {
    message: `The picture is too large: at most ${LIMITS.avatarDataUrlBytes / 1024} KiB.`,
  })
  avatarDataUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  removeAvatar?: boolean | null;
}

@InputType()
export class UserIdInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  userId!: string;
}

@InputType()
export class ChangeOrgRoleInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  userId!: string;

  @Field(() => OrgRole)
  @IsEnum(OrgRole)
  orgRole!: OrgRole;
}
