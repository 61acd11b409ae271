import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;
}
