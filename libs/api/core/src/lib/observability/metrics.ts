import cluster from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import {
  AggregatorRegistry,
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
} from 'prom-client';

/** Label of an operation sent without a name, and of names past the cap. */
export const ANONYMOUS_OPERATION = '(anonymous)';
export const OTHER_OPERATION = '(other)';
/** Distinct operation names kept as labels; the rest count as OTHER_OPERATION. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** A connection pool that reports its use (pg's Pool does). */
export interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The API process's Prometheus metrics, in a registry of its own (one per app, so tests may boot
 * several). Every series carries the process id (`pid`): with API_WORKERS > 1 the primary process
 * gathers every process's series (prom-client's AggregatorRegistry) and serves them on
 * METRICS_PORT, one series per process, to be summed in queries.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly operationDuration: Histogram<'operation' | 'type'>;
  readonly graphqlErrors: Counter<'code' | 'operation'>;
  readonly shedRequests: Counter;
  readonly jobFailures: Counter<'kind'>;
  private readonly operationNames = new Set<string>();

  constructor() {
    this.registry.setDefaultLabels({ pid: String(process.pid) });
    collectDefaultMetrics({ register: this.registry });
    this.operationDuration = new Histogram({
      name: 'hearth_graphql_request_duration_seconds',
      help: 'GraphQL requests over HTTP by operation name and type: count and time to answer',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.graphqlErrors = new Counter({
      name: 'hearth_graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code and operation name',
      labelNames: ['code', 'operation'],
      registers: [this.registry],
    });
    this.shedRequests = new Counter({
      name: 'hearth_load_shed_requests_total',
      help: 'HTTP requests refused with 503 because the event loop lagged past LOAD_SHED_LAG_MS',
      registers: [this.registry],
    });
    this.jobFailures = new Counter({
      name: 'hearth_job_failures_total',
      help: 'Background job attempts that failed (each is retried, up to its last attempt)',
      labelNames: ['kind'],
      registers: [this.registry],
    });
    // The primary process of a cluster asks each process for its series over IPC; a worker answers
    // only once an AggregatorRegistry has been made in it (that adds prom-client's listener).
    if (cluster.isWorker) {
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([this.registry]);
    }
  }

  /** The label for an operation name: bounded, so clients cannot grow the series without end. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    if (!OPERATION_NAME.test(name)) return OTHER_OPERATION;
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATION;
    this.operationNames.add(name);
    return name;
  }

  /** A gauge read when metrics are scraped. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: (
      set: (labels: Partial<Record<L, string>>, value: number) => void,
    ) => Promise<void> | void,
  ): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        await read((labels, value) => this.set(labels, value));
      },
    });
  }

  /** Connection pools' use: open, idle, and callers waiting for a connection. */
  trackPools(read: () => Record<string, PoolLike | undefined>): void {
    this.gauge(
      'hearth_db_pool_connections',
      'PostgreSQL pool connections by pool and state (total, idle, waiting callers)',
      ['pool', 'state'],
      (set) => {
        for (const [pool, p] of Object.entries(read())) {
          if (!p) continue;
          set({ pool, state: 'total' }, p.totalCount);
          set({ pool, state: 'idle' }, p.idleCount);
          set({ pool, state: 'waiting' }, p.waitingCount);
        }
      },
    );
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Whether a request's `Authorization` header carries the metrics token (timing-safe). */
export function hasMetricsToken(authorization: string | undefined, token: string): boolean {
  const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
