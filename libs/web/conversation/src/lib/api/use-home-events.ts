import { useSubscription } from '@apollo/client/react';
import { type FeedEventFieldsFragment, graphql } from '@hearth/web/graphql';

export const HOME_EVENTS = graphql(`
  subscription HomeEvents {
    homeEvents {
      ...FeedEventFields
    }
  }
`);

/** The home feed's live events, to `onEvent`, unless `skip`. */
export function useHomeEvents(
  skip: boolean,
  onEvent: (event: FeedEventFieldsFragment | undefined) => void,
) {
  useSubscription(HOME_EVENTS, {
    skip,
    onData: ({ data }) => onEvent(data.data?.homeEvents),
  });
}
