import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const SIMILAR_QUESTIONS = graphql(`
  query SimilarTownHallQuestions($townHallId: ID!, $text: String!) {
    similarTownHallQuestions(townHallId: $townHallId, text: $text) {
      ...TownHallQuestionFields
    }
  }
`);

/** Published questions like `text`, unless `skip`. */
export function useSimilarTownHallQuestions(townHallId: string, text: string, skip = false) {
  return useQuery(SIMILAR_QUESTIONS, { variables: { townHallId, text }, skip });
}
