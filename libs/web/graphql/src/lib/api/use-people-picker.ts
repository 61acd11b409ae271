import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

/** People matching a search, for pickers (inviting to a group, naming hosts, deferring to an owner). */
export const PEOPLE_PICKER = graphql(`
  query PeoplePicker($search: String) {
    users(search: $search, first: 8) {
      edges {
        node {
          id
          displayName
          title
        }
      }
    }
  }
`);

/** People matching `search`, once at least `min` characters are typed. */
export function usePeoplePicker(search: string, min = 2) {
  return useQuery(PEOPLE_PICKER, { variables: { search }, skip: search.length < min });
}
