import type { PostKind, ReactionKind } from '@hearth/web/graphql';

export const REACTIONS: Array<{ kind: ReactionKind; emoji: string; label: string }> = [
  { kind: 'LIKE', emoji: '👍', label: 'Like' },
  { kind: 'LOVE', emoji: '❤️', label: 'Love' },
  { kind: 'CELEBRATE', emoji: '🎉', label: 'Celebrate' },
  { kind: 'INSIGHTFUL', emoji: '💡', label: 'Insightful' },
  { kind: 'SUPPORT', emoji: '🤝', label: 'Support' },
  { kind: 'FUNNY', emoji: '😄', label: 'Funny' },
];

const LIKE = { kind: 'LIKE' as ReactionKind, emoji: '👍', label: 'Like' };
export const reactionOf = (
  kind: ReactionKind,
): { kind: ReactionKind; emoji: string; label: string } =>
  REACTIONS.find((r) => r.kind === kind) ?? LIKE;

export const KINDS: Record<PostKind, string> = {
  DISCUSSION: 'Discussion',
  QUESTION: 'Question',
  ANNOUNCEMENT: 'Announcement',
  POLL: 'Poll',
};

/** "3 minutes ago", "yesterday", or a date. */
export function ago(iso: string, now = Date.now()): string {
  const s = Math.round((now - new Date(iso).getTime()) / 1000);
  if (s < 45) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'} ago`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h} hour${h === 1 ? '' : 's'} ago`;
  const d = Math.round(h / 24);
  if (d < 7) return d === 1 ? 'yesterday' : `${d} days ago`;
  return new Date(iso).toLocaleDateString();
}
