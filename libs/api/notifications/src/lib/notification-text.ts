import { NotificationKind, NotificationLevel } from './notification.model';

/** The levels of a group at which a kind reaches a member; null: the level does not apply. */
export function levelsFor(kind: NotificationKind): NotificationLevel[] | null {
  switch (kind) {
    case NotificationKind.NEW_POST:
      return [NotificationLevel.ALL];
    case NotificationKind.ANNOUNCEMENT:
    case NotificationKind.MENTION:
    case NotificationKind.REPLY:
    case NotificationKind.REACTION:
    case NotificationKind.JOIN_REQUEST:
      return [NotificationLevel.ALL, NotificationLevel.HIGHLIGHTS];
    default:
      // Decisions about you: only your per-kind preference applies.
      return null;
  }
}

export interface TextInput {
  kind: NotificationKind;
  actorNames: string[];
  actorCount: number;
  eventCount: number;
  groupName: string | null;
  /** REPLY: a reply to your comment (true) or a comment on your post. */
  onComment: boolean;
  /** Town-hall kinds: you asked the question (true) or voted for it. */
  asked?: boolean;
  townHallTitle?: string | null;
  detail: string | null;
}

/** “Ana Silva”, “Ana Silva and Ben Okafor”, “Ana Silva and 4 others”. */
export function who(names: string[], count: number): string {
  const first = names[0] ?? 'Someone';
  if (count <= 1) return first;
  if (count === 2 && names[1]) return `${first} and ${names[1]}`;
  return `${first} and ${count - 1} others`;
}

const inGroup = (group: string | null): string => (group ? ` in ${group}` : '');
const townHall = (n: TextInput): string =>
  n.townHallTitle ? `“${n.townHallTitle}”` : 'a town hall';

export function summary(n: TextInput): string {
  const actors = who(n.actorNames, n.actorCount);
  const group = n.groupName ?? 'a group';
  switch (n.kind) {
    case NotificationKind.MENTION:
      return `${actors} mentioned you${inGroup(n.groupName)}`;
    case NotificationKind.REPLY:
      return n.onComment
        ? `${actors} replied to your comment${inGroup(n.groupName)}`
        : `${actors} commented on your post${inGroup(n.groupName)}`;
    case NotificationKind.REACTION:
      return `${actors} reacted to your post${inGroup(n.groupName)}`;
    case NotificationKind.JOIN_REQUEST:
      return `${actors} asked to join ${group}`;
    case NotificationKind.JOIN_APPROVED:
      return `Your request to join ${group} was approved`;
    case NotificationKind.JOIN_DECLINED:
      return `Your request to join ${group} was declined`;
    case NotificationKind.INVITED:
      return `${actors} invited you to join ${group}`;
    case NotificationKind.ANNOUNCEMENT:
      return `${actors} posted an announcement in ${group}`;
    case NotificationKind.NEW_POST:
      return n.eventCount > 1
        ? `${n.eventCount} new posts in ${group}`
        : `${actors} posted in ${group}`;
    case NotificationKind.POST_APPROVED:
      return `Your post in ${group} was approved`;
    case NotificationKind.POST_REJECTED:
      return `Your post in ${group} was not approved${n.detail ? `: ${n.detail}` : ''}`;
    case NotificationKind.TOWN_HALL_ANSWERED:
      return `${n.asked ? 'Your question' : 'A question you voted for'} in ${townHall(n)} was answered`;
    case NotificationKind.TOWN_HALL_DEFERRED:
      return `${n.asked ? 'Your question' : 'A question you voted for'} in ${townHall(n)} will be answered later`;
    case NotificationKind.TOWN_HALL_MERGED:
      return `Your question in ${townHall(n)} was merged with a similar one`;
    case NotificationKind.TOWN_HALL_REJECTED:
      return `Your question in ${townHall(n)} was not published${n.detail ? `: ${n.detail}` : ''}`;
    case NotificationKind.TOWN_HALL_FOLLOW_UP:
      return `A question from ${townHall(n)} is due for your answer`;
  }
}

export function link(n: {
  kind: NotificationKind;
  postId: string | null;
  /** The comment it is about (a mention in a comment, a comment or reply): the post opens on it. */
  commentId?: string | null;
  groupSlug: string | null;
  townHallId?: string | null;
  questionId?: string | null;
}): string {
  if (n.townHallId)
    return n.kind === NotificationKind.TOWN_HALL_FOLLOW_UP
      ? `/town-halls/${n.townHallId}?tab=follow-ups`
      : `/town-halls/${n.townHallId}${n.questionId ? `?question=${n.questionId}` : ''}`;
  if (n.kind === NotificationKind.JOIN_REQUEST && n.groupSlug)
    return `/groups/${n.groupSlug}?tab=requests`;
  if (n.kind === NotificationKind.NEW_POST && n.groupSlug) return `/groups/${n.groupSlug}`;
  if (n.postId && n.kind !== NotificationKind.POST_REJECTED)
    return `/posts/${n.postId}${n.commentId ? `?comment=${n.commentId}` : ''}`;
  if (n.groupSlug) return `/groups/${n.groupSlug}`;
  return '/notifications';
}
