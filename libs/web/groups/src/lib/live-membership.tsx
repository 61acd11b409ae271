import { useGroupMembershipEvents } from './api/use-group-membership-events';

/** The queries on screen that a membership change can alter (only active ones are read again). */
const AFFECTED = ['Group', 'GroupMembers', 'GroupJoinRequests', 'GroupInvitations', 'GroupBans'];

/**
 * For the people who manage a group's members: when its membership changes (a new request, a join,
 * someone leaving), the group page's member count and open tab are read again, live.
 */
export function LiveMembership({ groupId }: { groupId: string }) {
  useGroupMembershipEvents(groupId, AFFECTED);
  return null;
}
