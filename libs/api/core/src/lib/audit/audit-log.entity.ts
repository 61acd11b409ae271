import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per admin or moderator action that must be accountable: who, what, when, where. */
@Entity('audit_log')
@Index('ix_audit_log_created', ['createdAt', 'id'])
@Index('ix_audit_log_group', ['groupId', 'createdAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_log' })
  id!: string;

  @Column('uuid')
  actorId!: string;

  @Column('text')
  action!: string;

  @Column('uuid', { nullable: true })
  groupId!: string | null;

  @Column('uuid', { nullable: true })
  targetUserId!: string | null;

  @Column('jsonb', { default: {} })
  details!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
