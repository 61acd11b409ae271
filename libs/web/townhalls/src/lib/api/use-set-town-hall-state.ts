import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const SET_TOWN_HALL_STATE = graphql(`
  mutation SetTownHallState($id: ID!, $state: TownHallState!) {
    setTownHallState(id: $id, state: $state) {
      ...TownHallFields
    }
  }
`);

/** Opens, starts, ends or cancels a town hall. `onDone` runs when the server has accepted it. */
export function useSetTownHallState(onDone?: () => void) {
  return useMutation(SET_TOWN_HALL_STATE, { onCompleted: onDone });
}
