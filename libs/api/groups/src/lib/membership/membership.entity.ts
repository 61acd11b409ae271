import { UserEntity } from '@hearth/api/identity';
import { GroupEntity } from '../groups/group.entity';
import { GroupRole } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

/** One membership per person and group: a database constraint, so concurrent joins cannot duplicate. */
@Entity('group_memberships')
@Unique('uq_group_memberships_group_user', ['groupId', 'userId'])
@Index('ix_group_memberships_user', ['userId'])
@Index('ix_group_memberships_group_role', ['groupId', 'role'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_group_memberships' })
  id!: string;

  @Column('uuid')
  groupId!: string;

  @Column('uuid')
  userId!: string;

  @Column('text', { default: GroupRole.MEMBER })
  role!: GroupRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_group_memberships_group' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_group_memberships_user' })
  user?: UserEntity;
}
