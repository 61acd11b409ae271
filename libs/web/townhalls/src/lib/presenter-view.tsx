import { errorCode, friendlyMessage, type TownHallAnswerState } from '@hearth/web/graphql';
import {
  Badge,
  Button,
  EmptyState,
  ErrorState,
  LoadingState,
  Notice,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AFTER_ANSWER, AnswerDialog, AnswerDialogs } from './answer-dialogs';
import { askerName, plural, STATE_LABEL, STATE_TONE } from './labels';
import { LiveTownHall, useRefetchOnScreen } from './live-town-hall';
import type { Question } from './question-card';
import { StateActions } from './state-actions';
import { TownHallNotFound } from './town-hall-not-found';
import { useAnswerTownHallQuestion } from './api/use-answer-town-hall-question';
import { useTownHallPresenter } from './api/use-town-hall-presenter';

/** How many questions after the next one the presenter sees coming. */
export const UPCOMING_COUNT = 4;

function Asked({ q }: { q: Question }) {
  return (
    <p className="th-present__meta">
      {askerName(q)} · {plural(q.voteCount, 'vote')}
    </p>
  );
}

/**
 * The hosts' screen during the session: large type, the question being answered and the next one
 * by votes, with one-click buttons for where each stands. It follows the room live.
 */
export function PresenterView({ townHallId }: { townHallId: string }) {
  const { data, loading, error, refetch } = useTownHallPresenter(townHallId, UPCOMING_COUNT + 1);
  const [dialog, setDialog] = useState<AnswerDialog>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState<{ id: string; state: TownHallAnswerState } | null>(null);
  const after = useRefetchOnScreen(AFTER_ANSWER);
  const [answer, answering] = useAnswerTownHallQuestion(after);
  usePageTitle(data ? `Presenting: ${data.townHall.title}` : 'Presenter view');

  if (loading && !data) return <LoadingState label="Loading the presenter view…" />;
  if (error && errorCode(error) === 'NOT_FOUND') return <TownHallNotFound />;
  if (!data) return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const t = data.townHall;
  const back = (
    <Link to={`/town-halls/${t.id}`} className="th-present__back">
      Back to the town hall
    </Link>
  );
  if (!t.viewer.canHost)
    return (
      <EmptyState title="For hosts" action={back}>
        The presenter view is for the town hall’s hosts.
      </EmptyState>
    );

  const current = t.answering;
  const waiting = t.questions.edges
    .map((e) => e.node)
    .filter((q) => !q.answerState && q.status === 'PUBLISHED' && q.id !== current?.id);
  const [next, ...later] = waiting;
  const set = (q: Question, state: TownHallAnswerState) => {
    setDone(null);
    setBusy({ id: q.id, state });
    void answer({ variables: { input: { id: q.id, state } } })
      .then(() => {
        if (state === 'ANSWERED_LIVE') setDone('Marked as answered live.');
      })
      .catch(() => undefined)
      .finally(() => setBusy(null));
  };
  const isBusy = (q: Question, state: TownHallAnswerState) =>
    busy?.id === q.id && busy.state === state;
  const live = t.state === 'LIVE';

  return (
    <div className="th-present">
      <LiveTownHall townHallId={t.id} />
      <header className="th-present__header">
        {back}
        <div className="th-present__title">
          <h1>{t.title}</h1>
          <Badge tone={STATE_TONE[t.state]}>{STATE_LABEL[t.state]}</Badge>
          <span className="th-present__count">{plural(t.publishedCount, 'question')}</span>
        </div>
        <StateActions townHall={t} />
      </header>
      {!live && (
        <Notice>
          {t.state === 'ENDED' || t.state === 'ARCHIVED'
            ? 'This town hall has ended.'
            : 'The town hall is not live yet: go live when the session starts to answer questions live. Written answers and deferrals work now.'}
        </Notice>
      )}
      {done && <Notice tone="success">{done}</Notice>}
      {answering.error && (
        <Notice tone="error">That did not work. {friendlyMessage(answering.error)}</Notice>
      )}
      <div className="th-present__grid">
        <section className="th-present__now" aria-labelledby="th-now">
          <h2 id="th-now">Now answering</h2>
          {current ? (
            <>
              <p className="th-present__question">{current.body}</p>
              <Asked q={current} />
              <div className="th-present__buttons">
                <Button
                  variant="primary"
                  busy={isBusy(current, 'ANSWERED_LIVE')}
                  disabled={!live}
                  onClick={() => set(current, 'ANSWERED_LIVE')}
                >
                  Answered live
                </Button>
                <Button onClick={() => setDialog({ kind: 'writing', q: current })}>
                  Answer in writing
                </Button>
                <Button onClick={() => setDialog({ kind: 'defer', q: current })}>Defer</Button>
              </div>
            </>
          ) : (
            <p className="th-present__idle">
              Nothing is being answered. {next ? 'Take the next question when ready.' : ''}
            </p>
          )}
        </section>
        <section className="th-present__next" aria-labelledby="th-next">
          <h2 id="th-next">Next by votes</h2>
          {next ? (
            <>
              <p className="th-present__question th-present__question--next">{next.body}</p>
              <Asked q={next} />
              <div className="th-present__buttons">
                <Button
                  variant={current ? 'secondary' : 'primary'}
                  busy={isBusy(next, 'ANSWERING')}
                  disabled={!live}
                  onClick={() => set(next, 'ANSWERING')}
                >
                  Answering now
                </Button>
                <Button onClick={() => setDialog({ kind: 'writing', q: next })}>
                  Answer in writing
                </Button>
                <Button onClick={() => setDialog({ kind: 'defer', q: next })}>Defer</Button>
              </div>
            </>
          ) : (
            <p className="th-present__idle">No more questions are waiting.</p>
          )}
        </section>
      </div>
      {later.length > 0 && (
        <section className="th-present__later" aria-labelledby="th-later">
          <h2 id="th-later">After that</h2>
          <ol className="h-list">
            {later.slice(0, UPCOMING_COUNT).map((q) => (
              <li key={q.id} className="th-present__later-item">
                <span className="th-present__later-votes">{plural(q.voteCount, 'vote')}</span>
                <span className="th-present__later-body">{q.body}</span>
                <Button
                  small
                  busy={isBusy(q, 'ANSWERING')}
                  disabled={!live}
                  aria-label={`Answer now: ${q.body}`}
                  onClick={() => set(q, 'ANSWERING')}
                >
                  Answer now
                </Button>
              </li>
            ))}
          </ol>
        </section>
      )}
      <AnswerDialogs
        dialog={dialog}
        onClose={(message) => {
          setDialog(null);
          if (message) setDone(message);
        }}
      />
    </div>
  );
}

/** The route: /town-halls/:id/present. */
export function PresenterPage() {
  const { id = '' } = useParams();
  return <PresenterView townHallId={id} />;
}
