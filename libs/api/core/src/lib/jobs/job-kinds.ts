/**
 * Background jobs that features record in the outbox for notifications; the notifications module
 * handles them. Payloads name what happened (ids), never what to show: the handler reads the
 * current state, so deleted or hidden content notifies nobody.
 */
export const NotifyJob = {
  /** A post became visible in its group: { postId }. */
  POST_PUBLISHED: 'notify.post-published',
  /** A comment was added: { commentId }. */
  COMMENT_ADDED: 'notify.comment-added',
  /** Someone reacted to a post for the first time: { postId, userId }. */
  POST_REACTED: 'notify.post-reacted',
  /** A held post was approved or rejected: { postId, approved, actorId }. */
  POST_REVIEWED: 'notify.post-reviewed',
  /** Someone asked to join a group: { requestId }. */
  JOIN_REQUESTED: 'notify.join-requested',
  /** A join request was decided: { requestId, approved, actorId }. */
  JOIN_DECIDED: 'notify.join-decided',
  /** Someone was invited to a group: { invitationId }. */
  INVITED: 'notify.invited',
  /** A town-hall question was answered (live or in writing) or deferred: { questionId }. */
  TOWN_HALL_ANSWERED: 'notify.town-hall-answered',
  /** A town-hall question was merged into another: { questionId } (the merged one). */
  TOWN_HALL_MERGED: 'notify.town-hall-merged',
  /** A town-hall question was rejected: { questionId }. */
  TOWN_HALL_REJECTED: 'notify.town-hall-rejected',
  /** A deferred town-hall question is due: { questionId, dueAt } (recorded to run at dueAt). */
  TOWN_HALL_FOLLOW_UP_DUE: 'notify.town-hall-follow-up-due',
} as const;
export type NotifyJobKind = (typeof NotifyJob)[keyof typeof NotifyJob];
