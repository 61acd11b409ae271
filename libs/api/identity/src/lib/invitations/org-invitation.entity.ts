import { UserEntity } from '../users/user.entity';
import { OrgRole } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

/** An admin's invitation to join the organisation; the link carries a token stored here only as a hash. */
@Entity('org_invitations')
@Index('uq_org_invitations_token', ['tokenHash'], { unique: true })
@Index('ix_org_invitations_user', ['userId'])
export class OrgInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_org_invitations' })
  id!: string;

  /** The person created for the invitation (no password until accepted). */
  @Column('uuid')
  userId!: string;

  @Column('text')
  tokenHash!: string;

  @Column('uuid')
  invitedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** The role given on acceptance (copied to the user at invitation time too). */
  @Column('text', { default: OrgRole.MEMBER })
  orgRole!: OrgRole;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_org_invitations_user' })
  user?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_org_invitations_invited_by' })
  invitedBy?: UserEntity;
}
