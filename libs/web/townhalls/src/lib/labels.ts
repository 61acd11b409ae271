import type {
  TownHallAnswerState,
  TownHallListFilter,
  TownHallQuestionOrder,
  TownHallQuestionStatus,
  TownHallRejectReason,
  TownHallState,
} from '@hearth/web/graphql';

export const STATE_LABEL: Record<TownHallState, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open for questions',
  LIVE: 'Live now',
  ENDED: 'Ended',
  ARCHIVED: 'Archived',
};

export const STATE_TONE: Record<TownHallState, 'brand' | 'success' | 'danger' | undefined> = {
  DRAFT: undefined,
  OPEN: 'success',
  LIVE: 'brand',
  ENDED: undefined,
  ARCHIVED: undefined,
};

export const LIST_FILTERS: Array<{ id: TownHallListFilter; label: string; empty: string }> = [
  { id: 'UPCOMING', label: 'Upcoming', empty: 'No town halls are coming up.' },
  { id: 'LIVE', label: 'Live', empty: 'No town hall is live right now.' },
  { id: 'PAST', label: 'Past', empty: 'No town halls have ended yet.' },
];

export const ORDERS: Array<{ value: TownHallQuestionOrder; label: string; empty: string }> = [
  { value: 'TOP', label: 'Top', empty: 'No questions yet. Be the first to ask.' },
  { value: 'NEWEST', label: 'Newest', empty: 'No questions yet. Be the first to ask.' },
  { value: 'ANSWERED', label: 'Answered', empty: 'No questions have been answered yet.' },
  { value: 'MINE', label: 'Mine', empty: 'You have not asked anything here yet.' },
];

export const REJECT_REASONS: Array<{ value: TownHallRejectReason; label: string }> = [
  { value: 'DUPLICATE', label: 'Already asked' },
  { value: 'OFF_TOPIC', label: 'Off topic' },
  { value: 'DISRESPECTFUL', label: 'Not respectful' },
  { value: 'ALREADY_ANSWERED', label: 'Already answered' },
  { value: 'OTHER', label: 'Another reason' },
];

export const reasonLabel = (reason: TownHallRejectReason): string =>
  REJECT_REASONS.find((r) => r.value === reason)?.label ?? reason;

export const ANSWER_LABEL: Record<TownHallAnswerState, string> = {
  ANSWERING: 'Answering now',
  ANSWERED_LIVE: 'Answered live',
  ANSWERED_IN_WRITING: 'Answered in writing',
  DEFERRED: 'Deferred',
};

/** How the asker sees where their question stands. */
export const STATUS_LABEL: Record<TownHallQuestionStatus, string> = {
  PENDING: 'Waiting for a moderator',
  PUBLISHED: 'Published',
  REJECTED: 'Not published',
  MERGED: 'Merged into a similar question',
  WITHDRAWN: 'Withdrawn',
};

export const STATUS_TONE: Record<
  TownHallQuestionStatus,
  'brand' | 'success' | 'danger' | undefined
> = {
  PENDING: 'brand',
  PUBLISHED: 'success',
  REJECTED: 'danger',
  MERGED: undefined,
  WITHDRAWN: undefined,
};

/** "12 Mar 2027, 14:00". */
export const dateTime = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const isPast = (iso: string, now = Date.now()): boolean => Date.parse(iso) < now;

export const date = (iso: string): string =>
  new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** "12 Mar 2027, 14:00 – 15:00", or both dates when it spans days. */
export function when(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  const endText = sameDay
    ? end.toLocaleTimeString(undefined, { timeStyle: 'short' })
    : dateTime(endsAt);
  return `${dateTime(startsAt)} – ${endText}`;
}

/** A duration in words: "45 s", "4 min 20 s", "2 h 5 min". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

/** The person shown for a question: never a name for an anonymous one. */
export const askerName = (q: {
  anonymous: boolean;
  author?: { displayName: string } | null;
}): string => (q.anonymous || !q.author ? 'Anonymous' : q.author.displayName);

/** A value for <input type="datetime-local"> in the browser's time zone. */
export function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
