import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const CREATE_GROUP = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupCardFields
    }
  }
`);

/** Creates a group; the directory and my groups are read again. */
export function useCreateGroup() {
  return useMutation(CREATE_GROUP, {
    refetchQueries: ['Groups', 'MyGroups'],
  });
}
