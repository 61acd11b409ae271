import { friendlyMessage, type TownHallQuestionOrder } from '@hearth/web/graphql';
import {
  Button,
  ChipGroup,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
} from '@hearth/web/ui';
import { useId, useState } from 'react';
import { ORDERS, plural } from './labels';
import { Question, QuestionCard } from './question-card';
import { VoteButton } from './vote-button';
import { useRefetchOnScreen } from './live-town-hall';
import { useTownHallQuestions } from './api/use-town-hall-questions';
import { useVoteTownHallQuestion } from './api/use-vote-town-hall-question';
import { useWithdrawTownHallQuestion } from './api/use-withdraw-town-hall-question';

export interface QuestionListTownHall {
  id: string;
  voteBudget?: number | null;
  viewer: { canAsk: boolean; votesLeft?: number | null };
}

const AFTER_WITHDRAW = ['TownHallQuestions', 'TownHall'];

/** An asker may take a question back while it waits or before it is answered. */
const withdrawable = (q: Question) =>
  q.isMine && (q.status === 'PENDING' || q.status === 'PUBLISHED') && !q.answerState;

/**
 * The ranked list: top, newest, answered, or mine (with each question's status, the reason when one
 * was not published, and a way to withdraw). Up-vote buttons show counts and the votes left.
 */
export function QuestionList({ townHall }: { townHall: QuestionListTownHall }) {
  const [order, setOrder] = useState<TownHallQuestionOrder>('TOP');
  const titleId = useId();
  const list = useTownHallQuestions(townHall.id, order);
  const vote = useVoteTownHallQuestion();
  const [withdrawing, setWithdrawing] = useState<Question | null>(null);
  const after = useRefetchOnScreen(AFTER_WITHDRAW);
  const [withdraw, withdrawState] = useWithdrawTownHallQuestion(after);
  const votesLeft = townHall.viewer.votesLeft;
  const canVote = townHall.viewer.canAsk;
  const empty = ORDERS.find((o) => o.value === order)?.empty ?? 'No questions.';

  return (
    <section className="th-questions" aria-labelledby={titleId}>
      <div className="th-questions__header">
        <h2 id={titleId}>Questions</h2>
        {votesLeft != null && canVote && (
          <p className="th-votes-left" aria-live="polite">
            {votesLeft === 0
              ? 'You have used all your votes. Take one back to vote again.'
              : `${plural(votesLeft, 'vote')} left`}
          </p>
        )}
      </div>
      <ChipGroup
        label="Show questions"
        options={ORDERS.map((o) => ({ value: o.value, label: o.label }))}
        value={order}
        onChange={(v) => v && setOrder(v)}
      />
      {vote.error && <Notice tone="error">{vote.error}</Notice>}
      {withdrawState.error && (
        <Notice tone="error">
          Your question was not withdrawn. {friendlyMessage(withdrawState.error)}
        </Notice>
      )}
      {list.loading && <LoadingState label="Loading questions…" />}
      {list.error && (
        <ErrorState
          message={`The questions could not be loaded. ${friendlyMessage(list.error)}`}
          onRetry={list.retry}
        />
      )}
      {list.questions && list.questions.length === 0 && <EmptyState title={empty} />}
      {list.questions && list.questions.length > 0 && (
        <ol className="h-list th-question-list" aria-label={`Questions, ${order.toLowerCase()}`}>
          {list.questions.map((q) => {
            const spent = votesLeft === 0 && !q.viewerHasVoted;
            return (
              <li key={q.id} className="h-card">
                <QuestionCard
                  q={q}
                  showStatus={order === 'MINE'}
                  vote={
                    q.status === 'PUBLISHED' ? (
                      <VoteButton
                        question={q}
                        onToggle={vote.toggle}
                        disabled={!canVote || spent}
                        title={
                          !canVote
                            ? 'Voting is closed'
                            : spent
                              ? 'You have no votes left'
                              : undefined
                        }
                      />
                    ) : undefined
                  }
                  actions={
                    order === 'MINE' && withdrawable(q) ? (
                      <Button small variant="ghost" onClick={() => setWithdrawing(q)}>
                        Withdraw
                      </Button>
                    ) : undefined
                  }
                />
              </li>
            );
          })}
        </ol>
      )}
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.more} />
      <ConfirmDialog
        open={withdrawing !== null}
        title="Withdraw your question?"
        confirmLabel="Withdraw question"
        danger
        busy={withdrawState.loading}
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => {
          if (!withdrawing) return;
          void withdraw({ variables: { id: withdrawing.id } })
            .catch(() => undefined)
            .finally(() => setWithdrawing(null));
        }}
      >
        <p>It will no longer be shown to anyone or answered.</p>
        {withdrawing && <blockquote className="th-quote">{withdrawing.body}</blockquote>}
      </ConfirmDialog>
    </section>
  );
}
