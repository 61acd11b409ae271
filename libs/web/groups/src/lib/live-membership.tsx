import { useApolloClient, useSubscription } from '@apollo/client/react';
import { MEMBERSHIP_EVENTS } from './documents';

/** The queries on screen that a membership change can alter (only active ones are read again). */
const AFFECTED = ['Group', 'GroupMembers', 'GroupJoinRequests', 'GroupInvitations', 'GroupBans'];

/**
 * For the people who manage a group's members: when its membership changes (a new request, a join,
 * someone leaving), the group page's member count and open tab are read again, live.
 */
export function LiveMembership({ groupId }: { groupId: string }) {
  const client = useApolloClient();
  useSubscription(MEMBERSHIP_EVENTS, {
    variables: { groupId },
    onData: () => {
      void client.refetchQueries({ include: AFFECTED }).catch(() => undefined);
    },
  });
  return null;
}
