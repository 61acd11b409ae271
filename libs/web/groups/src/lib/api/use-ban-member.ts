import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const BAN = graphql(`
  mutation BanMember($input: BanMemberInput!) {
    banMember(input: $input) {
      id
      memberCount
    }
  }
`);

export function useBanMember() {
  return useMutation(BAN);
}
