import {
  BeforeApplicationShutdown,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
  ValidationPipe,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig, loadConfig } from './config/app-config';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { closeDatabase } from './database/close-database';
import { OperationsInFlight } from './graphql/operations-in-flight';
import { badInput } from './errors/app-error';
import { GraphqlPassThroughFilter } from './errors/graphql-exception.filter';
import { MemoryRateLimiter, RateLimiter, RedisRateLimiter } from './rate-limit/rate-limiter';
import { EventBus, InProcessEventBus, RedisEventBus } from './events/event-bus';
import { SubscriptionHub } from './events/subscription-hub';
import { Outbox } from './jobs/outbox';
import { BullJobQueue, InProcessJobQueue, JobQueue } from './jobs/job-queue';
import { preparedStatementPool } from './database/prepared-query';
import { LoadShedder } from './observability/load-shedder';
import { Metrics, PoolLike } from './observability/metrics';

export const REDIS = Symbol('REDIS');

/** Closes the shared Redis connection when the app closes. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit();
  }
}

/** Closes the event bus (its Redis subscriber connection) when the app closes. */
@Injectable()
class EventBusCloser implements OnApplicationShutdown {
  constructor(private readonly bus: EventBus) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/**
 * Starts the job queue once the app is up (after migrations), and stops taking jobs, waiting for
 * the one running, before the database closes.
 */
@Injectable()
class JobQueueLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Optional() @Inject(JobQueue) private readonly queue: JobQueue | null) {}

  onApplicationBootstrap(): void {
    this.queue?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}

/**
 * Gauges read at each scrape: the database pools' use, the job queue's depth and the event loop's
 * lag as load shedding sees it. (Request counts, errors and job failures are counted as they
 * happen; see Metrics.)
 */
@Injectable()
class MetricsSources implements OnApplicationBootstrap {
  constructor(
    private readonly metrics: Metrics,
    private readonly ds: DataSource,
    private readonly outbox: Outbox,
    private readonly shedder: LoadShedder,
  ) {}

  onApplicationBootstrap(): void {
    const { metrics, ds, outbox, shedder } = this;
    metrics.trackPools(() => ({
      typeorm: (ds.driver as unknown as { master?: PoolLike }).master,
      prepared: preparedStatementPool(ds),
    }));
    metrics.gauge(
      'hearth_jobs',
      'Background jobs by state: due, scheduled (later or backing off), set_aside (out of attempts)',
      ['state'],
      async (set) => {
        // A scrape while the database is down still answers, without these series.
        const depth = await outbox.depth().catch(() => null);
        if (!depth) return;
        set({ state: 'due' }, depth.due);
        set({ state: 'scheduled' }, depth.scheduled);
        set({ state: 'set_aside' }, depth.setAside);
      },
    );
    metrics.gauge(
      'hearth_event_loop_lag_seconds',
      'Smoothed event-loop lag, as load shedding measures it',
      [],
      (set) => set({}, shedder.lagMs / 1000),
    );
  }
}

/** How long stopping waits for GraphQL operations under way. */
const OPERATIONS_GRACE_MS = 10_000;

/**
 * Before anything closes for good (TypeORM's own hook destroys the data source; see also
 * `DatabaseCloser`), waits for the GraphQL operations under way to finish (see
 * `OperationsInFlight`; at most OPERATIONS_GRACE_MS).
 */
@Injectable()
class OperationsDrain implements BeforeApplicationShutdown {
  private readonly logger = new Logger('GraphQL');

  constructor(private readonly operations: OperationsInFlight) {}

  async beforeApplicationShutdown(): Promise<void> {
    if (!(await this.operations.settled(OPERATIONS_GRACE_MS)))
      this.logger.warn(
        `Stopping with ${this.operations.count} GraphQL operation(s) still running after ${OPERATIONS_GRACE_MS / 1000} s.`,
      );
  }
}

/** Closes the database (see `closeDatabase`) when the app closes. */
@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Optional() @InjectDataSource() private readonly ds: DataSource | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ds) await closeDatabase(this.ds);
  }
}

/**
 * Cross-cutting providers: configuration, the deny-by-default guard, input validation, and the
 * rate limiter (Redis-backed when REDIS_URL is set).
 */
@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: (): AppConfig => loadConfig() },
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null =>
        config.redisUrl
          ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false })
          : null,
    },
    {
      provide: RateLimiter,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig): RateLimiter =>
        redis ? new RedisRateLimiter(redis, `${config.redisPrefix}rl:`) : new MemoryRateLimiter(),
    },
    {
      provide: EventBus,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig): EventBus =>
        redis
          ? new RedisEventBus(redis, redis.duplicate(), config.redisPrefix)
          : new InProcessEventBus(),
    },
    {
      provide: SubscriptionHub,
      inject: [EventBus],
      useFactory: (bus: EventBus) => new SubscriptionHub(bus),
    },
    LoadShedder,
    { provide: Metrics, useFactory: () => new Metrics() },
    {
      provide: Outbox,
      inject: [DataSource, Metrics],
      useFactory: (ds: DataSource, metrics: Metrics) =>
        new Outbox(ds, (kind) => metrics.jobFailures.inc({ kind })),
    },
    MetricsSources,
    {
      provide: JobQueue,
      inject: [Outbox, APP_CONFIG],
      useFactory: (outbox: Outbox, config: AppConfig): JobQueue =>
        config.redisUrl
          ? new BullJobQueue(
              outbox,
              config.redisUrl,
              config.redisPrefix,
              config.jobsWorker,
              config.jobsPollMs,
            )
          : new InProcessJobQueue(outbox, config.jobsWorker, config.jobsPollMs),
    },
    RedisCloser,
    EventBusCloser,
    JobQueueLifecycle,
    OperationsInFlight,
    OperationsDrain,
    DatabaseCloser,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_FILTER, useClass: GraphqlPassThroughFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({
        transform: true,
        whitelist: true,
        forbidNonWhitelisted: true,
        exceptionFactory: (errors) => {
          const first = errors[0];
          const nested = first?.children?.[0];
          const target = nested ?? first;
          const message = Object.values(target?.constraints ?? {})[0] ?? 'The input is not valid.';
          return badInput(message, target?.property);
        },
      }),
    },
  ],
  exports: [
    APP_CONFIG,
    REDIS,
    RateLimiter,
    EventBus,
    SubscriptionHub,
    Outbox,
    JobQueue,
    OperationsInFlight,
    LoadShedder,
    Metrics,
  ],
})
export class CoreModule {}
