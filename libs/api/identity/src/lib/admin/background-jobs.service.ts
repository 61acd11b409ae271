import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  AuthUser,
  badInput,
  conflict,
  Connection,
  decodeCursorAs,
  forbidden,
  JobQueue,
  MAX_JOB_ATTEMPTS,
  notFound,
  toConnection,
} from '@hearth/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { isAdmin } from '../identity.policy';
import { BackgroundJob, BackgroundJobStats } from './background-jobs.model';

interface JobRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  run_after: Date;
}

const toJob = (r: JobRow): BackgroundJob => ({
  id: r.id,
  kind: r.kind,
  payload: JSON.stringify(r.payload),
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  runAfter: r.run_after,
});

/** A job id as the table has it (bigserial). */
const JOB_ID = /^[1-9]\d{0,17}$/;

/**
 * The operator's view of the outbox: how much work waits, and the jobs set aside after failing
 * every attempt, which an org admin can try again or discard (both audited). Nobody else sees any.
 */
@Injectable()
export class BackgroundJobsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  private check(actor: AuthUser): void {
    if (!isAdmin(actor)) throw forbidden('Only org admins can see and manage background jobs.');
  }

  async stats(actor: AuthUser): Promise<BackgroundJobStats> {
    this.check(actor);
    const [r] = await this.ds.query<
      Array<{
        due: number;
        scheduled: number;
        retrying: number;
        failed: number;
        oldest: number | null;
      }>
    >(
      `SELECT count(*) FILTER (WHERE attempts = 0 AND run_after <= now())::int AS due,
              count(*) FILTER (WHERE attempts = 0 AND run_after > now())::int AS scheduled,
              count(*) FILTER (WHERE attempts > 0 AND attempts < $1)::int AS retrying,
              count(*) FILTER (WHERE attempts >= $1)::int AS failed,
              floor(extract(epoch FROM now() - min(run_after) FILTER (WHERE attempts = 0 AND run_after <= now())))::int AS oldest
         FROM outbox_jobs`,
      [MAX_JOB_ATTEMPTS],
    );
    return {
      due: r?.due ?? 0,
      scheduled: r?.scheduled ?? 0,
      retrying: r?.retrying ?? 0,
      failed: r?.failed ?? 0,
      oldestDueSeconds: r?.oldest ?? null,
      maxAttempts: MAX_JOB_ATTEMPTS,
    };
  }

  /** The jobs set aside, latest first. */
  async failed(
    actor: AuthUser,
    page: { first: number; after?: string | null },
  ): Promise<Connection<BackgroundJob>> {
    this.check(actor);
    const [after] = page.after ? decodeCursorAs(page.after, ['text']) : [null];
    if (after !== null && !JOB_ID.test(String(after)))
      throw badInput(
        'The pagination cursor is not valid. Start again from the first page.',
        'after',
      );
    const rows = await this.ds.query<JobRow[]>(
      `SELECT j.id::text AS id, j.kind, j.payload, j.attempts, j.last_error, j.created_at, j.run_after
         FROM outbox_jobs j
        WHERE j.attempts >= $1 AND ($2::bigint IS NULL OR j.id < $2::bigint)
        ORDER BY j.id DESC LIMIT $3`,
      [MAX_JOB_ATTEMPTS, after, page.first + 1],
    );
    return toConnection(rows, page.first, (r) => [r.id], toJob);
  }

  /** Puts a job set aside back in line, with its attempts from zero; it runs at once. */
  async retry(actor: AuthUser, id: string): Promise<BackgroundJob> {
    const job = await this.ds.transaction(async (m) => {
      const before = await this.setAside(m, actor, id);
      await m.query(`UPDATE outbox_jobs SET attempts = 0, run_after = now() WHERE id = $1`, [id]);
      await this.record(m, actor, 'BACKGROUND_JOB_RETRIED', before);
      return (await this.find(m, id)) ?? before;
    });
    this.queue.wake();
    return toJob(job);
  }

  /** Deletes a job set aside: the work it stood for will not be done. */
  async discard(actor: AuthUser, id: string): Promise<string> {
    await this.ds.transaction(async (m) => {
      const before = await this.setAside(m, actor, id);
      await m.query(`DELETE FROM outbox_jobs WHERE id = $1`, [id]);
      await this.record(m, actor, 'BACKGROUND_JOB_DISCARDED', before);
    });
    return id;
  }

  /** The job, locked, if it is one set aside; the reason otherwise. */
  private async setAside(m: EntityManager, actor: AuthUser, id: string): Promise<JobRow> {
    this.check(actor);
    if (!JOB_ID.test(id)) throw badInput('That is not a background job id.', 'id');
    const row = await this.find(m, id, true);
    if (!row) throw notFound('That background job');
    if (row.attempts < MAX_JOB_ATTEMPTS)
      throw conflict(
        'That job has not failed every attempt: it is still waiting to run or to be tried again.',
        'id',
      );
    return row;
  }

  private async find(m: EntityManager, id: string, lock = false): Promise<JobRow | undefined> {
    const [row] = await m.query<JobRow[]>(
      `SELECT id::text AS id, kind, payload, attempts, last_error, created_at, run_after
         FROM outbox_jobs WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  private record(m: EntityManager, actor: AuthUser, action: string, job: JobRow): Promise<void> {
    return this.audit.record(m, {
      actorId: actor.id,
      action,
      details: {
        jobId: job.id,
        kind: job.kind,
        attempts: job.attempts,
        lastError: job.last_error?.slice(0, 500) ?? null,
      },
    });
  }
}
