import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const MERGE = graphql(`
  mutation MergeTownHallQuestion($id: ID!, $intoId: ID!) {
    mergeTownHallQuestion(id: $id, intoId: $intoId) {
      ...TownHallQuestionFields
    }
  }
`);

/** Merges a question into another. `onDone` runs when the server has accepted it. */
export function useMergeTownHallQuestion(onDone?: () => void) {
  return useMutation(MERGE, { onCompleted: onDone });
}
