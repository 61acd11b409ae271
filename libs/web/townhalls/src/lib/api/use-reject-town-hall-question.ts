import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const REJECT = graphql(`
  mutation RejectTownHallQuestion($id: ID!, $reason: TownHallRejectReason!, $note: String) {
    rejectTownHallQuestion(id: $id, reason: $reason, note: $note) {
      ...TownHallQuestionFields
    }
  }
`);

/** Rejects a waiting question. `onDone` runs when the server has accepted it. */
export function useRejectTownHallQuestion(onDone?: () => void) {
  return useMutation(REJECT, { onCompleted: onDone });
}
