import { UserEntity } from '@hearth/api/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PostEntity } from '../posts/post.entity';

/** A comment on a post, or a reply to a top-level comment (one level only). */
@Entity('comments')
@Index('ix_comments_thread', ['postId', 'createdAt', 'id'], {
  where: 'parent_id IS NULL AND deleted_at IS NULL',
})
@Index('ix_comments_replies', ['parentId', 'createdAt', 'id'], {
  where: 'parent_id IS NOT NULL AND deleted_at IS NULL',
})
@Index('ix_comments_post_live', ['postId'], { where: 'deleted_at IS NULL' })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comments' })
  id!: string;

  @Column('uuid')
  postId!: string;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @Column('uuid')
  authorId!: string;

  @Column('text')
  body!: string;

  @Column('uuid', { array: true, default: () => `'{}'` })
  mentions!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  deletedAt!: Date | null;

  @Column('uuid', { nullable: true })
  deletedById!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_comments_post' })
  post?: PostEntity;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_comments_parent' })
  parent?: CommentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_comments_author' })
  author?: UserEntity;
}
