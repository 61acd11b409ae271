import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PostEntity } from './post.entity';

/**
 * A post's number of views ("Seen by N"), kept by statement triggers on `post_views` in the same
 * transaction as the views (migration PostSeenCounts), so a feed reads one row per post however
 * many people have seen it. Never written by the API.
 */
@Entity('post_seen_counts')
export class PostSeenCountEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_post_seen_counts' })
  postId!: string;

  @Column('int')
  seen!: number;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_seen_counts_post' })
  post?: PostEntity;
}
