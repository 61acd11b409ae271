import type { NotificationKind, NotificationLevel } from '@hearth/web/graphql';

export interface KindInfo {
  kind: NotificationKind;
  /** The preference's name. */
  label: string;
  /** When it happens, in the reader's words. */
  hint: string;
  /** A glyph beside each notification of the kind (decorative). */
  icon: string;
}

/** What happens in your groups that concerns you: the group's level applies too. */
export const ACTIVITY_KINDS: KindInfo[] = [
  {
    kind: 'MENTION',
    label: 'Mentions',
    hint: 'Someone mentions you in a post or a comment.',
    icon: '@',
  },
  {
    kind: 'REPLY',
    label: 'Comments and replies',
    hint: 'Someone comments on your post or replies to your comment.',
    icon: '💬',
  },
  { kind: 'REACTION', label: 'Reactions', hint: 'Someone reacts to your post.', icon: '❤️' },
  {
    kind: 'ANNOUNCEMENT',
    label: 'Announcements',
    hint: 'A group admin posts an announcement.',
    icon: '📣',
  },
  {
    kind: 'NEW_POST',
    label: 'New posts',
    hint: 'Someone posts in a group you follow with “All activity”.',
    icon: '📝',
  },
  {
    kind: 'JOIN_REQUEST',
    label: 'Requests to join',
    hint: 'Someone asks to join a group you moderate.',
    icon: '🙋',
  },
];

/** Decisions about you: they reach you whatever a group's level, unless you turn them off here. */
export const DECISION_KINDS: KindInfo[] = [
  { kind: 'INVITED', label: 'Invitations', hint: 'Someone invites you to a group.', icon: '✉️' },
  {
    kind: 'JOIN_APPROVED',
    label: 'Request approved',
    hint: 'Your request to join a group is approved.',
    icon: '✅',
  },
  {
    kind: 'JOIN_DECLINED',
    label: 'Request declined',
    hint: 'Your request to join a group is declined.',
    icon: '🚪',
  },
  {
    kind: 'POST_APPROVED',
    label: 'Post approved',
    hint: 'A moderator approves a post you wrote.',
    icon: '👍',
  },
  {
    kind: 'POST_REJECTED',
    label: 'Post not approved',
    hint: 'A moderator does not approve a post you wrote.',
    icon: '📝',
  },
  {
    kind: 'TOWN_HALL_ANSWERED',
    label: 'Town-hall answers',
    hint: 'A question you asked or voted for is answered.',
    icon: '🎤',
  },
  {
    kind: 'TOWN_HALL_DEFERRED',
    label: 'Town-hall follow-ups promised',
    hint: 'A question you asked or voted for will be answered later.',
    icon: '⏳',
  },
  {
    kind: 'TOWN_HALL_MERGED',
    label: 'Town-hall questions merged',
    hint: 'Your question is merged with a similar one.',
    icon: '🔗',
  },
  {
    kind: 'TOWN_HALL_REJECTED',
    label: 'Town-hall questions not published',
    hint: 'A moderator does not publish your question.',
    icon: '🚫',
  },
  {
    kind: 'TOWN_HALL_FOLLOW_UP',
    label: 'Town-hall questions due',
    hint: 'A question deferred to you is due.',
    icon: '📅',
  },
];

const ALL_KINDS = [...ACTIVITY_KINDS, ...DECISION_KINDS];

export const kindInfo = (kind: NotificationKind): KindInfo | undefined =>
  ALL_KINDS.find((k) => k.kind === kind);

export const LEVELS: Array<{ value: NotificationLevel; label: string; description: string }> = [
  { value: 'ALL', label: 'All activity', description: 'every new post, and the highlights' },
  {
    value: 'HIGHLIGHTS',
    label: 'Highlights',
    description: 'announcements, and what concerns you: mentions, replies, reactions to your posts',
  },
  {
    value: 'OFF',
    label: 'Off',
    description: 'nothing from the group’s activity; decisions about you still reach you',
  },
];

export const levelLabel = (level: NotificationLevel): string =>
  LEVELS.find((l) => l.value === level)?.label ?? level;

/** "Notifications, 3 unread": the bell's name for screen readers. */
export const bellLabel = (count: number): string => `Notifications, ${count} unread`;

/** The badge: exact up to 99. */
export const badgeText = (count: number): string => (count > 99 ? '99+' : String(count));
