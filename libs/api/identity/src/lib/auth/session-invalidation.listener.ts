import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@hearth/api/core';
import { Client, Notification } from 'pg';
import { SessionCache } from './session-cache';

/**
 * The channel the triggers of migration SessionInvalidation notify: `s:<session id>` when a
 * session is revoked, its expiry changed or it is deleted; `u:<user id>` when a person is
 * deactivated or reactivated, changes role or is deleted; `*` when `sessions` or `users` is
 * truncated.
 */
export const SESSION_INVALIDATION_CHANNEL = 'hearth_session_invalidation';

/** How the listening connection names itself in pg_stat_activity (tests cut it by this name). */
export const SESSION_LISTENER_APPLICATION_NAME = 'hearth-session-listener';

const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 5000;
const PING_MS = 10_000;
const PING_TIMEOUT_MS = 5000;

/**
 * Keeps the session cache honest across processes: one dedicated PostgreSQL connection per API
 * process LISTENs to the invalidation channel, which triggers on `sessions` and `users` notify on
 * every revocation, deactivation and role change, whoever makes it (another API instance, the
 * CLI, SQL by hand). The cache is used only while this connection is listening: until it is, and
 * from the moment it fails (an error, its end, or a ping unanswered for 5 s) until it listens
 * again, every request reads its session from the database and the cache stays empty. It
 * reconnects with backoff (0.1 s doubling to 5 s).
 *
 * On the embedded database (PGlite: one process, one in-process connection, no network round trip
 * to save) it does not start, so the cache stays off there.
 */
@Injectable()
export class SessionInvalidationListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Sessions');
  private client: Client | null = null;
  private stopped = false;
  private retryMs = RETRY_FIRST_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private warned = false;
  private pid: number | null = null;

  constructor(
    private readonly cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether the connection is listening (and so the cache in use). */
  get listening(): boolean {
    return this.cache.enabled;
  }

  /** The PostgreSQL backend of the listening connection, while it listens. */
  get backendPid(): number | null {
    return this.listening ? this.pid : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.databaseUrl && this.cache.capacity > 0) await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.cache.setEnabled(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: SESSION_LISTENER_APPLICATION_NAME,
      keepAlive: true,
      query_timeout: PING_TIMEOUT_MS,
    });
    this.client = client;
    client.on('error', (e: Error) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    client.on('notification', (n: Notification) => this.received(n));
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_INVALIDATION_CHANNEL}`);
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      this.pid = rows[0]?.pid ?? null;
    } catch (e) {
      this.lost(client, e);
      return;
    }
    if (this.client !== client || this.stopped) return;
    this.cache.setEnabled(true);
    this.retryMs = RETRY_FIRST_MS;
    if (this.warned) this.logger.log('Listening for session changes again: sessions are cached.');
    this.warned = false;
    this.pingTimer = setInterval(() => {
      client.query('SELECT 1').catch((e: unknown) => this.lost(client, e));
    }, PING_MS);
    this.pingTimer.unref();
  }

  private received(n: Notification): void {
    if (n.channel !== SESSION_INVALIDATION_CHANNEL) return;
    const payload = n.payload ?? '';
    if (payload.startsWith('s:')) this.cache.invalidateSession(payload.slice(2));
    else if (payload.startsWith('u:')) this.cache.invalidateUser(payload.slice(2));
    else this.cache.clear();
  }

  /** The connection failed: stop using the cache at once, and listen again later. */
  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.cache.setEnabled(false);
    clearInterval(this.pingTimer);
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (!this.warned) {
      this.logger.warn(
        `Not listening for session changes (${error instanceof Error ? error.message : 'connection ended'}): every request reads its session from the database until it listens again.`,
      );
      this.warned = true;
    }
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
