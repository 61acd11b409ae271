import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UPDATE_TOWN_HALL = graphql(`
  mutation UpdateTownHall($input: UpdateTownHallInput!) {
    updateTownHall(input: $input) {
      ...TownHallFields
    }
  }
`);

/** Changes a town hall's details. `onDone` runs when the server has accepted it. */
export function useUpdateTownHall(onDone?: () => void) {
  return useMutation(UPDATE_TOWN_HALL, { onCompleted: onDone });
}
