import { errorField, friendlyMessage } from '@hearth/web/graphql';
import { Button, Checkbox, Notice, TextArea, useDebounced } from '@hearth/web/ui';
import { FormEvent, useId, useState } from 'react';
import { QuestionCard } from './question-card';
import { VoteButton } from './vote-button';
import { useRefetchOnScreen } from './live-town-hall';
import { useAskTownHallQuestion } from './api/use-ask-town-hall-question';
import { useSimilarTownHallQuestions } from './api/use-similar-town-hall-questions';
import { useVoteTownHallQuestion } from './api/use-vote-town-hall-question';

/** Suggestions start once a question has this many characters, and wait for typing to pause. */
export const SIMILAR_MIN_LENGTH = 8;
export const SIMILAR_DEBOUNCE_MS = 400;
/** The API's limits for a question's text. */
export const QUESTION_MIN_LENGTH = 5;
export const QUESTION_MAX_LENGTH = 500;

const AFTER_ASK = ['TownHallQuestions', 'TownHall'];

export interface AskBoxTownHall {
  id: string;
  preModerated: boolean;
  viewer: { canAskAnonymously: boolean; votesLeft?: number | null };
}

/**
 * The ask box: while a person types, published questions like theirs are suggested with an up-vote
 * button each, so they can back one instead of asking it again. Anonymous asking when allowed.
 */
export function AskBox({ townHall }: { townHall: AskBoxTownHall }) {
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const headingId = useId();
  const similarId = useId();
  const text = useDebounced(body.trim(), SIMILAR_DEBOUNCE_MS);
  const searching = text.length >= SIMILAR_MIN_LENGTH;
  const similar = useSimilarTownHallQuestions(townHall.id, text, !searching);
  const suggestions = searching ? (similar.data?.similarTownHallQuestions ?? []) : [];
  const vote = useVoteTownHallQuestion();
  const after = useRefetchOnScreen(AFTER_ASK);
  const [ask, asking] = useAskTownHallQuestion(after);
  const noVotesLeft = townHall.viewer.votesLeft === 0;
  const allowAnonymous = townHall.viewer.canAskAnonymously;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    setLocalError(null);
    const trimmed = body.trim();
    if (trimmed.length < QUESTION_MIN_LENGTH) {
      setLocalError(
        trimmed
          ? `A question needs at least ${QUESTION_MIN_LENGTH} characters.`
          : 'Write your question first.',
      );
      return;
    }
    try {
      const res = await ask({
        variables: {
          townHallId: townHall.id,
          body: trimmed,
          anonymous: allowAnonymous && anonymous,
        },
      });
      const q = res.data?.askTownHallQuestion;
      if (!q) return;
      setBody('');
      setSent(
        q.status === 'PENDING'
          ? 'Thank you. Your question is waiting for a moderator; follow it under “Mine”.'
          : 'Thank you. Your question is published.',
      );
    } catch {
      // shown from asking.error
    }
  };

  const serverError = asking.error ? friendlyMessage(asking.error) : null;
  const fieldError = localError ?? (errorField(asking.error) === 'body' ? serverError : null);

  return (
    <section className="th-ask h-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Ask a question</h2>
      {sent && <Notice tone="success">{sent}</Notice>}
      {serverError && !fieldError && <Notice tone="error">{serverError}</Notice>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextArea
          label="Your question"
          hint={
            townHall.preModerated
              ? 'A moderator reads each question before it is published.'
              : 'Questions are published at once.'
          }
          maxLength={QUESTION_MAX_LENGTH}
          value={body}
          onChange={(e) => {
            setBody(e.target.value);
            setSent(null);
          }}
          aria-controls={similarId}
          error={fieldError}
        />
        <div id={similarId} className="th-similar">
          <p className="h-visually-hidden" role="status">
            {suggestions.length > 0
              ? `${suggestions.length} similar ${suggestions.length === 1 ? 'question' : 'questions'} already asked`
              : ''}
          </p>
          {suggestions.length > 0 && (
            <>
              <h3 className="th-similar__title">Already asked? Vote for it instead</h3>
              {vote.error && <Notice tone="error">{vote.error}</Notice>}
              <ul className="h-list" aria-label="Similar questions">
                {suggestions.map((q) => (
                  <li key={q.id}>
                    <QuestionCard
                      q={q}
                      vote={
                        <VoteButton
                          question={q}
                          onToggle={vote.toggle}
                          disabled={noVotesLeft && !q.viewerHasVoted}
                          title={
                            noVotesLeft && !q.viewerHasVoted ? 'You have no votes left' : undefined
                          }
                        />
                      }
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        {allowAnonymous && (
          <Checkbox
            label="Ask anonymously"
            hint="Your name is not shown to anyone, moderators and hosts included."
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
        )}
        <Button type="submit" variant="primary" busy={asking.loading}>
          {anonymous && allowAnonymous ? 'Ask anonymously' : 'Ask'}
        </Button>
      </form>
    </section>
  );
}
