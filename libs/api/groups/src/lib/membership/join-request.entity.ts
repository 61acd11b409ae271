import { UserEntity } from '@hearth/api/identity';
import { GroupEntity } from '../groups/group.entity';
import { JoinRequestStatus } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

export interface MembershipAnswerRow {
  question: string;
  answer: string;
}

/** A request to join a CLOSED group; at most one PENDING per person and group (a partial unique index). */
@Entity('group_join_requests')
@Index('uq_group_join_requests_pending', { synchronize: false }) // partial unique index: in the migration
@Index('ix_group_join_requests_group', ['groupId', 'status', 'createdAt'])
@Index('ix_group_join_requests_user', ['userId', 'status'])
export class JoinRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_group_join_requests' })
  id!: string;

  @Column('uuid')
  groupId!: string;

  @Column('uuid')
  userId!: string;

  @Column('jsonb', { default: [] })
  answers!: MembershipAnswerRow[];

  @Column('text', { default: JoinRequestStatus.PENDING })
  status!: JoinRequestStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('uuid', { nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_group_join_requests_group' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_group_join_requests_user' })
  user?: UserEntity;
}
