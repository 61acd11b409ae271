import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobPayload } from './outbox';

/**
 * A background job recorded in the transaction that causes it (see `Outbox`), claimed with
 * `FOR UPDATE SKIP LOCKED` and deleted when done. Its id orders jobs as their events happened.
 * Read and written in SQL by `Outbox`; the entity is here for the drift check.
 */
@Entity('outbox_jobs')
export class OutboxJobEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_outbox_jobs',
  })
  id!: string;

  @Column('text')
  kind!: string;

  @Column('jsonb')
  payload!: JobPayload;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Not before this moment: later for a scheduled job or a retry's backoff. */
  @Column('timestamptz', { default: () => 'now()' })
  runAfter!: Date;

  /** Failed attempts; at `MAX_JOB_ATTEMPTS` the job is set aside. */
  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
