import { OrgRole } from '@hearth/shared/util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';

@Entity('users')
@Index('uq_users_email', { synchronize: false }) // unique on lower(email): created in the migration
@Index('ix_users_display_name', ['displayName', 'id'])
@Index('ix_users_search_trgm', { synchronize: false }) // trigram GIN index: in the migration
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id!: string;

  /** Stored lower-cased; unique. */
  @Column('text')
  email!: string;

  @Column('text')
  displayName!: string;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  department!: string | null;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { nullable: true })
  bio!: string | null;

  @Column('uuid', { nullable: true })
  managerId!: string | null;

  /** A `data:image/...;base64,` URL of an uploaded avatar (bounded in size), or null for initials. */
  @Column('text', { nullable: true })
  avatarDataUrl!: string | null;

  @Column('text', { default: OrgRole.MEMBER })
  orgRole!: OrgRole;

  @Column('boolean', { default: true })
  active!: boolean;

  /** Null until the person sets a password (an invited person who has not accepted yet). */
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Column('timestamptz', { nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_users_manager' })
  manager?: UserEntity;
}
