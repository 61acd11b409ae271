import { UserEntity } from '@hearth/api/identity';
import { GroupEntity } from '../groups/group.entity';
import { Column, CreateDateColumn, Entity, PrimaryColumn, JoinColumn, ManyToOne } from 'typeorm';

/** A banned person cannot join, request or be invited until unbanned. */
@Entity('group_bans')
export class GroupBanEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_group_bans' })
  groupId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_group_bans' })
  userId!: string;

  @Column('uuid')
  bannedById!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_group_bans_group' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_group_bans_user' })
  user?: UserEntity;
}
