import { graphql } from '../gql';

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
