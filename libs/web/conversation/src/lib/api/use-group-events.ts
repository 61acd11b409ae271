import { useSubscription } from '@apollo/client/react';
import { type FeedEventFieldsFragment, graphql } from '@hearth/web/graphql';

export const GROUP_EVENTS = graphql(`
  subscription GroupEvents($groupId: ID!) {
    groupEvents(groupId: $groupId) {
      ...FeedEventFields
    }
  }
`);

/** A group's live events, to `onEvent`, unless `skip`. */
export function useGroupEvents(
  groupId: string,
  skip: boolean,
  onEvent: (event: FeedEventFieldsFragment | undefined) => void,
) {
  useSubscription(GROUP_EVENTS, {
    skip,
    variables: { groupId },
    onData: ({ data }) => onEvent(data.data?.groupEvents),
  });
}
