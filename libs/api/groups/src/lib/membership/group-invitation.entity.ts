import { UserEntity } from '@hearth/api/identity';
import { GroupEntity } from '../groups/group.entity';
import { GroupInvitationStatus } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

/** An invitation into a group; at most one PENDING per person and group (a partial unique index). */
@Entity('group_invitations')
@Index('uq_group_invitations_pending', { synchronize: false }) // partial unique index: in the migration
@Index('ix_group_invitations_group', ['groupId', 'status'])
@Index('ix_group_invitations_user', ['userId', 'status'])
export class GroupInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_group_invitations' })
  id!: string;

  @Column('uuid')
  groupId!: string;

  @Column('uuid')
  userId!: string;

  @Column('uuid')
  invitedById!: string;

  @Column('text', { default: GroupInvitationStatus.PENDING })
  status!: GroupInvitationStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  respondedAt!: Date | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_group_invitations_group' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_group_invitations_user' })
  user?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'invited_by_id',
    foreignKeyConstraintName: 'fk_group_invitations_invited_by',
  })
  invitedBy?: UserEntity;
}
