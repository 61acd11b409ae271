import { useApolloClient } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';
import { useCallback } from 'react';

export const TOWN_HALL_CSV = graphql(`
  query TownHallCsv($id: ID!) {
    townHallCsv(id: $id)
  }
`);

/** Reads a town hall's questions as CSV, fresh from the server each time. */
export function useTownHallCsv(): (id: string) => Promise<string | undefined> {
  const client = useApolloClient();
  return useCallback(
    async (id) => {
      const { data } = await client.query({
        query: TOWN_HALL_CSV,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      return data?.townHallCsv;
    },
    [client],
  );
}
