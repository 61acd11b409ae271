import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const APPROVE_POST = graphql(`
  mutation ApprovePost($input: PostIdInput!) {
    approvePost(input: $input) {
      ...PostCard
    }
  }
`);

export function useApprovePost() {
  return useMutation(APPROVE_POST);
}
