import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  GroupCategory,
  GroupInvitationStatus,
  GroupRole,
  GroupViewerStatus,
  GroupVisibility,
  JoinRequestStatus,
  PostingPolicy,
} from '@hearth/shared/util';

registerEnumType(GroupVisibility, { name: 'GroupVisibility' });
registerEnumType(GroupRole, { name: 'GroupRole' });
registerEnumType(GroupCategory, { name: 'GroupCategory' });
registerEnumType(PostingPolicy, { name: 'PostingPolicy' });
registerEnumType(GroupViewerStatus, { name: 'GroupViewerStatus' });
registerEnumType(JoinRequestStatus, { name: 'JoinRequestStatus' });
registerEnumType(GroupInvitationStatus, { name: 'GroupInvitationStatus' });

@ObjectType()
export class GroupPermissions {
  @Field({ description: 'Change settings (owner, group admin, org admin).' })
  canEdit!: boolean;

  @Field({ description: 'Approve requests, remove and ban (moderator and above, org admin).' })
  canManageMembers!: boolean;

  @Field()
  canChangeRoles!: boolean;

  @Field()
  canInvite!: boolean;

  @Field()
  canArchive!: boolean;

  @Field({ description: 'Posting policy and archive respected.' })
  canPost!: boolean;

  @Field()
  canSeeContent!: boolean;
}

@ObjectType()
export class Group {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => GroupCategory)
  category!: GroupCategory;

  @Field({ description: '#rrggbb' })
  coverColor!: string;

  @Field(() => String, { nullable: true })
  coverImageUrl!: string | null;

  @Field(() => GroupVisibility)
  visibility!: GroupVisibility;

  @Field(() => PostingPolicy)
  postingPolicy!: PostingPolicy;

  @Field()
  postApproval!: boolean;

  @Field(() => [String])
  membershipQuestions!: string[];

  @Field()
  archived!: boolean;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class MembershipAnswer {
  @Field()
  question!: string;

  @Field()
  answer!: string;
}

@ObjectType()
export class Membership {
  @Field(() => ID)
  id!: string;

  @Field(() => GroupRole)
  role!: GroupRole;

  @Field()
  createdAt!: Date;

  groupId!: string;
  userId!: string;
}

@ObjectType()
export class JoinRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => [MembershipAnswer])
  answers!: MembershipAnswer[];

  @Field(() => JoinRequestStatus)
  status!: JoinRequestStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  groupId!: string;
  userId!: string;
}

@ObjectType()
export class GroupInvitation {
  @Field(() => ID)
  id!: string;

  @Field(() => GroupInvitationStatus)
  status!: GroupInvitationStatus;

  @Field()
  createdAt!: Date;

  groupId!: string;
  userId!: string;
  invitedById!: string;
}

@ObjectType()
export class GroupBan {
  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  createdAt!: Date;

  groupId!: string;
  userId!: string;
  bannedById!: string;
}
