import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const WITHDRAW = graphql(`
  mutation WithdrawTownHallQuestion($id: ID!) {
    withdrawTownHallQuestion(id: $id) {
      ...TownHallQuestionFields
    }
  }
`);

/** Takes a question back. `onDone` runs when the server has accepted it. */
export function useWithdrawTownHallQuestion(onDone?: () => void) {
  return useMutation(WITHDRAW, { onCompleted: onDone });
}
