import { AuditLogEntity, OutboxJobEntity } from '@hearth/api/core';
import {
  CardEpochEntity,
  CommentEntity,
  CommentReactionCountEntity,
  CommentReactionEntity,
  PollBallotEntity,
  PollOptionEntity,
  PollVoteEntity,
  PostAcknowledgementEntity,
  PostEntity,
  PostHashtagEntity,
  PostReactionCountEntity,
  PostReactionEntity,
  PostSeenCountEntity,
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
import {
  NotificationEntity,
  NotificationGroupLevelEntity,
  NotificationMutedKindEntity,
} from '@hearth/api/notifications';
import {
  TownHallEntity,
  TownHallPersonEntity,
  TownHallQuestionAskerEntity,
  TownHallQuestionEntity,
  TownHallVoteEntity,
} from '@hearth/api/townhalls';

/** Every entity, listed as classes (globs fail inside a webpack bundle and under jest). */
export const ENTITIES = [
  AuditLogEntity,
  OutboxJobEntity,
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
  PostSeenCountEntity,
  PostAcknowledgementEntity,
  CommentEntity,
  PostReactionEntity,
  CommentReactionEntity,
  PostReactionCountEntity,
  CommentReactionCountEntity,
  PollOptionEntity,
  PollBallotEntity,
  PollVoteEntity,
  CardEpochEntity,
  NotificationEntity,
  NotificationGroupLevelEntity,
  NotificationMutedKindEntity,
  TownHallEntity,
  TownHallPersonEntity,
  TownHallQuestionEntity,
  TownHallQuestionAskerEntity,
  TownHallVoteEntity,
];
