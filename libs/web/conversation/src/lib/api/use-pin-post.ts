import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const PIN_POST = graphql(`
  mutation PinPost($input: PostIdInput!) {
    pinPost(input: $input) {
      ...PostCard
    }
  }
`);

export function usePinPost() {
  return useMutation(PIN_POST);
}
