import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@hearth/api/core';
import { GroupsService } from '../groups/groups.service';
import { MembershipEvent } from './membership-events';

/** Membership changes over the subscription socket; each event is authorized again when delivered. */
@Resolver(() => MembershipEvent)
export class MembershipEventsResolver {
  constructor(private readonly service: GroupsService) {}

  @Subscription(() => MembershipEvent, {
    description:
      'Joins, leaves, removals, bans, role changes, join requests and invitations of a group, as they happen — for its moderators and admins and for org admins (FORBIDDEN for others, NOT_FOUND for a secret group you may not see). Stops at once for someone who loses the role.',
    resolve: (event: MembershipEvent) => event,
  })
  groupMembershipEvents(
    @CurrentUser() actor: AuthUser,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<AsyncIterableIterator<MembershipEvent>> {
    return this.service.membershipEvents(actor, groupId);
  }
}
