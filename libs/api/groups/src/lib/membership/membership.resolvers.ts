import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  CurrentUser,
  GraphqlContext,
  notFound,
  PageArgs,
} from '@hearth/api/core';
import { People, User } from '@hearth/api/identity';
import { loadGroupOrFail } from '../groups/group.loaders';
import { Group, GroupBan, GroupInvitation, JoinRequest, Membership } from '../groups/group.model';
import { GroupConnection } from '../groups/groups.resolver';
import { GroupsService } from '../groups/groups.service';

async function person(ctx: GraphqlContext, people: People, id: string): Promise<User> {
  const user = await people.one(ctx, id);
  if (!user) throw notFound('That person');
  return user;
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(
    private readonly people: People,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => User)
  user(@Parent() m: Membership, @Context() ctx: GraphqlContext): Promise<User> {
    return person(ctx, this.people, m.userId);
  }

  @ResolveField(() => Group)
  group(@Parent() m: Membership, @Context() ctx: GraphqlContext): Promise<Group> {
    return loadGroupOrFail(ctx, this.groups, m.groupId);
  }
}

@Resolver(() => JoinRequest)
export class JoinRequestResolver {
  constructor(
    private readonly people: People,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => User)
  user(@Parent() r: JoinRequest, @Context() ctx: GraphqlContext): Promise<User> {
    return person(ctx, this.people, r.userId);
  }

  @ResolveField(() => Group)
  group(@Parent() r: JoinRequest, @Context() ctx: GraphqlContext): Promise<Group> {
    return loadGroupOrFail(ctx, this.groups, r.groupId);
  }
}

@Resolver(() => GroupInvitation)
export class GroupInvitationResolver {
  constructor(
    private readonly people: People,
    private readonly groups: GroupsService,
  ) {}

  @ResolveField(() => User)
  user(@Parent() i: GroupInvitation, @Context() ctx: GraphqlContext): Promise<User> {
    return person(ctx, this.people, i.userId);
  }

  @ResolveField(() => User)
  invitedBy(@Parent() i: GroupInvitation, @Context() ctx: GraphqlContext): Promise<User> {
    return person(ctx, this.people, i.invitedById);
  }

  @ResolveField(() => Group)
  group(@Parent() i: GroupInvitation, @Context() ctx: GraphqlContext): Promise<Group> {
    return loadGroupOrFail(ctx, this.groups, i.groupId);
  }
}

@Resolver(() => GroupBan)
export class GroupBanResolver {
  constructor(private readonly people: People) {}

  @ResolveField(() => User)
  user(@Parent() b: GroupBan, @Context() ctx: GraphqlContext): Promise<User> {
    return person(ctx, this.people, b.userId);
  }

  @ResolveField(() => User)
  bannedBy(@Parent() b: GroupBan, @Context() ctx: GraphqlContext): Promise<User> {
    return person(ctx, this.people, b.bannedById);
  }
}

/** Adds `User.groups` (groups lives above identity, so the field is attached from here). */
@Resolver(() => User)
export class UserGroupsResolver {
  constructor(private readonly service: GroupsService) {}

  @ResolveField(() => GroupConnection, {
    description:
      'Groups this person is in that the viewer may see (SECRET ones only if the viewer is in them too, or an org admin).',
  })
  groups(
    @Parent() user: User,
    @CurrentUser() actor: AuthUser,
    @Args() args: PageArgs,
  ): Promise<Connection<Group>> {
    return this.service.groupsOf(actor, user.id, args.first, args.after);
  }
}

export const MEMBERSHIP_FIELD_RESOLVERS = [
  MembershipResolver,
  JoinRequestResolver,
  GroupInvitationResolver,
  GroupBanResolver,
  UserGroupsResolver,
];
