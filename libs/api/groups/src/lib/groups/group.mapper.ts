import { GroupEntity } from './group.entity';
import { Group, GroupBan, GroupInvitation, JoinRequest, Membership } from './group.model';
import { GroupBanEntity } from '../membership/group-ban.entity';
import { GroupInvitationEntity } from '../membership/group-invitation.entity';
import { JoinRequestEntity } from '../membership/join-request.entity';
import { MembershipEntity } from '../membership/membership.entity';

export const toGroup = (e: GroupEntity): Group => ({
  id: e.id,
  slug: e.slug,
  name: e.name,
  description: e.description,
  category: e.category,
  coverColor: e.coverColor,
  coverImageUrl: e.coverImageUrl,
  visibility: e.visibility,
  postingPolicy: e.postingPolicy,
  postApproval: e.postApproval,
  membershipQuestions: e.membershipQuestions,
  archived: e.archivedAt !== null,
  archivedAt: e.archivedAt,
  createdAt: e.createdAt,
});

export const toMembership = (e: MembershipEntity): Membership => ({
  id: e.id,
  role: e.role,
  createdAt: e.createdAt,
  groupId: e.groupId,
  userId: e.userId,
});

export const toJoinRequest = (e: JoinRequestEntity): JoinRequest => ({
  id: e.id,
  answers: e.answers,
  status: e.status,
  createdAt: e.createdAt,
  decidedAt: e.decidedAt,
  groupId: e.groupId,
  userId: e.userId,
});

export const toGroupInvitation = (e: GroupInvitationEntity): GroupInvitation => ({
  id: e.id,
  status: e.status,
  createdAt: e.createdAt,
  groupId: e.groupId,
  userId: e.userId,
  invitedById: e.invitedById,
});

export const toGroupBan = (e: GroupBanEntity): GroupBan => ({
  reason: e.reason,
  createdAt: e.createdAt,
  groupId: e.groupId,
  userId: e.userId,
  bannedById: e.bannedById,
});
