import type { TownHallQuestionFieldsFragment } from '@hearth/web/graphql';
import { ago, Badge } from '@hearth/web/ui';
import { ReactNode } from 'react';
import { ANSWER_LABEL, askerName, date, reasonLabel, STATUS_LABEL, STATUS_TONE } from './labels';

export type Question = TownHallQuestionFieldsFragment;

/** Where an answer stands, in words: a badge, then the written answer or who follows it up. */
export function AnswerDetail({ q }: { q: Question }) {
  if (!q.answerState) return null;
  return (
    <div className="th-answer">
      <Badge tone={q.answerState === 'DEFERRED' ? undefined : 'success'}>
        {ANSWER_LABEL[q.answerState]}
      </Badge>
      {q.answerState === 'ANSWERED_IN_WRITING' && q.answer && (
        <blockquote className="th-answer__text">
          <p>{q.answer}</p>
          {q.answeredBy && <footer className="h-muted">— {q.answeredBy.displayName}</footer>}
        </blockquote>
      )}
      {q.answerState === 'ANSWERED_LIVE' && q.answeredBy && (
        <span className="h-muted"> by {q.answeredBy.displayName}</span>
      )}
      {q.answerState === 'DEFERRED' && (
        <span className="h-muted">
          {' '}
          {q.deferredTo ? `${q.deferredTo.displayName} follows up` : 'A follow-up is due'}
          {q.deferredUntil ? ` by ${date(q.deferredUntil)}` : ''}
        </span>
      )}
    </div>
  );
}

/** For the asker: where their question stands, and why when it was not published. */
export function StatusDetail({ q }: { q: Question }) {
  // Once answered, the answer's badge says more than "Published".
  if (q.status === 'PUBLISHED' && q.answerState) return null;
  return (
    <div className="th-status">
      <Badge tone={STATUS_TONE[q.status]}>{STATUS_LABEL[q.status]}</Badge>
      {q.status === 'REJECTED' && q.rejectReason && (
        <p className="th-status__reason">
          Reason: {reasonLabel(q.rejectReason)}
          {q.rejectNote ? ` — “${q.rejectNote}”` : ''}
        </p>
      )}
    </div>
  );
}

/** One question: who asked (or "Anonymous"), when, what; a vote button and actions beside it. */
export function QuestionCard({
  q,
  vote,
  actions,
  showStatus,
}: {
  q: Question;
  vote?: ReactNode;
  actions?: ReactNode;
  showStatus?: boolean;
}) {
  const at = q.publishedAt ?? q.createdAt;
  return (
    <div className="th-question">
      {vote && <div className="th-question__vote">{vote}</div>}
      <div className="th-question__main">
        <p className="th-question__body">{q.body}</p>
        <p className="th-question__meta h-muted">
          <span className={q.anonymous ? 'th-anonymous' : undefined}>{askerName(q)}</span>
          {' · '}
          <time dateTime={at}>{ago(at)}</time>
          {q.editedByModerator && ' · edited by a moderator'}
          {!vote &&
            q.status === 'PUBLISHED' &&
            ` · ${q.voteCount} ${q.voteCount === 1 ? 'vote' : 'votes'}`}
        </p>
        {showStatus && <StatusDetail q={q} />}
        <AnswerDetail q={q} />
        {actions && <div className="th-question__actions h-row">{actions}</div>}
      </div>
    </div>
  );
}
