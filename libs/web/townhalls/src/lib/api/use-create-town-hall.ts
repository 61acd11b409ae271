import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const CREATE_TOWN_HALL = graphql(`
  mutation CreateTownHall($input: CreateTownHallInput!) {
    createTownHall(input: $input) {
      ...TownHallFields
    }
  }
`);

/** Creates a town hall; the lists of town halls are read again. */
export function useCreateTownHall() {
  return useMutation(CREATE_TOWN_HALL, { refetchQueries: ['TownHalls'] });
}
