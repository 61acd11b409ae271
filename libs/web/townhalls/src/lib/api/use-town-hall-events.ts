import { useSubscription } from '@apollo/client/react';
import { graphql, type TownHallEventsSubscription } from '@hearth/web/graphql';

/** What changes in a town hall while it is open on screen. */
export const TOWN_HALL_EVENTS = graphql(`
  subscription TownHallEvents($townHallId: ID!) {
    townHallEvents(townHallId: $townHallId) {
      kind
      townHallId
      questionId
      voteCount
    }
  }
`);

/** While a town hall is shown, `onEvent` hears each of its live events. */
export function useTownHallEvents(
  townHallId: string,
  onEvent: (event: TownHallEventsSubscription['townHallEvents']) => void,
) {
  useSubscription(TOWN_HALL_EVENTS, {
    variables: { townHallId },
    onData: ({ data: result }) => {
      const event = result.data?.townHallEvents;
      if (event) onEvent(event);
    },
  });
}
