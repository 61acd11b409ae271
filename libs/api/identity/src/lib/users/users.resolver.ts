import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  ConnectionType,
  CurrentUser,
  GraphqlContext,
} from '@hearth/api/core';
import { ChangeOrgRoleInput, UpdateProfileInput, UserIdInput, UsersArgs } from './dto/users.inputs';
import { User } from './user.model';
import { People } from './people';
import { UsersService } from './users.service';
import { IdArgs } from './dto/id.args';

export const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly people: People,
  ) {}

  @Query(() => User, { description: 'The signed-in person.' })
  me(@CurrentUser() actor: AuthUser): Promise<User> {
    return this.service.me(actor);
  }

  @Query(() => User, { description: 'A person; NOT_FOUND when unknown.' })
  user(@CurrentUser() actor: AuthUser, @Args() { id }: IdArgs): Promise<User> {
    return this.service.byId(actor, id);
  }

  @Query(() => UserConnection, { description: 'The people directory.' })
  users(@CurrentUser() actor: AuthUser, @Args() args: UsersArgs): Promise<Connection<User>> {
    return this.service.directory(actor, args);
  }

  @Mutation(() => User)
  updateProfile(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateProfileInput,
  ): Promise<User> {
    return this.service.updateProfile(actor, input);
  }

  @Mutation(() => User, { description: 'Org admins only; not your own role.' })
  changeOrgRole(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ChangeOrgRoleInput,
  ): Promise<User> {
    return this.service.changeOrgRole(actor, input.userId, input.orgRole);
  }

  @Mutation(() => User, { description: 'Org admins only: ends every session of the person.' })
  deactivateUser(@CurrentUser() actor: AuthUser, @Args('input') input: UserIdInput): Promise<User> {
    return this.service.setActive(actor, input.userId, false);
  }

  @Mutation(() => User, { description: 'Org admins only.' })
  reactivateUser(@CurrentUser() actor: AuthUser, @Args('input') input: UserIdInput): Promise<User> {
    return this.service.setActive(actor, input.userId, true);
  }

  @ResolveField(() => User, { nullable: true })
  async manager(@Parent() user: User, @Context() ctx: GraphqlContext): Promise<User | null> {
    if (!user.managerId) return null;
    const manager = await this.people.one(ctx, user.managerId);
    return manager?.active ? manager : null;
  }
}
