import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ASK = graphql(`
  mutation AskTownHallQuestion($townHallId: ID!, $body: String!, $anonymous: Boolean!) {
    askTownHallQuestion(townHallId: $townHallId, body: $body, anonymous: $anonymous) {
      ...TownHallQuestionFields
    }
  }
`);

/** Asks a question. `onDone` runs when the server has accepted it. */
export function useAskTownHallQuestion(onDone?: () => void) {
  return useMutation(ASK, { onCompleted: onDone });
}
