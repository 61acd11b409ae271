import { friendlyMessage, type TownHallRejectReason } from '@hearth/web/graphql';
import {
  Button,
  Dialog,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
  Select,
  TextArea,
} from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { QUESTION_MAX_LENGTH } from './ask-box';
import { REJECT_REASONS } from './labels';
import { Question, QuestionCard } from './question-card';
import { useRefetchOnScreen } from './live-town-hall';
import { QUESTION_PAGE_MAX } from './api/question-pages';
import { useEditTownHallQuestion } from './api/use-edit-town-hall-question';
import { useMergeTownHallQuestion } from './api/use-merge-town-hall-question';
import { usePublishTownHallQuestion } from './api/use-publish-town-hall-question';
import { useRejectTownHallQuestion } from './api/use-reject-town-hall-question';
import { useSimilarTownHallQuestions } from './api/use-similar-town-hall-questions';
import { useTopTownHallQuestions } from './api/use-town-hall-questions';
import { useTownHallModerationQueue } from './api/use-town-hall-moderation-queue';

const AFTER_DECISION = ['TownHallModerationQueue', 'TownHallQuestions', 'TownHall'];

type Decision = { kind: 'reject' | 'merge' | 'edit'; q: Question } | null;

/**
 * The moderators' queue: questions waiting, oldest first. Each can be published, rejected with a
 * reason (and a note the asker reads), merged into a published question, or edited first.
 */
export function ModerationQueue({ townHallId }: { townHallId: string }) {
  const { data, loading, error, refetch, paging } = useTownHallModerationQueue(townHallId);
  const page = data?.townHall.moderationQueue;
  const [decision, setDecision] = useState<Decision>(null);
  const [done, setDone] = useState<string | null>(null);
  const after = useRefetchOnScreen(AFTER_DECISION);
  const [publish, publishing] = usePublishTownHallQuestion(after);
  const [publishingId, setPublishingId] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label="Loading the queue…" />;
  if (!data)
    return (
      <ErrorState
        message={`The queue could not be loaded. ${friendlyMessage(error)}`}
        onRetry={() => void refetch()}
      />
    );
  const queue = data.townHall.moderationQueue.edges.map((e) => e.node);
  const waiting = data.townHall.pendingCount ?? queue.length;
  const close = (message?: string) => {
    setDecision(null);
    if (message) setDone(message);
  };

  return (
    <section aria-labelledby="th-queue-title">
      <h2 id="th-queue-title">Waiting for a moderator ({waiting})</h2>
      {done && <Notice tone="success">{done}</Notice>}
      {publishing.error && (
        <Notice tone="error">
          The question was not published. {friendlyMessage(publishing.error)}
        </Notice>
      )}
      {queue.length === 0 ? (
        <EmptyState title="Nothing is waiting">
          New questions appear here as they are asked.
        </EmptyState>
      ) : (
        <ol className="h-list" aria-label="Questions waiting">
          {queue.map((q) => (
            <li key={q.id} className="h-card">
              <QuestionCard
                q={q}
                actions={
                  <>
                    <Button
                      small
                      variant="primary"
                      busy={publishingId === q.id}
                      aria-label={`Publish: ${q.body}`}
                      onClick={() => {
                        setDone(null);
                        setPublishingId(q.id);
                        void publish({ variables: { id: q.id } })
                          .then(() => setDone('Published.'))
                          .catch(() => undefined)
                          .finally(() => setPublishingId(null));
                      }}
                    >
                      Publish
                    </Button>
                    <Button small onClick={() => setDecision({ kind: 'edit', q })}>
                      Edit
                    </Button>
                    <Button small onClick={() => setDecision({ kind: 'merge', q })}>
                      Merge
                    </Button>
                    <Button
                      small
                      variant="ghost"
                      onClick={() => setDecision({ kind: 'reject', q })}
                    >
                      Reject
                    </Button>
                  </>
                }
              />
            </li>
          ))}
        </ol>
      )}
      <LoadMore
        hasMore={page?.pageInfo.hasNextPage ?? false}
        loading={paging.loading}
        onLoadMore={paging.more}
      />
      {decision?.kind === 'reject' && <RejectDialog q={decision.q} onClose={close} />}
      {decision?.kind === 'merge' && (
        <MergeDialog q={decision.q} townHallId={townHallId} onClose={close} />
      )}
      {decision?.kind === 'edit' && <EditDialog q={decision.q} onClose={close} />}
    </section>
  );
}

function Quoted({ q }: { q: Question }) {
  return <blockquote className="th-quote">{q.body}</blockquote>;
}

