import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

/** The presenter's screen: the question being answered and the top of those waiting. */
export const PRESENTER = graphql(`
  query TownHallPresenter($id: ID!, $waiting: Int!) {
    townHall(id: $id) {
      ...TownHallFields
      answering {
        ...TownHallQuestionFields
      }
      questions(order: WAITING, first: $waiting) {
        edges {
          node {
            ...TownHallQuestionFields
          }
        }
      }
    }
  }
`);

/** The presenter view: the question being answered and the next `waiting` ones. */
export function useTownHallPresenter(id: string, waiting: number) {
  return useQuery(PRESENTER, {
    variables: { id, waiting },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
