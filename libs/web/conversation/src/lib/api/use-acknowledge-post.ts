import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ACKNOWLEDGE_POST = graphql(`
  mutation AcknowledgePost($input: PostIdInput!) {
    acknowledgePost(input: $input) {
      ...PostCard
    }
  }
`);

export function useAcknowledgePost() {
  return useMutation(ACKNOWLEDGE_POST);
}
