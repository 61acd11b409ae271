import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ARCHIVE = graphql(`
  mutation ArchiveGroup($input: GroupIdInput!) {
    archiveGroup(input: $input) {
      id
      archived
      archivedAt
    }
  }
`);

export function useArchiveGroup() {
  return useMutation(ARCHIVE);
}
