import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  ConnectionType,
  CurrentUser,
  GraphqlContext,
  PageArgs,
} from '@hearth/api/core';
import { GroupRole, GroupViewerStatus } from '@hearth/shared/util';
import {
  BanMemberInput,
  ChangeMemberRoleInput,
  CreateGroupInput,
  GroupArgs,
  GroupIdInput,
  GroupInvitationIdInput,
  GroupMemberInput,
  GroupsArgs,
  InviteToGroupInput,
  JoinRequestIdInput,
  MembersArgs,
  RequestToJoinGroupInput,
  UpdateGroupInput,
} from './dto/groups.inputs';
import { primeViewerRelation, viewerRelationLoader } from '../read-api/group-read-api';
import { memberCountLoader } from './group.loaders';
import {
  Group,
  GroupBan,
  GroupInvitation,
  GroupPermissions,
  JoinRequest,
  Membership,
} from './group.model';
import { permissions, viewerStatus } from './group.policy';
import { GroupsService } from './groups.service';

export const GroupConnection = ConnectionType(Group, 'Group');
export const MembershipConnection = ConnectionType(Membership, 'Membership');
export const JoinRequestConnection = ConnectionType(JoinRequest, 'JoinRequest');
export const GroupInvitationConnection = ConnectionType(GroupInvitation, 'GroupInvitation');
export const GroupBanConnection = ConnectionType(GroupBan, 'GroupBan');

@Resolver(() => Group)
export class GroupsResolver {
  constructor(private readonly service: GroupsService) {}

