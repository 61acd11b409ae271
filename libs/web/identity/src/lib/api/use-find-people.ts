import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const FIND_PEOPLE = graphql(`
  query FindPeople($search: String!) {
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

/** People matching a search of at least two characters. */
export function useFindPeople(search: string) {
  return useQuery(FIND_PEOPLE, {
    variables: { search },
    skip: search.length < 2,
  });
}
