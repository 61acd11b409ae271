import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const MARK_SEEN = graphql(`
  mutation MarkPostsSeen($input: MarkPostsSeenInput!) {
    markPostsSeen(input: $input)
  }
`);

export function useMarkPostsSeen() {
  return useMutation(MARK_SEEN);
}
