import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ANSWER = graphql(`
  mutation AnswerTownHallQuestion($input: AnswerTownHallQuestionInput!) {
    answerTownHallQuestion(input: $input) {
      ...TownHallQuestionFields
    }
  }
`);

/** Marks a question answering, answered or deferred. `onDone` runs when the server has accepted it. */
export function useAnswerTownHallQuestion(onDone?: () => void) {
  return useMutation(ANSWER, { onCompleted: onDone });
}
