import { ReactionKind } from '@hearth/shared/util';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommentEntity } from '../comments/comment.entity';
import { PostEntity } from '../posts/post.entity';

/*
 * Reactions by kind, kept by statement triggers on the reactions in the same transaction as the
 * reactions themselves (migration ReactionCounts), so a card reads at most six rows however many
 * people reacted. A count that falls to 0 keeps its row; readers skip it. Never written by the API.
 */

@Entity('post_reaction_counts')
export class PostReactionCountEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_reaction_counts' })
  postId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_post_reaction_counts' })
  kind!: ReactionKind;

  @Column('int')
  count!: number;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_reaction_counts_post' })
  post?: PostEntity;
}

@Entity('comment_reaction_counts')
export class CommentReactionCountEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_comment_reaction_counts' })
  commentId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_comment_reaction_counts' })
  kind!: ReactionKind;

  @Column('int')
  count!: number;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'comment_id',
    foreignKeyConstraintName: 'fk_comment_reaction_counts_comment',
  })
  comment?: CommentEntity;
}
