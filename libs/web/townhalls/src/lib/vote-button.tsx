import type { Votable } from './api/use-vote-town-hall-question';

/**
 * The up-vote toggle beside a question: pressed when the viewer has voted; its name says the count
 * ("Up-vote, 12 votes"), so a screen reader hears what a sighted person sees.
 */
export function VoteButton({
  question,
  onToggle,
  disabled,
  title,
}: {
  question: Votable;
  onToggle: (q: Votable) => void;
  disabled?: boolean;
  /** Why it is disabled. */
  title?: string;
}) {
  const n = question.voteCount;
  return (
    <button
      type="button"
      className="th-vote"
      aria-pressed={question.viewerHasVoted}
      aria-label={`Up-vote, ${n} ${n === 1 ? 'vote' : 'votes'}`}
      disabled={disabled}
      title={title}
      onClick={() => onToggle(question)}
    >
      <span aria-hidden="true" className="th-vote__arrow">
        ▲
      </span>
      <span aria-hidden="true" className="th-vote__count">
        {n}
      </span>
    </button>
  );
}
