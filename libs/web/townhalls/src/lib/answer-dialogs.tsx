import { friendlyMessage } from '@hearth/web/graphql';
import { Button, Dialog, Notice, TextArea, TextField } from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { Person, PeoplePicker } from './people-picker';
import type { Question } from './question-card';
import { useRefetchOnScreen } from './live-town-hall';
import { useAnswerTownHallQuestion } from './api/use-answer-town-hall-question';

export const AFTER_ANSWER = [
  'TownHall',
  'TownHallPresenter',
  'TownHallQuestions',
  'TownHallFollowUps',
  'TownHallSummary',
];

export const ANSWER_MAX_LENGTH = 5000;

/** The end of a day in the browser's time zone, from an <input type="date"> value. */
export function endOfDay(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 23, 59, 0).toISOString();
}

function Quoted({ q }: { q: Question }) {
  return <blockquote className="th-quote">{q.body}</blockquote>;
}

export function AnswerInWritingDialog({
  q,
  onClose,
}: {
  q: Question;
  onClose: (message?: string) => void;
}) {
  const [answer, setAnswer] = useState(q.answer ?? '');
  const [localError, setLocalError] = useState<string | null>(null);
  const after = useRefetchOnScreen(AFTER_ANSWER);
  const [mutate, state] = useAnswerTownHallQuestion(after);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!answer.trim()) {
      setLocalError('Write the answer first.');
      return;
    }
    void mutate({
      variables: { input: { id: q.id, state: 'ANSWERED_IN_WRITING', answer: answer.trim() } },
    })
      .then(() => onClose('The written answer is published.'))
      .catch(() => undefined);
  };
  return (
    <Dialog title="Answer in writing" open onClose={() => onClose()}>
      <Quoted q={q} />
      {state.error && <Notice tone="error">{friendlyMessage(state.error)}</Notice>}
      <form onSubmit={onSubmit} noValidate>
        <TextArea
          label="Written answer"
          maxLength={ANSWER_MAX_LENGTH}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          error={localError}
        />
        <div className="h-dialog__actions">
          <Button onClick={() => onClose()}>Cancel</Button>
          <Button type="submit" variant="primary" busy={state.loading}>
            Publish answer
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeferDialog({ q, onClose }: { q: Question; onClose: (message?: string) => void }) {
  const [owner, setOwner] = useState<Person[]>(q.deferredTo ? [q.deferredTo] : []);
  const [due, setDue] = useState(q.deferredUntil?.slice(0, 10) ?? '');
  const [errors, setErrors] = useState<{ owner?: string; due?: string }>({});
  const after = useRefetchOnScreen(AFTER_ANSWER);
  const [mutate, state] = useAnswerTownHallQuestion(after);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = {
      owner: owner[0] ? undefined : 'Choose who follows it up.',
      due: due ? undefined : 'Choose a date it is due by.',
    };
    setErrors(next);
    if (next.owner || next.due || !owner[0]) return;
    void mutate({
      variables: {
        input: {
          id: q.id,
          state: 'DEFERRED',
          deferredToId: owner[0].id,
          deferredUntil: endOfDay(due),
        },
      },
    })
      .then(() => onClose('Deferred: it is on the follow-up list.'))
      .catch(() => undefined);
  };
  return (
    <Dialog title="Defer to a follow-up" open onClose={() => onClose()}>
      <Quoted q={q} />
      {state.error && <Notice tone="error">{friendlyMessage(state.error)}</Notice>}
      <form onSubmit={onSubmit} noValidate>
        <PeoplePicker
          label="Who follows it up"
          chosen={owner}
          onChange={setOwner}
          max={1}
          error={errors.owner}
        />
        <TextField
          label="Due by"
          type="date"
          value={due}
          min={new Date().toISOString().slice(0, 10)}
          onChange={(e) => setDue(e.target.value)}
          error={errors.due}
        />
        <div className="h-dialog__actions">
          <Button onClick={() => onClose()}>Cancel</Button>
          <Button type="submit" variant="primary" busy={state.loading}>
            Defer
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export type AnswerDialog = { kind: 'writing' | 'defer'; q: Question } | null;

/** Shows the dialog asked for, if any. */
export function AnswerDialogs({
  dialog,
  onClose,
}: {
  dialog: AnswerDialog;
  onClose: (message?: string) => void;
}) {
  if (dialog?.kind === 'writing') return <AnswerInWritingDialog q={dialog.q} onClose={onClose} />;
  if (dialog?.kind === 'defer') return <DeferDialog q={dialog.q} onClose={onClose} />;
  return null;
}
