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
} as const;
export type NotifyJobKind = (typeof NotifyJob)[keyof typeof NotifyJob];
