import { UserEntity } from '@hearth/api/identity';
import { ReactionKind } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { CommentEntity } from '../comments/comment.entity';
import { PostEntity } from '../posts/post.entity';

/** One reaction per person and post: the primary key, so concurrent reactions cannot double up. */
@Entity('post_reactions')
@Index('ix_post_reactions_recent', ['postId', 'createdAt'])
export class PostReactionEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_reactions' })
  postId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_reactions' })
  userId!: string;

  @Column('text')
  kind!: ReactionKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_reactions_post' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_post_reactions_user' })
  user?: UserEntity;
}

/** One reaction per person and comment. */
@Entity('comment_reactions')
@Index('ix_comment_reactions_recent', ['commentId', 'createdAt'])
export class CommentReactionEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_comment_reactions' })
  commentId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_comment_reactions' })
  userId!: string;

  @Column('text')
  kind!: ReactionKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'fk_comment_reactions_comment' })
  comment?: CommentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_comment_reactions_user' })
  user?: UserEntity;
}
