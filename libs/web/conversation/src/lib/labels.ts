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
