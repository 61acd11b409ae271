import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every setting Hearth reads, validated once at start-up. The README lists each with its default. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  /** Absent: the embedded PGlite database in `pgliteDataDir`. */
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  redisUrl: string | undefined;
  /** Prepended to every Redis key, so installations (or test runs) can share one Redis. */
  redisPrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  publicUrl: string;
  webOrigins: string[];
  webDistDir: string | undefined;
  passwordHashCost: number;
  signInLimitPerAccount: number;
  signInLimitPerAddress: number;
  signInWindowSeconds: number;
  graphqlMaxDepth: number;
  graphqlMaxAliases: number;
  graphqlMaxCost: number;
  requestBodyLimit: string;
  seedDemo: boolean;
  trustProxy: boolean;
  /** API processes sharing the port (node:cluster); more than one needs PostgreSQL and Redis. */
  apiWorkers: number;
  /** Post cards kept in memory per API process (0: none); see libs/api/conversation cards. */
  cardCacheSize: number;
  /**
   * Live sessions kept in memory per API process (0: none), so a signed-in request costs no
   * statement for its session; see libs/api/identity SessionCache. Never used on PGlite.
   */
  sessionCacheSize: number;
  /** Whether this process runs background jobs (notification fan-out); off only for tests. */
  jobsWorker: boolean;
  /** How often the worker looks for recorded jobs nobody woke it for (milliseconds). */
  jobsPollMs: number;
  /** Lowest level of log lines written (JSON lines on standard output). */
  logLevel: LogLevel;
  /** When set, `/metrics` on the API port answers only with `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  /** When set, Prometheus metrics are served on this port of `metricsHost`, off the public port. */
  metricsPort: number | undefined;
  metricsHost: string;
  /** Event-loop lag (milliseconds) past which new requests are refused with 503; 0: never. */
  loadShedLagMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}".`);
}

function url(
  env: Env,
  name: string,
  fallback: string | undefined,
  protocols: string[],
): string | undefined {
  const raw = env[name] || fallback;
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${raw}".`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}; got "${raw}".`);
  }
  return raw;
}

/**
 * Without JWT_SECRET outside production, a random secret is kept beside the embedded database so
 * that sessions survive a restart. Production must set it.
 */
