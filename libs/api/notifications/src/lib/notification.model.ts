import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@hearth/api/core';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  REACTION = 'REACTION',
  JOIN_REQUEST = 'JOIN_REQUEST',
  JOIN_APPROVED = 'JOIN_APPROVED',
  JOIN_DECLINED = 'JOIN_DECLINED',
  INVITED = 'INVITED',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  NEW_POST = 'NEW_POST',
  POST_APPROVED = 'POST_APPROVED',
  POST_REJECTED = 'POST_REJECTED',
  TOWN_HALL_ANSWERED = 'TOWN_HALL_ANSWERED',
  TOWN_HALL_DEFERRED = 'TOWN_HALL_DEFERRED',
  TOWN_HALL_MERGED = 'TOWN_HALL_MERGED',
  TOWN_HALL_REJECTED = 'TOWN_HALL_REJECTED',
  TOWN_HALL_FOLLOW_UP = 'TOWN_HALL_FOLLOW_UP',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why you are told: each kind can be turned off in your preferences.',
});

export enum NotificationLevel {
  ALL = 'ALL',
  HIGHLIGHTS = 'HIGHLIGHTS',
  OFF = 'OFF',
}

registerEnumType(NotificationLevel, {
  name: 'NotificationLevel',
  description:
    'How much a group tells you. ALL: every new post too. HIGHLIGHTS (the default): announcements, and what concerns you — mentions, replies, reactions to your posts, requests to join a group you moderate. OFF: nothing from the group’s activity (decisions about you — invitations, your requests and posts approved or declined — still reach you unless you turn their kind off).',
});

export enum NotificationChange {
  NEW = 'NEW',
  READ = 'READ',
}

registerEnumType(NotificationChange, { name: 'NotificationChange' });

@ObjectType()
export class NotificationActor {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType({
  description:
    'Something that concerns you. Grouped per subject while unread: more activity on it raises the count and moves it to the top.',
})
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field({ description: 'One line to show, e.g. “Ana Silva and 4 others commented on your post”.' })
  summary!: string;

  @Field({
    description:
      'Where it leads in the web app, e.g. /posts/<id>, or /posts/<id>?comment=<id> when it is about a comment.',
  })
  link!: string;

  @Field(() => [NotificationActor], { description: 'Who did it, most recent first (at most 3).' })
  actors!: NotificationActor[];

  @Field(() => Int, {
    description:
      'How many different people did it (someone who does it again is counted again only after 50 others did).',
  })
  actorCount!: number;

  @Field(() => Int, { description: 'How many times it happened while unread.' })
  eventCount!: number;

  @Field(() => ID, { nullable: true })
  groupId!: string | null;

  @Field(() => String, { nullable: true })
  groupName!: string | null;

  @Field(() => ID, { nullable: true })
  postId!: string | null;

  @Field(() => ID, { nullable: true })
  commentId!: string | null;

  @Field(() => ID, { nullable: true })
  townHallId!: string | null;

  @Field(() => String, { nullable: true })
  townHallTitle!: string | null;

  @Field(() => ID, { nullable: true })
  questionId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Extra words: the reason a post or a question was not accepted.',
  })
  detail!: string | null;

  @Field()
  read!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification', false);

@ObjectType({ description: 'Sent on notificationEvents when your notifications change.' })
export class NotificationSignal {
  @Field(() => NotificationChange)
  change!: NotificationChange;

  @Field(() => Int)
  unreadCount!: number;
}

@ObjectType()
export class GroupNotificationLevel {
  @Field(() => ID)
  groupId!: string;

  @Field()
  groupName!: string;

  @Field(() => NotificationLevel)
  level!: NotificationLevel;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => [NotificationKind], { description: 'Kinds you turned off.' })
  mutedKinds!: NotificationKind[];

  @Field(() => [GroupNotificationLevel], { description: 'Your level in each of your groups.' })
  groups!: GroupNotificationLevel[];
}
