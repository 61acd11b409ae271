import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REJECT_POST = graphql(`
  mutation RejectPost($input: RejectPostInput!) {
    rejectPost(input: $input) {
      ...PostCard
    }
  }
`);

export function useRejectPost() {
  return useMutation(REJECT_POST);
}
