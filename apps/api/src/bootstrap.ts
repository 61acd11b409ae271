import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig, assignRequestId, LoadShedder, LogOptions } from '@hearth/api/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { SubscriptionServer } from './realtime/subscription-server';
import { seedDemo } from './seed/demo-seed';

export interface BootOptions {
  /** Run pending migrations before listening (default: on for the embedded database). */
  migrate?: boolean;
  /** Seed the demo organisation when SEED_DEMO asks for it (default: on). */
  seed?: boolean;
  /** `false`: write no log lines (the tests' default). */
  logger?: false | undefined;
  /** Where log lines go (default: standard output); the tests capture them to look for secrets. */
  logDestination?: LogOptions['destination'];
}

/** Builds the API (and the web app's static files when built), ready to listen. */
export async function createApp(options: BootOptions = {}): Promise<INestApplication> {
  const log: LogOptions = {
    ...(options.logger === false ? { level: 'silent' } : {}),
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(log), {
    // Lines written while the app is built wait for the JSON logger, then go through it.
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  // Nest keeps buffering (every Logger call, for good) until the buffer is flushed.
  app.flushLogs();
  const config = app.get<AppConfig>(APP_CONFIG);
  // First of all: the request's id (in the response header and every log line), then the refusal
  // of new work while the event loop lags past LOAD_SHED_LAG_MS.
  app.use(assignRequestId);
  app.use(app.get(LoadShedder).middleware);
  app.useBodyParser('json', { limit: config.requestBodyLimit });
  if (config.trustProxy) app.set('trust proxy', true);
  app.disable('x-powered-by');
  // Express hashes every response body into an ETag; GraphQL answers POSTs, which are never
  // revalidated, so that was a SHA-1 of each feed page for nothing. (The web app's static files
  // keep theirs: serve-static sets its own.)
  app.set('etag', false);
  app.enableCors({ origin: config.webOrigins, credentials: false });
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  serveWebApp(app, config);
  stopping.set(app, closeConnectionsWhenStopping(app));

  const migrate =
    options.migrate ??
    (config.databaseUrl === undefined || process.env['MIGRATE_ON_START'] === 'true');
  const ds = app.get(DataSource);
  if (migrate) {
    const ran = await ds.runMigrations({ transaction: 'each' });
    if (ran.length) new Logger('Database').log(`Applied ${ran.length} migration(s).`);
  }
  if (options.seed !== false && config.seedDemo && (await seedDemo(ds)))
    new Logger('Database').log('Seeded the demo organisation.');
  return app;
}

/** Per app, what `stopApp` calls first. */
const stopping = new WeakMap<INestApplication, () => void>();

/**
 * Stops the API: from now on its responses close their connections (see
 * `closeConnectionsWhenStopping`) and its subscription sockets are closed with a code that tells
 * clients to reconnect; then `app.close()` answers the requests in progress (Apollo's drain), stops
 * the job queue and closes the database (see the core module). The signals stop it so, and so do
 * the tests.
 */
export async function stopApp(app: INestApplication): Promise<void> {
  stopping.get(app)?.();
  app.get(SubscriptionServer).stop();
  await app.close();
}

/**
 * Returns what to call when the API starts to stop: from then on every response, including those
 * being worked on, says `Connection: close`. Stopping lets requests in progress finish (Apollo's
 * drain), then closes their sockets; without the header a keep-alive client (a proxy, a browser)
 * sent its next request down a socket that was about to close, and got a reset instead of an
 * answer or a refused connection it could retry elsewhere.
 */
function closeConnectionsWhenStopping(app: NestExpressApplication): () => void {
  const open = new Set<Response>();
  let stopping = false;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (stopping) {
      res.setHeader('Connection', 'close');
    } else {
      open.add(res);
      res.once('close', () => open.delete(res));
    }
    next();
  });
  return () => {
    stopping = true;
    for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
    open.clear();
  };
}

/** In production the API serves the built web app from the same origin (no CORS, one URL). */
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const dir = config.webDistDir;
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health'))
      return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
