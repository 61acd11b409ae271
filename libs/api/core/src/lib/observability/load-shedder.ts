import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Metrics } from './metrics';
import { requestIdOf } from './request-id';

/** How often the event loop's lag is sampled. */
export const LAG_SAMPLE_MS = 100;

/** Weight of the previous value in the smoothed lag (toobusy's dampening, as NodeBB uses it). */
const SMOOTHING = 1 / 3;

/**
 * The code of a shed request's error: not one of the GraphQL ErrorCodes, since the request never
 * reached GraphQL; an HTTP-level refusal, like the 503 itself.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** Paths answered however busy the process is: liveness, and the metrics that show why. */
const NEVER_SHED = new Set(['/health/live', '/metrics']);

/** The smoothed lag after one more sample. */
export function smoothLag(previousMs: number, sampleMs: number): number {
  return previousMs * SMOOTHING + sampleMs * (1 - SMOOTHING);
}

/**
 * The share of new requests to refuse at a lag: none up to the threshold, then in proportion to
 * how far past it the lag is, all of them at twice the threshold. Refusing a share rather than
 * everything at once keeps the process serving what it can while the queue drains.
 */
export function shedChance(lagMs: number, thresholdMs: number): number {
  if (thresholdMs <= 0 || lagMs <= thresholdMs) return 0;
  return Math.min(1, (lagMs - thresholdMs) / thresholdMs);
}

/** What a refused client is told to wait: about the lag, at least a second, at most 30. */
export function retryAfterSeconds(lagMs: number): number {
  return Math.min(30, Math.max(1, Math.ceil(lagMs / 1000)));
}

/** Whether to refuse a request to `path` now (`random` in [0, 1)). */
export function shouldShed(
  path: string,
  lagMs: number,
  thresholdMs: number,
  random: number,
): boolean {
  if (NEVER_SHED.has(path)) return false;
  return random < shedChance(lagMs, thresholdMs);
}

/**
 * Load shedding: a timer measures how late it fires (the event loop's lag); while the smoothed lag
 * is past LOAD_SHED_LAG_MS, a share of new HTTP requests is answered at once with 503 and
 * `Retry-After` instead of joining a queue that only grows. Subscription sockets already open and
 * `/health/live` are not affected.
 */
@Injectable()
export class LoadShedder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LoadShedder');
  private lag = 0;
  private timer: NodeJS.Timeout | undefined;
  private shedding = false;
  readonly thresholdMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.thresholdMs = config.loadShedLagMs;
  }

  /**
   * Starts measuring once the app is built: building it (the schema, the modules) holds the event
   * loop for seconds, which is no reason to refuse the first requests.
   */
  onApplicationBootstrap(): void {
    if (this.timer) return;
    let expected = performance.now() + LAG_SAMPLE_MS;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.sample(Math.max(0, now - expected));
      expected = now + LAG_SAMPLE_MS;
    }, LAG_SAMPLE_MS);
    this.timer.unref();
  }

  /** The smoothed event-loop lag in milliseconds. */
  get lagMs(): number {
    return this.lag;
  }

  /** Takes one measurement of lag (the timer does; tests may inject one). */
  sample(lagMs: number): void {
    this.lag = smoothLag(this.lag, lagMs);
    const over = shedChance(this.lag, this.thresholdMs) > 0;
    if (over !== this.shedding) {
      this.shedding = over;
      if (over)
        this.logger.warn(
          `Event-loop lag ${Math.round(this.lag)} ms is past ${this.thresholdMs} ms: refusing some requests with 503.`,
        );
      else this.logger.log(`Event-loop lag is back under ${this.thresholdMs} ms.`);
    }
  }

  /** Express middleware: answers 503 now, or passes the request on. */
  readonly middleware = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!shouldShed(path, this.lag, this.thresholdMs, Math.random())) return next();
    this.metrics.shedRequests.inc();
    const body = JSON.stringify({
      errors: [
        {
          message: 'The server is too busy right now; please try again shortly.',
          extensions: { code: SERVICE_UNAVAILABLE, requestId: requestIdOf(req) },
        },
      ],
    });
    res.writeHead(503, {
      'Retry-After': String(retryAfterSeconds(this.lag)),
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
