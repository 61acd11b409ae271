import { Logger } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Outbox } from './outbox';

/**
 * Carries "there is work in the outbox" to a process that runs it. The work itself is always in
 * PostgreSQL (see Outbox); a queue only decides who runs it and when. Every process that runs jobs
 * also polls, so a wake-up lost with a crash delays work, never loses it.
 */
export abstract class JobQueue {
  /** After a transaction that recorded jobs has committed. */
  abstract wake(): void;
  /** Starts running jobs (once the schema is migrated: at application bootstrap). */
  abstract start(): void;
  abstract close(): Promise<void>;
}

/** Runs jobs in this process, right after the request that recorded them (and on a timer). */
export class InProcessJobQueue extends JobQueue {
  private readonly logger = new Logger(InProcessJobQueue.name);
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private closed = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly worker: boolean,
    private readonly pollMs: number,
  ) {
    super();
  }

  start(): void {
    if (!this.worker || this.started) return;
    this.started = true;
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  wake(): void {
    if (!this.started || this.closed) return;
    setImmediate(() => {
      if (this.closed) return;
      this.outbox.drain().catch((e: unknown) => this.logger.error(`Jobs: ${String(e)}`));
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.outbox.idle();
  }
}

/**
 * BullMQ on Redis: a wake-up is a BullMQ job, taken by whichever API process's worker is free, so
 * the fan-out of one instance's request can run on another. The poll stays as the safety net.
 */
export class BullJobQueue extends JobQueue {
  private readonly logger = new Logger(BullJobQueue.name);
  private readonly queue: Queue;
  private bullWorker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly redisUrl: string,
    private readonly prefix: string,
    private readonly worker: boolean,
    private readonly pollMs: number,
  ) {
    super();
    this.queue = new Queue('outbox', {
      prefix: `${prefix}bull`,
      connection: this.connection(),
    });
    this.queue.on('error', (e) => this.logger.error(`Queue: ${String(e)}`));
  }

  /** Connections this queue opened (BullMQ does not close connections it was given). */
  private readonly connections: Redis[] = [];

  private connection(): Redis {
    const redis = new Redis(this.redisUrl, { maxRetriesPerRequest: null });
    this.connections.push(redis);
    return redis;
  }

  start(): void {
    if (!this.worker || this.bullWorker || this.closed) return;
    this.bullWorker = new Worker('outbox', async () => void (await this.outbox.drain()), {
      prefix: `${this.prefix}bull`,
      connection: this.connection(),
      concurrency: 1,
    });
    this.bullWorker.on('error', (e) => this.logger.error(`Worker: ${String(e)}`));
    const poll = (): void => {
      this.outbox.drain().catch((e: unknown) => this.logger.error(`Jobs: ${String(e)}`));
    };
    this.timer = setInterval(poll, this.pollMs);
    this.timer.unref();
    poll();
  }

  wake(): void {
    if (this.closed) return;
    this.queue
      .add('drain', {}, { removeOnComplete: true, removeOnFail: 100 })
      .catch((e: unknown) => this.logger.error(`Could not queue jobs: ${String(e)}`));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.bullWorker?.close();
    await this.queue.close();
    await this.outbox.idle();
    await Promise.all(this.connections.map((c) => c.quit().catch(() => 'closed')));
  }
}
