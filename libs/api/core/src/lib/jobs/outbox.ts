import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A job's payload: plain JSON. */
export type JobPayload = Record<string, string | number | boolean | null>;

/** Which job is running: `id` orders jobs as their events happened (a bigserial, as text). */
export interface JobInfo {
  id: string;
  /** When the job was recorded: the time of the transaction that caused it. */
  recordedAt: Date;
}

/**
 * Runs one kind of job inside the transaction that also deletes it: all of it happens, or none.
 * It may return a function to call once that transaction has committed (to publish live events).
 * Jobs of several processes run at the same time, so a handler must not assume that the jobs
 * before its own have run: where order matters, it uses `job.id`.
 */
export type JobHandler = (
  m: EntityManager,
  payload: JobPayload,
  job: JobInfo,
) => Promise<void | (() => void)>;

/** Attempts before a job is set aside (kept, with its last error, for an operator to look at). */
export const MAX_JOB_ATTEMPTS = 8;

/**
 * Background work recorded in PostgreSQL (`outbox_jobs`) in the same transaction as the write that
 * causes it, so that it is never lost: if the API stops before the work is done, whichever process
 * runs jobs next does it. A job is claimed with `FOR UPDATE SKIP LOCKED`, handled and deleted in one
 * transaction, so several processes share the work and a crash in the middle leaves nothing
 * half-written — the job simply runs again. A failing job is retried later with backoff.
 */
export class Outbox {
  private readonly logger = new Logger(Outbox.name);
  private readonly handlers = new Map<string, JobHandler>();
  private draining: Promise<number> | null = null;
  private again = false;

  constructor(
    private readonly ds: DataSource,
    /** Told of each failed attempt (the metrics count them by kind). */
    private readonly onFailure: (kind: string) => void = () => undefined,
  ) {}

  /**
   * Records a job in the caller's transaction; call `JobQueue.wake()` after it commits. With
   * `runAfter`, the job waits until then (workers' polling picks it up).
   */
  async record(
    m: EntityManager,
    kind: string,
    payload: JobPayload,
    runAfter?: Date,
  ): Promise<void> {
    await m.query(
      `INSERT INTO outbox_jobs (kind, payload, run_after) VALUES ($1, $2::jsonb, COALESCE($3, now()))`,
      [kind, JSON.stringify(payload), runAfter ?? null],
    );
  }

  handle(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /**
   * Runs every job that is due, one transaction each, until none is left; returns how many ran.
   * Concurrent calls in one process share a single drain (and trigger one more pass after it).
   */
  drain(): Promise<number> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    const run = async (): Promise<number> => {
      let done = 0;
      do {
        this.again = false;
        while (await this.runOne()) done++;
      } while (this.again);
      return done;
    };
    this.draining = run().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** Resolves when the drain in progress (if any) has finished. */
  async idle(): Promise<void> {
    await this.draining?.catch(() => 0);
  }

  /** Jobs not yet done (for tests and diagnostics). */
  async pending(): Promise<number> {
    const [row] = await this.ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM outbox_jobs WHERE attempts < $1`,
      [MAX_JOB_ATTEMPTS],
    );
    return row?.n ?? 0;
  }

  /**
   * Jobs by state, for the metrics: due (waiting for a worker), scheduled for later (including
   * retries waiting out their backoff) and set aside after their last attempt.
   */
  async depth(): Promise<{ due: number; scheduled: number; setAside: number }> {
    const [row] = await this.ds.query<Array<{ due: number; scheduled: number; set_aside: number }>>(
      `SELECT count(*) FILTER (WHERE attempts < $1 AND run_after <= now())::int AS due,
              count(*) FILTER (WHERE attempts < $1 AND run_after > now())::int AS scheduled,
              count(*) FILTER (WHERE attempts >= $1)::int AS set_aside
         FROM outbox_jobs`,
      [MAX_JOB_ATTEMPTS],
    );
    return { due: row?.due ?? 0, scheduled: row?.scheduled ?? 0, setAside: row?.set_aside ?? 0 };
  }

  private async runOne(): Promise<boolean> {
    const failure: { id?: string; kind?: string; error?: string } = {};
    const after: { run?: () => void } = {};
    const ran = await this.ds.transaction(async (m) => {
      const [job] = await m.query<
        Array<{ id: string; kind: string; payload: JobPayload; created_at: Date }>
      >(
        `SELECT id, kind, payload, created_at FROM outbox_jobs
          WHERE run_after <= now() AND attempts < $1
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [MAX_JOB_ATTEMPTS],
      );
      if (!job) return false;
      const handler = this.handlers.get(job.kind);
      failure.kind = job.kind;
      if (!handler) {
        failure.id = job.id;
        failure.error = `no handler for ${job.kind}`;
        return true;
      }
      await m.query('SAVEPOINT job');
      try {
        after.run =
          (await handler(m, job.payload, { id: job.id, recordedAt: job.created_at })) ?? undefined;
        await m.query('RELEASE SAVEPOINT job');
        await m.query(`DELETE FROM outbox_jobs WHERE id = $1`, [job.id]);
      } catch (e) {
        // The handler's writes are undone; the job stays, to be tried again later.
        await m.query('ROLLBACK TO SAVEPOINT job');
        failure.id = job.id;
        failure.error = String(e);
      }
      return true;
    });
    after.run?.();
    if (failure.id !== undefined) {
      const { id, error = '' } = failure;
      this.logger.error(`Job ${id} failed: ${error}`);
      this.onFailure(failure.kind ?? 'unknown');
      await this.ds.query(
        `UPDATE outbox_jobs SET attempts = attempts + 1, last_error = $2,
                run_after = now() + make_interval(secs => power(2, attempts + 1))
          WHERE id = $1`,
        [id, error.slice(0, 2000)],
      );
      // Go on with other jobs: this one is not due again for a while.
      return true;
    }
    return ran;
  }
}
