import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

/** Membership changes of a group, live, for those who manage its members. */
export const MEMBERSHIP_EVENTS = graphql(`
  subscription GroupMembershipEvents($groupId: ID!) {
    groupMembershipEvents(groupId: $groupId) {
      change
      groupId
      userId
    }
  }
`);

/** While a group is shown, what its membership changes reads again `affected` queries. */
export function useGroupMembershipEvents(groupId: string, affected: string[]) {
  const client = useApolloClient();
  useSubscription(MEMBERSHIP_EVENTS, {
    variables: { groupId },
    onData: () => {
      void client.refetchQueries({ include: affected }).catch(() => undefined);
    },
  });
}
