import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REQUEST = graphql(`
  mutation RequestToJoin($input: RequestToJoinGroupInput!) {
    requestToJoinGroup(input: $input) {
      id
      status
      group {
        id
        viewerStatus
      }
    }
  }
`);

export function useRequestToJoin() {
  return useMutation(REQUEST);
}
