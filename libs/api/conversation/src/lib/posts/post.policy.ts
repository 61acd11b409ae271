import { canSeeContent, GroupAccess, isOrgAdmin, rank } from '@hearth/api/groups';
import { GroupRole, PostingPolicy, PostKind, PostStatus } from '@hearth/shared/util';

/** What the rules need to know about a post. */
export interface PostFacts {
  authorId: string;
  kind: PostKind;
  status: PostStatus;
  deleted: boolean;
}

const MODERATOR = rank(GroupRole.MODERATOR);
const ADMIN = rank(GroupRole.ADMIN);

/** Moderators and above in the group, or an org admin. */
export const moderates = (a: GroupAccess): boolean => isOrgAdmin(a) || rank(a.role) >= MODERATOR;
/** Group admins and owners, or an org admin. */
export const administers = (a: GroupAccess): boolean => isOrgAdmin(a) || rank(a.role) >= ADMIN;
const member = (a: GroupAccess): boolean => a.role !== null && !a.banned;

/**
 * Whether the post exists for this person. Deleted posts exist for nobody; a post waiting for
 * approval (or rejected) for its author and the group's moderators; the rest for whoever may read
 * the group's content. Anything else answers NOT_FOUND.
 */
export function canReadPost(a: GroupAccess, viewerId: string, p: PostFacts): boolean {
  if (p.deleted || !canSeeContent(a)) return false;
  if (p.status === PostStatus.PUBLISHED) return true;
  return p.authorId === viewerId || moderates(a);
}

export type PostRefusal = 'ARCHIVED' | 'NOT_MEMBER' | 'ADMINS_ONLY' | 'ANNOUNCEMENT_ADMINS' | null;

/** Why this person may not post this kind of post here, or null when they may. */
export function postRefusal(a: GroupAccess, kind: PostKind): PostRefusal {
  if (a.archived) return 'ARCHIVED';
  if (!member(a)) return 'NOT_MEMBER';
  if (a.postingPolicy === PostingPolicy.ADMINS_ONLY && !administers(a)) return 'ADMINS_ONLY';
  if (kind === PostKind.ANNOUNCEMENT && !administers(a)) return 'ANNOUNCEMENT_ADMINS';
  return null;
}

/** Members' posts wait for a moderator in groups with post approval; moderators' do not. */
export const needsApproval = (a: GroupAccess, postApproval: boolean): boolean =>
  postApproval && !moderates(a);

export interface PostPermissionSet {
  canEdit: boolean;
  canDelete: boolean;
  canPin: boolean;
  canComment: boolean;
  canReact: boolean;
  canAcknowledge: boolean;
  canAcceptAnswer: boolean;
  canSeeSeenBy: boolean;
  canModerate: boolean;
}

/** Everything a person may do with a post they can read. Archived groups are read-only. */
export function postPermissions(a: GroupAccess, viewerId: string, p: PostFacts): PostPermissionSet {
  const live = !a.archived && !p.deleted;
  const published = p.status === PostStatus.PUBLISHED;
  const mine = p.authorId === viewerId;
  const interact = live && published && member(a);
  return {
    // Only authors edit: nobody rewrites someone else's words.
    canEdit: live && mine && p.status !== PostStatus.REJECTED,
    canDelete: live && (mine || moderates(a)),
    canPin: live && published && administers(a),
    canComment: interact,
    canReact: interact,
    canAcknowledge: interact && p.kind === PostKind.ANNOUNCEMENT && !mine,
    canAcceptAnswer: live && published && p.kind === PostKind.QUESTION && (mine || moderates(a)),
    canSeeSeenBy: mine || administers(a),
    canModerate: live && p.status === PostStatus.PENDING && moderates(a),
  };
}

export interface CommentPermissionSet {
  canEdit: boolean;
  canDelete: boolean;
  canReply: boolean;
  canReact: boolean;
}

export function commentPermissions(
  a: GroupAccess,
  viewerId: string,
  comment: { authorId: string; parentId: string | null },
): CommentPermissionSet {
  const live = !a.archived;
  const mine = comment.authorId === viewerId;
  return {
    canEdit: live && mine,
    canDelete: live && (mine || moderates(a)),
    canReply: live && member(a) && comment.parentId === null,
    canReact: live && member(a),
  };
}
