import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const TRANSFER = graphql(`
  mutation TransferOwnership($input: GroupMemberInput!) {
    transferOwnership(input: $input) {
      id
      viewerRole
    }
  }
`);

export function useTransferOwnership() {
  return useMutation(TRANSFER);
}
