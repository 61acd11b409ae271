import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, OrgRole } from '@hearth/shared/util';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(LIMITS.email.max)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.displayName.min, LIMITS.displayName.max, {
    message: `The name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters.`,
  })
  displayName?: string | null;

  @Field(() => OrgRole, { defaultValue: OrgRole.MEMBER })
  @IsEnum(OrgRole)
  orgRole: OrgRole = OrgRole.MEMBER;
}

@InputType()
export class RevokeOrgInvitationInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  invitationId!: string;
}

@ArgsType()
export class InvitationTokenArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;
}
