import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@hearth/api/core';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { User } from '../users/user.model';

@ObjectType()
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => User)
  actor!: User;

  @Field({ description: 'e.g. ORG_ROLE_CHANGED, USER_DEACTIVATED, GROUP_UPDATED, MEMBER_REMOVED' })
  action!: string;

  @Field(() => ID, { nullable: true })
  groupId!: string | null;

  @Field(() => String, { nullable: true })
  groupName!: string | null;

  @Field(() => ID, { nullable: true })
  targetUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the change.' })
  details!: string | null;

  @Field()
  createdAt!: Date;

  actorId!: string;
}

export const AuditLogConnection = ConnectionType(AuditLogEntry, 'AuditLog', false);

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  groupId?: string | null;
}
