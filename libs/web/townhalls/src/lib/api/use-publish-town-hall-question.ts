import { useMutation } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const PUBLISH = graphql(`
  mutation PublishTownHallQuestion($id: ID!) {
    publishTownHallQuestion(id: $id) {
      ...TownHallQuestionFields
    }
  }
`);

/** Publishes a waiting question. `onDone` runs when the server has accepted it. */
export function usePublishTownHallQuestion(onDone?: () => void) {
  return useMutation(PUBLISH, { onCompleted: onDone });
}
