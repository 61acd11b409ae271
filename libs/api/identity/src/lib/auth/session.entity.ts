import { UserEntity } from '../users/user.entity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

/**
 * A signed-in device. Access tokens name their session; signing out or deactivation revokes it,
 * so the token stops working at once. The refresh token is stored only as a SHA-256 hash and is
 * rotated on every use.
 */
@Entity('sessions')
@Index('ix_sessions_user', ['userId'])
@Index('uq_sessions_refresh_token', ['refreshTokenHash'], { unique: true })
@Index('ix_sessions_previous_refresh_token', ['previousRefreshTokenHash'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sessions' })
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  refreshTokenHash!: string;

  /** The token this one replaced: presenting it again means replay, and ends the session. */
  @Column('text', { nullable: true })
  previousRefreshTokenHash!: string | null;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('text', { nullable: true })
  userAgent!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  lastUsedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user' })
  user?: UserEntity;
}
