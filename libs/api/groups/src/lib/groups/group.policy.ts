import {
  GroupRole,
  GroupViewerStatus,
  GroupVisibility,
  OrgRole,
  PostingPolicy,
} from '@hearth/shared/util';

/** Everything the rules need to know about one person and one group. */
export interface GroupAccess {
  orgRole: OrgRole;
  visibility: GroupVisibility;
  postingPolicy: PostingPolicy;
  archived: boolean;
  /** The person's role in the group, or null when not a member. */
  role: GroupRole | null;
  banned: boolean;
  invited: boolean;
  requested: boolean;
}

const RANK: Record<GroupRole, number> = {
  [GroupRole.OWNER]: 4,
  [GroupRole.ADMIN]: 3,
  [GroupRole.MODERATOR]: 2,
  [GroupRole.MEMBER]: 1,
};

export const rank = (role: GroupRole | null): number => (role ? RANK[role] : 0);
export const isOrgAdmin = (a: Pick<GroupAccess, 'orgRole'>): boolean => a.orgRole === OrgRole.ADMIN;

/**
 * Whether the group exists for this person. A SECRET group exists only for its members, the people
 * invited to it and org admins; for anyone else every operation answers NOT_FOUND.
 */
export function canSeeGroup(a: GroupAccess): boolean {
  if (a.visibility !== GroupVisibility.SECRET) return true;
  return a.role !== null || a.invited || isOrgAdmin(a);
}

/** Member lists: OPEN and CLOSED groups show theirs to everyone; SECRET ones to members and org admins. */
export function canSeeMembers(a: GroupAccess): boolean {
  if (a.visibility !== GroupVisibility.SECRET) return true;
  return a.role !== null || isOrgAdmin(a);
}

/** Content (posts, from issue 3): OPEN to everyone, otherwise members and org admins. */
export function canSeeContent(a: GroupAccess): boolean {
  if (a.visibility === GroupVisibility.OPEN && !a.banned) return true;
  return a.role !== null || isOrgAdmin(a);
}

export function viewerStatus(a: GroupAccess): GroupViewerStatus {
  if (a.role) return GroupViewerStatus.MEMBER;
  if (a.banned) return GroupViewerStatus.BANNED;
  if (a.invited) return GroupViewerStatus.INVITED;
  if (a.requested) return GroupViewerStatus.REQUESTED;
  return GroupViewerStatus.NONE;
}

export interface GroupPermissionSet {
  canEdit: boolean;
  canManageMembers: boolean;
  canChangeRoles: boolean;
  canInvite: boolean;
  canArchive: boolean;
  canPost: boolean;
  canSeeContent: boolean;
}

export function permissions(a: GroupAccess): GroupPermissionSet {
  const admin = isOrgAdmin(a);
  const r = rank(a.role);
  const live = !a.archived;
  return {
    canEdit: live && (admin || r >= RANK.ADMIN),
    canManageMembers: live && (admin || r >= RANK.MODERATOR),
    canChangeRoles: live && (admin || r >= RANK.ADMIN),
    canInvite: live && canInvite(a),
    canArchive: admin || r >= RANK.OWNER,
    canPost:
      live && a.role !== null && (a.postingPolicy === PostingPolicy.EVERYONE || r >= RANK.ADMIN),
    canSeeContent: canSeeContent(a),
  };
}

/** Members invite to OPEN and CLOSED groups; only group admins (and org admins) to SECRET ones. */
export function canInvite(a: GroupAccess): boolean {
  if (isOrgAdmin(a)) return true;
  if (a.role === null) return false;
  return a.visibility !== GroupVisibility.SECRET || rank(a.role) >= RANK.ADMIN;
}

export type RoleChangeRefusal = 'NOT_ALLOWED' | 'SELF' | 'OWNER_ONLY' | 'ABOVE_YOURS' | null;

/**
 * Natural limits: moderators and members change nobody; admins set MEMBER, MODERATOR or ADMIN on
 * people below OWNER; only owners (and org admins) make or unmake owners; nobody changes their own
 * role here (an owner steps down by transferring ownership).
 */
export function roleChangeRefusal(
  actor: { id: string; orgRole: OrgRole; role: GroupRole | null },
  target: { id: string; role: GroupRole },
  newRole: GroupRole,
): RoleChangeRefusal {
  const admin = actor.orgRole === OrgRole.ADMIN;
  if (actor.id === target.id && !admin) return 'SELF';
  if (admin) return null;
  const r = rank(actor.role);
  if (r < RANK.ADMIN) return 'NOT_ALLOWED';
  if ((newRole === GroupRole.OWNER || target.role === GroupRole.OWNER) && r < RANK.OWNER)
    return 'OWNER_ONLY';
  if (rank(target.role) > r) return 'ABOVE_YOURS';
  return null;
}

/** Removing or banning: moderators act on members, admins on moderators and members, owners on all but owners; org admins on anyone. */
export function canActOnMember(
  actor: { id: string; orgRole: OrgRole; role: GroupRole | null },
  target: { id: string; role: GroupRole | null },
): boolean {
  if (actor.id === target.id) return false;
  if (actor.orgRole === OrgRole.ADMIN) return true;
  const r = rank(actor.role);
  if (r < RANK.MODERATOR) return false;
  if (target.role === GroupRole.OWNER) return false;
  return r === RANK.OWNER ? true : rank(target.role) < r;
}
