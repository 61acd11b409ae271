import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UNARCHIVE = graphql(`
  mutation UnarchiveGroup($input: GroupIdInput!) {
    unarchiveGroup(input: $input) {
      id
      archived
      archivedAt
    }
  }
`);

export function useUnarchiveGroup() {
  return useMutation(UNARCHIVE);
}