  @Query(() => Group, {
    description: 'By id or slug; NOT_FOUND for a SECRET group you may not see.',
  })
  async group(
    @CurrentUser() actor: AuthUser,
    @Args() args: GroupArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Group> {
    const { group, relation } = await this.service.findWithRelation(actor, args.id, args.slug);
    primeViewerRelation(ctx, this.service, actor.id, group.id, relation);
    return group;
  }

  @Query(() => GroupConnection, {
    description: 'The directory: OPEN and CLOSED groups, and SECRET ones you are in.',
  })
  groups(@CurrentUser() actor: AuthUser, @Args() args: GroupsArgs): Promise<Connection<Group>> {
    return this.service.directory(actor, args);
  }

  @Query(() => GroupInvitationConnection, {
    description: 'My pending invitations, latest first, with their total.',
  })
  myGroupInvitations(
    @CurrentUser() actor: AuthUser,
    @Args() args: PageArgs,
  ): Promise<Connection<GroupInvitation>> {
    return this.service.myInvitations(actor, args);
  }

  @Query(() => JoinRequestConnection, {
    description: 'My pending requests to join, latest first, with their total.',
  })
  myJoinRequests(
    @CurrentUser() actor: AuthUser,
    @Args() args: PageArgs,
  ): Promise<Connection<JoinRequest>> {
    return this.service.myJoinRequests(actor, args);
  }

  // ----- fields -----

  @ResolveField(() => Int)
  memberCount(@Parent() group: Group, @Context() ctx: GraphqlContext): Promise<number> {
    return memberCountLoader(ctx, this.service).load(group.id);
  }

  @ResolveField(() => GroupViewerStatus)
  async viewerStatus(
    @Parent() group: Group,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<GroupViewerStatus> {
    const rel = await viewerRelationLoader(ctx, this.service, actor.id).load(group.id);
    return viewerStatus(this.service.accessOf(actor, group, rel));
  }

  @ResolveField(() => GroupRole, { nullable: true })
  async viewerRole(
    @Parent() group: Group,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<GroupRole | null> {
    return (await viewerRelationLoader(ctx, this.service, actor.id).load(group.id)).role;
  }

  @ResolveField(() => GroupPermissions)
  async viewerPermissions(
    @Parent() group: Group,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<GroupPermissions> {
    const rel = await viewerRelationLoader(ctx, this.service, actor.id).load(group.id);
    return permissions(this.service.accessOf(actor, group, rel));
  }

  @ResolveField(() => MembershipConnection)
  members(
    @Parent() group: Group,
    @CurrentUser() actor: AuthUser,
    @Args() args: MembersArgs,
  ): Promise<Connection<Membership>> {
    return this.service.members(actor, group, args);
  }

  @ResolveField(() => JoinRequestConnection, {
    description: 'Pending requests; moderators and above.',
  })
  joinRequests(
    @Parent() group: Group,
    @CurrentUser() actor: AuthUser,
    @Args() args: PageArgs,
  ): Promise<Connection<JoinRequest>> {
    return this.service.joinRequests(actor, group, args.first, args.after);
  }

  @ResolveField(() => GroupInvitationConnection, {
    description: 'Pending invitations, oldest first; moderators and those who may invite.',
  })
  invitations(
    @Parent() group: Group,
    @CurrentUser() actor: AuthUser,
    @Args() args: PageArgs,
  ): Promise<Connection<GroupInvitation>> {
    return this.service.pendingInvitations(actor, group, args);
  }

  @ResolveField(() => GroupBanConnection, { description: 'Latest first; moderators and above.' })
  bans(
    @Parent() group: Group,
    @CurrentUser() actor: AuthUser,
    @Args() args: PageArgs,
  ): Promise<Connection<GroupBan>> {
    return this.service.bans(actor, group, args);
  }

  // ----- mutations -----

  @Mutation(() => Group)
  createGroup(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateGroupInput,
  ): Promise<Group> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Group)
  updateGroup(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateGroupInput,
  ): Promise<Group> {
    return this.service.update(actor, input);
  }

  @Mutation(() => Group)
  archiveGroup(@CurrentUser() actor: AuthUser, @Args('input') input: GroupIdInput): Promise<Group> {
    return this.service.setArchived(actor, input.groupId, true);
  }

  @Mutation(() => Group)
  unarchiveGroup(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupIdInput,
  ): Promise<Group> {
    return this.service.setArchived(actor, input.groupId, false);
  }

  @Mutation(() => Group, { description: 'OPEN groups (or any group you are invited to).' })
  joinGroup(@CurrentUser() actor: AuthUser, @Args('input') input: GroupIdInput): Promise<Group> {
    return this.service.join(actor, input.groupId);
  }

  @Mutation(() => JoinRequest, {
    description: 'CLOSED groups; one answer per membership question.',
  })
  requestToJoinGroup(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RequestToJoinGroupInput,
  ): Promise<JoinRequest> {
    return this.service.requestToJoin(actor, input.groupId, input.answers);
  }

  @Mutation(() => Group)
  cancelJoinRequest(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupIdInput,
  ): Promise<Group> {
    return this.service.cancelRequest(actor, input.groupId);
  }

  @Mutation(() => JoinRequest)
  approveJoinRequest(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: JoinRequestIdInput,
  ): Promise<JoinRequest> {
    return this.service.decideRequest(actor, input.requestId, true);
  }

  @Mutation(() => JoinRequest)
  declineJoinRequest(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: JoinRequestIdInput,
  ): Promise<JoinRequest> {
    return this.service.decideRequest(actor, input.requestId, false);
  }

  @Mutation(() => [GroupInvitation])
  inviteToGroup(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: InviteToGroupInput,
  ): Promise<GroupInvitation[]> {
    return this.service.invite(actor, input.groupId, input.userIds);
  }

  @Mutation(() => GroupInvitation)
  revokeGroupInvitation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupInvitationIdInput,
  ): Promise<GroupInvitation> {
    return this.service.revokeInvitation(actor, input.invitationId);
  }

  @Mutation(() => Group)
  async acceptGroupInvitation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupInvitationIdInput,
  ): Promise<Group> {
    return (await this.service.respondToInvitation(actor, input.invitationId, true)).group;
  }

  @Mutation(() => GroupInvitation)
  async declineGroupInvitation(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupInvitationIdInput,
  ): Promise<GroupInvitation> {
    return (await this.service.respondToInvitation(actor, input.invitationId, false)).invitation;
  }

  @Mutation(() => Group, { description: 'The last owner must transfer ownership first.' })
  leaveGroup(@CurrentUser() actor: AuthUser, @Args('input') input: GroupIdInput): Promise<Group> {
    return this.service.leave(actor, input.groupId);
  }

  @Mutation(() => Group)
  removeMember(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupMemberInput,
  ): Promise<Group> {
    return this.service.remove(actor, input.groupId, input.userId);
  }

  @Mutation(() => Group, {
    description: 'A banned person cannot rejoin, re-request or be invited.',
  })
  banMember(@CurrentUser() actor: AuthUser, @Args('input') input: BanMemberInput): Promise<Group> {
    return this.service.ban(actor, input.groupId, input.userId, input.reason);
  }

  @Mutation(() => Group)
  unbanMember(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupMemberInput,
  ): Promise<Group> {
    return this.service.unban(actor, input.groupId, input.userId);
  }

  @Mutation(() => Membership)
  changeMemberRole(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<Membership> {
    return this.service.changeRole(actor, input.groupId, input.userId, input.role);
  }

  @Mutation(() => Group, { description: 'The previous owner becomes an admin.' })
  transferOwnership(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: GroupMemberInput,
  ): Promise<Group> {
    return this.service.transferOwnership(actor, input.groupId, input.userId);
  }
}
