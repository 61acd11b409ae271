/** Organisation-wide role of a person. */
export enum OrgRole {
  MEMBER = 'MEMBER',
  HR = 'HR',
  ADMIN = 'ADMIN',
}

export enum GroupVisibility {
  /** Anyone finds it, reads it and joins it. */
  OPEN = 'OPEN',
  /** Anyone finds it and sees its members; content for members; join by request. */
  CLOSED = 'CLOSED',
  /** Invisible to non-members; join by invitation. */
  SECRET = 'SECRET',
}

/** Ordered from most to least powerful. */
export enum GroupRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

export enum GroupCategory {
  TEAM = 'TEAM',
  INTEREST = 'INTEREST',
  CULTURE = 'CULTURE',
  ANNOUNCEMENTS = 'ANNOUNCEMENTS',
  SOCIAL = 'SOCIAL',
  PROJECT = 'PROJECT',
}

export enum PostingPolicy {
  EVERYONE = 'EVERYONE',
  ADMINS_ONLY = 'ADMINS_ONLY',
}

/** Who may create groups in the organisation. */
export enum GroupCreationPolicy {
  EVERYONE = 'EVERYONE',
  ADMINS_ONLY = 'ADMINS_ONLY',
}

/** The viewer's relation to a group. */
export enum GroupViewerStatus {
  NONE = 'NONE',
  MEMBER = 'MEMBER',
  REQUESTED = 'REQUESTED',
  INVITED = 'INVITED',
  BANNED = 'BANNED',
}

export enum JoinRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

export enum GroupInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
}

export enum PostKind {
  DISCUSSION = 'DISCUSSION',
  /** One comment can be marked the accepted answer. */
  QUESTION = 'QUESTION',
  /** Group admins only; may ask members to acknowledge it. */
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  POLL = 'POLL',
}

export enum PostStatus {
  PUBLISHED = 'PUBLISHED',
  /** Waiting in a group's approval queue. */
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
}

export enum ReactionKind {
  LIKE = 'LIKE',
  LOVE = 'LOVE',
  CELEBRATE = 'CELEBRATE',
  INSIGHTFUL = 'INSIGHTFUL',
  SUPPORT = 'SUPPORT',
  FUNNY = 'FUNNY',
}

/** When a poll's results are shown to people other than its author. */
export enum PollResultsVisibility {
  AFTER_VOTE = 'AFTER_VOTE',
  AFTER_CLOSE = 'AFTER_CLOSE',
}

/** Stable `extensions.code` values of every GraphQL error Hearth returns. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