export function RejectDialog({ q, onClose }: { q: Question; onClose: (message?: string) => void }) {
  const [reason, setReason] = useState<TownHallRejectReason>('DUPLICATE');
  const [note, setNote] = useState('');
  const after = useRefetchOnScreen(AFTER_DECISION);
  const [reject, rejecting] = useRejectTownHallQuestion(after);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void reject({ variables: { id: q.id, reason, note: note.trim() || null } })
      .then(() => onClose('Rejected. The asker sees the reason.'))
      .catch(() => undefined);
  };
  return (
    <Dialog title="Reject this question" open onClose={() => onClose()}>
      <Quoted q={q} />
      {rejecting.error && <Notice tone="error">{friendlyMessage(rejecting.error)}</Notice>}
      <form onSubmit={onSubmit} noValidate>
        <Select
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.target.value as TownHallRejectReason)}
          options={REJECT_REASONS}
        />
        <TextArea
          label="Note to the asker (optional)"
          hint="For example, where the answer already is."
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="h-dialog__actions">
          <Button onClick={() => onClose()}>Cancel</Button>
          <Button type="submit" variant="danger" busy={rejecting.loading}>
            Reject question
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Merge: the questions most like this one first, then the top of the ranking. */
function MergeDialog({
  q,
  townHallId,
  onClose,
}: {
  q: Question;
  townHallId: string;
  onClose: (message?: string) => void;
}) {
  const similar = useSimilarTownHallQuestions(townHallId, q.body);
  // Merge targets: similar questions first, then the 200 with most votes (as before paging).
  const top = useTopTownHallQuestions(townHallId, QUESTION_PAGE_MAX);
  const [into, setInto] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const after = useRefetchOnScreen(AFTER_DECISION);
  const [merge, merging] = useMergeTownHallQuestion(after);
  const candidates: Question[] = [];
  for (const c of [
    ...(similar.data?.similarTownHallQuestions ?? []),
    ...(top.data?.townHall.questions.edges.map((e) => e.node) ?? []),
  ])
    if (c.id !== q.id && c.status === 'PUBLISHED' && !candidates.some((x) => x.id === c.id))
      candidates.push(c);
  const loading = (similar.loading || top.loading) && candidates.length === 0;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!into) {
      setLocalError('Choose the question to merge it into.');
      return;
    }
    void merge({ variables: { id: q.id, intoId: into } })
      .then(() => onClose('Merged. Its asker now follows the other question.'))
      .catch(() => undefined);
  };
  return (
    <Dialog title="Merge into another question" open onClose={() => onClose()}>
      <Quoted q={q} />
      {merging.error && <Notice tone="error">{friendlyMessage(merging.error)}</Notice>}
      <form onSubmit={onSubmit} noValidate>
        {loading && <LoadingState label="Finding similar questions…" />}
        {!loading && candidates.length === 0 && (
          <Notice>There are no published questions to merge it into yet.</Notice>
        )}
        {candidates.length > 0 && (
          <fieldset className="h-field th-merge">
            <legend>Merge into</legend>
            {localError && <span className="h-field__error">{localError}</span>}
            {candidates.map((c) => (
              <div className="h-check" key={c.id}>
                <input
                  type="radio"
                  id={`merge-${c.id}`}
                  name="merge-into"
                  checked={into === c.id}
                  onChange={() => setInto(c.id)}
                />
                <label htmlFor={`merge-${c.id}`}>
                  {c.body}{' '}
                  <span className="h-muted">
                    ({c.voteCount} {c.voteCount === 1 ? 'vote' : 'votes'})
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <div className="h-dialog__actions">
          <Button onClick={() => onClose()}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            busy={merging.loading}
            disabled={candidates.length === 0}
          >
            Merge
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function EditDialog({ q, onClose }: { q: Question; onClose: (message?: string) => void }) {
  const [body, setBody] = useState(q.body);
  const [localError, setLocalError] = useState<string | null>(null);
  const after = useRefetchOnScreen(AFTER_DECISION);
  const [edit, editing] = useEditTownHallQuestion(after);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setLocalError('The question cannot be empty.');
      return;
    }
    void edit({ variables: { id: q.id, body: body.trim() } })
      .then(() => onClose('Saved. It shows as edited by a moderator.'))
      .catch(() => undefined);
  };
  return (
    <Dialog title="Edit the question" open onClose={() => onClose()}>
      {editing.error && <Notice tone="error">{friendlyMessage(editing.error)}</Notice>}
      <form onSubmit={onSubmit} noValidate>
        <TextArea
          label="Question"
          hint="For clarity or to remove names; it shows as edited by a moderator."
          maxLength={QUESTION_MAX_LENGTH}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={localError}
        />
        <div className="h-dialog__actions">
          <Button onClick={() => onClose()}>Cancel</Button>
          <Button type="submit" variant="primary" busy={editing.loading}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
