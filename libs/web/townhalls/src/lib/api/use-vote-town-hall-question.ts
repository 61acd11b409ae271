import { useMutation } from '@apollo/client/react';
import { friendlyMessage, graphql, type VoteTownHallQuestionMutation } from '@hearth/web/graphql';
import { useCallback, useState } from 'react';
import { useRefetchOnScreen } from '../live-town-hall';

export const VOTE = graphql(`
  mutation VoteTownHallQuestion($id: ID!, $up: Boolean!) {
    voteTownHallQuestion(id: $id, up: $up) {
      __typename
      id
      voteCount
      viewerHasVoted
    }
  }
`);

/** The viewer's votes left are part of the town hall. */
const AFTER_VOTE = ['TownHall', 'TownHallPresenter'];

export interface Votable {
  id: string;
  voteCount: number;
  viewerHasVoted: boolean;
}

/**
 * Up-votes a question, or takes the vote back: the count and the pressed state change at once, and
 * the town hall is read again for the votes left. A refusal (no votes left) is said in words.
 */
export function useVoteTownHallQuestion() {
  const [error, setError] = useState<string | null>(null);
  const after = useRefetchOnScreen(AFTER_VOTE);
  const [mutate] = useMutation(VOTE, { onCompleted: after });
  const toggle = useCallback(
    (q: Votable) => {
      setError(null);
      const up = !q.viewerHasVoted;
      void mutate({
        variables: { id: q.id, up },
        optimisticResponse: {
          voteTownHallQuestion: {
            __typename: 'TownHallQuestion',
            id: q.id,
            voteCount: Math.max(0, q.voteCount + (up ? 1 : -1)),
            viewerHasVoted: up,
          },
        } satisfies VoteTownHallQuestionMutation,
      }).catch((e: unknown) => setError(`Your vote was not counted. ${friendlyMessage(e)}`));
    },
    [mutate],
  );
  return { toggle, error, dismiss: () => setError(null) };
}
