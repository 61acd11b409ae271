import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

/** For whom the viewer may hold a town hall: the whole organisation, and which groups. */
export const HOSTING_OPTIONS = graphql(`
  query TownHallHostingOptions($search: String) {
    townHallHostingOptions(search: $search) {
      forOrganisation
      groups {
        id
        name
      }
      moreGroups
    }
  }
`);

/** Where you may host a town hall; with `search`, the groups matching it (nothing is read without). */
export function useTownHallHostingOptions(search?: string) {
  return useQuery(
    HOSTING_OPTIONS,
    search === undefined ? {} : { variables: { search }, skip: !search },
  );
}
