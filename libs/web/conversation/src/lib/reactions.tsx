import type { ReactionKind } from '@hearth/web/graphql';
import { useEffect, useId, useRef, useState } from 'react';
import { REACTIONS, reactionOf } from './labels';

export interface Summary {
  total: number;
  mine: ReactionKind | null;
  recentNames: string[];
  counts: Array<{ kind: ReactionKind; count: number }>;
}

/** "Ana, Ben and 3 others" from the most recent names and the total. */
export function whoReacted(s: Summary): string {
  const names = s.recentNames.slice(0, 2);
  const others = s.total - names.length;
  if (names.length === 0) return '';
  if (others <= 0) return names.join(' and ');
  return `${names.join(', ')} and ${others} other${others === 1 ? '' : 's'}`;
}

/**
 * The react button (a click gives or takes back a Like, or your current reaction), a picker with
 * the six reactions (a toolbar of pressed-state buttons, Escape closes it), and the summary.
 */
export function Reactions({
  summary,
  canReact,
  busy,
  onReact,
  compact,
}: {
  summary: Summary;
  canReact: boolean;
  busy?: boolean;
  onReact: (kind: ReactionKind | null) => void;
  compact?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const pickerId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDoc = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDoc);
    return () => document.removeEventListener('mousedown', onDoc);
  }, [open]);
  const mine = summary.mine ? reactionOf(summary.mine) : null;
  return (
    <div className="h-reactions" ref={ref}>
      {canReact && (
        <>
          <button
            type="button"
            className="h-link-button"
            aria-pressed={summary.mine !== null}
            disabled={busy}
            onClick={() => onReact(summary.mine ? null : 'LIKE')}
          >
            {mine ? `${mine.emoji} ${mine.label}` : '👍 Like'}
          </button>
          <button
            type="button"
            className="h-link-button"
            aria-expanded={open}
            aria-controls={pickerId}
            aria-label="Choose a reaction"
            onClick={() => setOpen((o) => !o)}
          >
            {compact ? '＋' : 'React…'}
          </button>
          {open && (
            <div
              id={pickerId}
              role="toolbar"
              aria-label="Reactions"
              className="h-reaction-picker"
              onKeyDown={(e) => {
                if (e.key === 'Escape') setOpen(false);
              }}
            >
              {REACTIONS.map((r) => (
                <button
                  key={r.kind}
                  type="button"
                  aria-label={r.label}
                  title={r.label}
                  aria-pressed={summary.mine === r.kind}
                  onClick={() => {
                    setOpen(false);
                    onReact(summary.mine === r.kind ? null : r.kind);
                  }}
                >
                  {r.emoji}
                </button>
              ))}
            </div>
          )}
        </>
      )}
      {summary.total > 0 && (
        <span className="h-muted h-reaction-summary">
          <span aria-hidden="true">
            {summary.counts.slice(0, 3).map((c) => reactionOf(c.kind).emoji)}
          </span>{' '}
          <span>
            {summary.counts
              .map((c) => `${c.count} ${reactionOf(c.kind).label.toLowerCase()}`)
              .join(', ')}
            {!compact && summary.recentNames.length > 0 && ` · ${whoReacted(summary)}`}
          </span>
        </span>
      )}
    </div>
  );
}
