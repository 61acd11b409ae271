import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const TOWN_HALL = graphql(`
  query TownHall($id: ID!) {
    townHall(id: $id) {
      ...TownHallFields
      answering {
        ...TownHallQuestionFields
      }
    }
  }
`);

/** One town hall, kept fresh when shown again. */
export function useTownHall(id: string) {
  return useQuery(TOWN_HALL, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
