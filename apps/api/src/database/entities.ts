import { AuditLogEntity } from '@hearth/api/core';
import {
  CommentEntity,
  CommentReactionEntity,
  PollBallotEntity,
  PollOptionEntity,
  PollVoteEntity,
  PostAcknowledgementEntity,
  PostEntity,
  PostHashtagEntity,
  PostReactionEntity,
  PostViewEntity,
} from '@hearth/api/conversation';
import {
  GroupBanEntity,
  GroupEntity,
  GroupInvitationEntity,
  JoinRequestEntity,
  MembershipEntity,
} from '@hearth/api/groups';
import {
  OrganisationEntity,
  OrgInvitationEntity,
  SessionEntity,
  UserEntity,
} from '@hearth/api/identity';

/** Every entity, listed as classes (globs fail inside a webpack bundle and under jest). */
export const ENTITIES = [
  AuditLogEntity,
  UserEntity,
  SessionEntity,
  OrgInvitationEntity,
  OrganisationEntity,
  GroupEntity,
  MembershipEntity,
  JoinRequestEntity,
  GroupInvitationEntity,
  GroupBanEntity,
  PostEntity,
  PostHashtagEntity,
  PostViewEntity,
  PostAcknowledgementEntity,
  CommentEntity,
  PostReactionEntity,
  CommentReactionEntity,
  PollOptionEntity,
  PollBallotEntity,
  PollVoteEntity,
];
