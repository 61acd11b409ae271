import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NotificationKind, NotificationLevel } from './notification.model';

/*
 * The notification tables as migrations Notifications and later create them, for the drift check
 * (`migrate:check`): the service reads and writes them in SQL. Foreign keys name the tables of
 * other domains (`users`, `groups`, `town_halls`) rather than importing their entities, so this
 * library depends on no other domain.
 */

/**
 * One notification per recipient and subject while unread (a partial unique index): later activity
 * on the subject bumps it. It keeps the latest 50 actors, each beside the job id of their latest
 * event (`actorSeqs`), and counts them all in `actorCount`.
 */
@Entity('notifications')
@Index('uq_notifications_unread_subject', ['recipientId', 'subjectKey'], {
  unique: true,
  where: `"read_at" IS NULL`,
})
// (recipient_id, updated_at DESC, id DESC): the order is in the migration.
@Index('ix_notifications_recipient', ['recipientId', 'updatedAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id!: string;

  @Column('uuid')
  @ForeignKey('users', { name: 'fk_notifications_recipient', onDelete: 'CASCADE' })
  recipientId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('text')
  subjectKey!: string;

  @Column('uuid', { nullable: true })
  @ForeignKey('groups', { name: 'fk_notifications_group', onDelete: 'CASCADE' })
  groupId!: string | null;

  @Column('uuid', { nullable: true })
  postId!: string | null;

  @Column('uuid', { nullable: true })
  commentId!: string | null;

  @Column('uuid', { array: true, default: () => `'{}'` })
  actorIds!: string[];

  @Column('int', { default: 1 })
  eventCount!: number;

  @Column('text', { nullable: true })
  detail!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @Column('uuid', { nullable: true })
  @ForeignKey('town_halls', { name: 'fk_notifications_town_hall', onDelete: 'CASCADE' })
  townHallId!: string | null;

  @Column('uuid', { nullable: true })
  questionId!: string | null;

  @Column('int', { default: 0 })
  actorCount!: number;

  /** Beside each of `actorIds`, the id of the job of that person's latest event (bigint, as text). */
  @Column('bigint', { array: true, default: () => `'{}'` })
  actorSeqs!: string[];

  /** The job id of the latest event, whose post, comment and detail the notification shows. */
  @Column('bigint', { default: 0 })
  latestSeq!: string;
}

/** A person's level for one group; no row means the default (HIGHLIGHTS). */
@Entity('notification_group_levels')
@Check('notification_group_levels_level_check', `"level" IN ('ALL', 'HIGHLIGHTS', 'OFF')`)
export class NotificationGroupLevelEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_notification_group_levels' })
  @ForeignKey('users', { name: 'fk_notification_group_levels_user', onDelete: 'CASCADE' })
  userId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_notification_group_levels' })
  @ForeignKey('groups', { name: 'fk_notification_group_levels_group', onDelete: 'CASCADE' })
  groupId!: string;

  @Column('text')
  level!: NotificationLevel;
}

/** A kind of notification a person turned off. */
@Entity('notification_muted_kinds')
export class NotificationMutedKindEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_notification_muted_kinds' })
  @ForeignKey('users', { name: 'fk_notification_muted_kinds_user', onDelete: 'CASCADE' })
  userId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_notification_muted_kinds' })
  kind!: NotificationKind;
}
