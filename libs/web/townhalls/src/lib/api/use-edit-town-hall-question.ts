import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const EDIT = graphql(`
  mutation EditTownHallQuestion($id: ID!, $body: String!) {
    editTownHallQuestion(id: $id, body: $body) {
      ...TownHallQuestionFields
    }
  }
`);

/** Edits a waiting question. `onDone` runs when the server has accepted it. */
export function useEditTownHallQuestion(onDone?: () => void) {
  return useMutation(EDIT, { onCompleted: onDone });
}