function jwtSecret(env: Env, production: boolean, dataDir: string): string {
  const raw = env['JWT_SECRET'];
  if (raw) {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long.');
    return raw;
  }
  if (production) {
    throw new ConfigError(
      'JWT_SECRET is required when NODE_ENV=production (at least 32 random characters).',
    );
  }
  const file = join(dataDir, '..', 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function redisPrefix(env: Env): string {
  const raw = env['REDIS_PREFIX'];
  if (raw === undefined || raw === '') return 'hearth:';
  if (!/^[\w.:-]{1,100}$/.test(raw)) {
    throw new ConfigError(
      `REDIS_PREFIX must be 1 to 100 letters, digits or . _ : - characters; got "${raw}".`,
    );
  }
  return raw;
}

/**
 * API_WORKERS: how many API processes share the port, a number or `auto` (one per CPU). Several
 * processes act as one only through shared state: PostgreSQL (the embedded database lives in one
 * process) and Redis (sign-in rate limits, and the events of live updates).
 */
function workers(env: Env, databaseUrl: string | undefined, redisUrl: string | undefined): number {
  const raw = env['API_WORKERS'];
  const count =
    raw?.toLowerCase() === 'auto'
      ? Math.min(availableParallelism(), 64)
      : int(env, 'API_WORKERS', 1, 1, 64);
  if (count > 1 && (!databaseUrl || !redisUrl)) {
    throw new ConfigError(
      `API_WORKERS=${raw} needs DATABASE_URL and REDIS_URL: the processes share their data and events through PostgreSQL and Redis (the embedded database serves one process).`,
    );
  }
  return count;
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1', '[::1]'];
const WILDCARD_HOSTS = ['0.0.0.0', '::', '[::]'];

/** The address `npm start` prints for HOST and PORT (a wildcard address is reached as localhost). */
export function printedUrl(host: string, port: number): string {
  const shown = WILDCARD_HOSTS.includes(host)
    ? 'localhost'
    : host.includes(':') && !host.startsWith('[')
      ? `[${host}]`
      : host;
  return `http://${shown}:${port}`;
}

/**
 * The browser origins allowed for CORS and live-update sockets: WEB_ORIGINS when set, else the
 * addresses Hearth itself serves — every loopback spelling of its port when it listens on loopback
 * (or on every address), and the Vite dev server's — and, always, PUBLIC_URL's origin.
 */
export function allowedOrigins(
  raw: string | undefined,
  publicUrl: string,
  host: string,
  port: number,
): string[] {
  const origins = raw
    ? raw.split(',').map((o) => o.trim())
    : LOOPBACK_HOSTS.includes(host) || WILDCARD_HOSTS.includes(host)
      ? [port, 4200].flatMap((p) => [
          `http://127.0.0.1:${p}`,
          `http://localhost:${p}`,
          `http://[::1]:${p}`,
        ])
      : ['http://localhost:4200', 'http://127.0.0.1:4200'];
  const listed = origins.filter(Boolean);
  for (const origin of listed)
    url({ WEB_ORIGINS: origin }, 'WEB_ORIGINS', undefined, ['http:', 'https:']);
  // Origins as browsers send them: scheme, host and port only, default ports left out.
  const normal = listed.map((o) => new URL(o).origin);
  return [...new Set([new URL(publicUrl).origin, ...normal])];
}

function logLevel(env: Env): LogLevel {
  const raw = env['LOG_LEVEL'] || 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (!level)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${raw}".`);
  return level;
}

/** A bearer token people send in a header: long enough not to be guessed, nothing to escape. */
function metricsToken(env: Env): string | undefined {
  const raw = env['METRICS_TOKEN'];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[\x21-\x7e]{16,200}$/.test(raw)) {
    throw new ConfigError(
      'METRICS_TOKEN must be 16 to 200 printable characters without spaces (e.g. openssl rand -hex 32).',
    );
  }
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnvRaw = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV must be development, production or test; got "${nodeEnvRaw}".`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const production = nodeEnv === 'production';
  const port = int(env, 'PORT', 3000, 0, 65535);
  const host = env['HOST'] || '127.0.0.1';
  const pgliteDataDir = resolve(env['PGLITE_DATA_DIR'] || '.data/pglite');
  const publicUrl = url(env, 'PUBLIC_URL', printedUrl(host, port), ['http:', 'https:']) as string;
  const webOrigins = allowedOrigins(env['WEB_ORIGINS'], publicUrl, host, port);

  const databaseUrl = url(env, 'DATABASE_URL', undefined, ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', undefined, ['redis:', 'rediss:']);
  return {
    nodeEnv,
    production,
    host,
    port,
    databaseUrl,
    pgliteDataDir,
    redisUrl,
    redisPrefix: redisPrefix(env),
    jwtSecret: jwtSecret(env, production, pgliteDataDir),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 10, 86_400),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 60, 365 * 86_400),
    publicUrl: publicUrl.replace(/\/$/, ''),
    webOrigins,
    webDistDir:
      env['WEB_DIST_DIR'] === '' ? undefined : resolve(env['WEB_DIST_DIR'] || 'dist/apps/web'),
    passwordHashCost: int(env, 'PASSWORD_HASH_COST', 16_384, 1024, 1_048_576),
    signInLimitPerAccount: int(env, 'SIGN_IN_LIMIT_PER_ACCOUNT', 10, 1, 10_000),
    signInLimitPerAddress: int(env, 'SIGN_IN_LIMIT_PER_ADDRESS', 100, 1, 100_000),
    signInWindowSeconds: int(env, 'SIGN_IN_WINDOW_SECONDS', 900, 1, 86_400),
    graphqlMaxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
    graphqlMaxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 30, 1, 1000),
    graphqlMaxCost: int(env, 'GRAPHQL_MAX_COST', 20_000, 10, 1_000_000),
    requestBodyLimit: env['REQUEST_BODY_LIMIT'] || '1mb',
    seedDemo: bool(env, 'SEED_DEMO', false),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    apiWorkers: workers(env, databaseUrl, redisUrl),
    cardCacheSize: int(env, 'CARD_CACHE_SIZE', 5000, 0, 1_000_000),
    sessionCacheSize: int(env, 'SESSION_CACHE_SIZE', 10_000, 0, 1_000_000),
    jobsWorker: bool(env, 'JOBS_WORKER', true),
    jobsPollMs: int(env, 'JOBS_POLL_MS', 2000, 50, 60_000),
    logLevel: logLevel(env),
    metricsToken: metricsToken(env),
    metricsPort: env['METRICS_PORT'] ? int(env, 'METRICS_PORT', 0, 1, 65535) : undefined,
    metricsHost: env['METRICS_HOST'] || '127.0.0.1',
    loadShedLagMs: int(env, 'LOAD_SHED_LAG_MS', 500, 0, 60_000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
