import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const UPDATE_GROUP = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      ...GroupCardFields
      postingPolicy
      postApproval
      membershipQuestions
    }
  }
`);

export function useUpdateGroup() {
  return useMutation(UPDATE_GROUP);
}
