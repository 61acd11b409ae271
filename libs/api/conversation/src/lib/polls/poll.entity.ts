import { UserEntity } from '@hearth/api/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PostEntity } from '../posts/post.entity';

@Entity('poll_options')
@Unique('uq_poll_options_position', ['postId', 'position'])
export class PollOptionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_poll_options' })
  id!: string;

  @Column('uuid')
  postId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  label!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_poll_options_post' })
  post?: PostEntity;
}

/**
 * One ballot per person and poll. Voting upserts the ballot first, which locks it, so one
 * person's concurrent votes are applied one after the other and a single-choice poll never
 * ends up with two choices.
 */
@Entity('poll_ballots')
export class PollBallotEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_poll_ballots' })
  postId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_poll_ballots' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  votedAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_poll_ballots_post' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_poll_ballots_user' })
  user?: UserEntity;
}

/** A choice on a ballot; the voter is stored to keep one ballot per person, never shown for anonymous polls. */
@Entity('poll_votes')
@Index('ix_poll_votes_ballot', ['postId', 'userId'])
export class PollVoteEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_poll_votes' })
  optionId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_poll_votes' })
  userId!: string;

  @Column('uuid')
  postId!: string;

  @ManyToOne(() => PollOptionEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'option_id', foreignKeyConstraintName: 'fk_poll_votes_option' })
  option?: PollOptionEntity;

  @ManyToOne(() => PollBallotEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn([
    {
      name: 'post_id',
      referencedColumnName: 'postId',
      foreignKeyConstraintName: 'fk_poll_votes_ballot',
    },
    {
      name: 'user_id',
      referencedColumnName: 'userId',
      foreignKeyConstraintName: 'fk_poll_votes_ballot',
    },
  ])
  ballot?: PollBallotEntity;
}
