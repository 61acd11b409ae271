import { GroupEntity } from '@hearth/api/groups';
import { UserEntity } from '@hearth/api/identity';
import { PollResultsVisibility, PostKind, PostStatus } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

const LIVE = `status = 'PUBLISHED' AND deleted_at IS NULL`;

/**
 * A post in a group. Feeds read published, undeleted posts newest first by `(published_at, id)`,
 * each through a partial index that holds exactly those rows, so a page never scans the table.
 */
@Entity('posts')
@Index('ix_posts_group_feed', ['groupId', 'publishedAt', 'id'], { where: LIVE })
@Index('ix_posts_author_feed', ['authorId', 'publishedAt', 'id'], { where: LIVE })
@Index('ix_posts_queue', ['groupId', 'createdAt', 'id'], {
  where: `status = 'PENDING' AND deleted_at IS NULL`,
})
@Index('ix_posts_highlights', ['groupId'], {
  where: `${LIVE} AND (pinned_at IS NOT NULL OR needs_acknowledgement)`,
})
@Index('ix_posts_author_held', ['authorId', 'groupId'], {
  where: `status <> 'PUBLISHED' AND deleted_at IS NULL`,
})
export class PostEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_posts' })
  id!: string;

  @Column('uuid')
  groupId!: string;

  @Column('uuid')
  authorId!: string;

  @Column('text')
  kind!: PostKind;

  @Column('text', { default: PostStatus.PUBLISHED })
  status!: PostStatus;

  /** Markdown, as written. */
  @Column('text')
  body!: string;

  /** People mentioned who may see the group (others stay plain text). */
  @Column('uuid', { array: true, default: () => `'{}'` })
  mentions!: string[];

  @Column('text', { array: true, default: () => `'{}'` })
  hashtags!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Set when the post enters feeds (at once, or when approved). The feeds' sort key. */
  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  deletedAt!: Date | null;

  @Column('uuid', { nullable: true })
  deletedById!: string | null;

  @Column('timestamptz', { nullable: true })
  pinnedAt!: Date | null;

  @Column('boolean', { default: false })
  needsAcknowledgement!: boolean;

  /** After this moment an unacknowledged announcement leaves the top of feeds. */
  @Column('timestamptz', { nullable: true })
  acknowledgeUntil!: Date | null;

  @Column('uuid', { nullable: true })
  acceptedCommentId!: string | null;

  @Column('boolean', { default: false })
  pollMultiple!: boolean;

  @Column('boolean', { default: false })
  pollAnonymous!: boolean;

  @Column('timestamptz', { nullable: true })
  pollClosesAt!: Date | null;

  @Column('text', { nullable: true })
  pollResults!: PollResultsVisibility | null;

  @Column('uuid', { nullable: true })
  reviewedById!: string | null;

  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;

  @Column('text', { nullable: true })
  rejectionReason!: string | null;

  /** Raised by triggers with every change a card shows (migration CardVersions): never written here. */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  cardVersion?: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_posts_group' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_posts_author' })
  author?: UserEntity;
}

/** A hashtag's feed: one row per tag and published post, in the post's feed order. */
@Entity('post_hashtags')
@Index('ix_post_hashtags_feed', ['tag', 'publishedAt', 'postId'])
// A post's own rows (edited, deleted, or removed with it): the key starts with the tag.
@Index('ix_post_hashtags_post', ['postId'])
export class PostHashtagEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_post_hashtags' })
  tag!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_hashtags' })
  postId!: string;

  @Column('timestamptz')
  publishedAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_hashtags_post' })
  post?: PostEntity;
}

/** "Seen by": one row per person and post, whatever how often they look. */
@Entity('post_views')
export class PostViewEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_views' })
  postId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_views' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  seenAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_views_post' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_post_views_user' })
  user?: UserEntity;
}

/** A member's acknowledgement of an announcement that asks for one. */
@Entity('post_acknowledgements')
export class PostAcknowledgementEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_acknowledgements' })
  postId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_acknowledgements' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  acknowledgedAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_acknowledgements_post' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_post_acknowledgements_user' })
  user?: UserEntity;
}
