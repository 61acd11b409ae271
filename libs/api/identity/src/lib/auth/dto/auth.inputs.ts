import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@hearth/shared/util';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.email.max)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.password.max)
  password!: string;
}

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(LIMITS.email.max)
  email!: string;

  @Field()
  @IsString()
  @Length(LIMITS.password.min, LIMITS.password.max, {
    message: `The password must be ${LIMITS.password.min} to ${LIMITS.password.max} characters.`,
  })
  password!: string;

  @Field()
  @IsString()
  @Length(LIMITS.displayName.min, LIMITS.displayName.max, {
    message: `The name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters.`,
  })
  displayName!: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

@InputType()
export class AcceptOrgInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @Length(LIMITS.password.min, LIMITS.password.max, {
    message: `The password must be ${LIMITS.password.min} to ${LIMITS.password.max} characters.`,
  })
  password!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(LIMITS.displayName.min, LIMITS.displayName.max, {
    message: `The name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters.`,
  })
  displayName?: string | null;
}
