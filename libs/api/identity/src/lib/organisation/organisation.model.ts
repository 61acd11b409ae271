import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GroupCreationPolicy, LIMITS } from '@hearth/shared/util';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';

registerEnumType(GroupCreationPolicy, { name: 'GroupCreationPolicy' });

@ObjectType()
export class Organisation {
  @Field()
  name!: string;

  @Field()
  openSignUp!: boolean;

  @Field(() => [String])
  allowedEmailDomains!: string[];

  @Field(() => GroupCreationPolicy)
  groupCreationPolicy!: GroupCreationPolicy;

  @Field(() => [String], { description: 'Distinct departments of active people, for filters.' })
  departments!: string[];
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.displayName.max, { message: 'The name must be 1 to 80 characters.' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  openSignUp?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(/^(?=.{3,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, {
    each: true,
    message: 'Each domain must look like example.com.',
  })
  allowedEmailDomains?: string[] | null;

  @Field(() => GroupCreationPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(GroupCreationPolicy)
  groupCreationPolicy?: GroupCreationPolicy | null;
}
