import 'reflect-metadata';
import { ConsoleLogger, INestApplication, Logger } from '@nestjs/common';
import { ConfigError, loadConfig, LogLevel } from '@hearth/api/core';
import type { LogLevel as LogLevelName } from '@nestjs/common';
import cluster from 'node:cluster';
import { createApp, stopApp } from './bootstrap';
import { serveClusterMetrics } from './operations/metrics-server';
import { FOLLOWER_ENV, superviseWorkers } from './workers';

async function main(): Promise<void> {
  const config = loadConfig();
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `the embedded database in ${config.pgliteDataDir}`;
  const running = `Hearth is running at ${config.publicUrl} on ${where}`;
  if (config.apiWorkers > 1 && cluster.isPrimary) {
    // The primary runs no app: its few lines are JSON like the workers' (see loggerParams).
    Logger.overrideLogger(
      new ConsoleLogger({ json: true, logLevels: nestLevels(config.logLevel) }),
    );
    serveClusterMetrics(config);
    superviseWorkers(config.apiWorkers, () =>
      new Logger('Hearth').log(`${running}, ${config.apiWorkers} API processes.`),
    );
    return;
  }
  const follower = process.env[FOLLOWER_ENV] === '1';
  const app = await createApp(follower ? { migrate: false, seed: false } : {});
  await app.listen(config.port, config.host);
  if (cluster.isPrimary) new Logger('Hearth').log(`${running}.`);
  stopOnSignals(app);
}

/** Nest's levels at and above LOG_LEVEL (pino's names; Nest says `log` for info). */
function nestLevels(level: LogLevel): LogLevelName[] {
  const order: LogLevelName[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  const cut = { fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6, silent: 0 }[level];
  return order.slice(0, cut);
}

/**
 * SIGTERM and SIGINT stop the API through `stopApp`, as the tests stop it: it answers the requests
 * in progress, telling their clients to reconnect, then closes the database (the embedded one
 * flushed and closed cleanly). A signal while stopping is ignored: Ctrl+C reaches every process
 * of a cluster, and its primary passes it on as well.
 */
function stopOnSignals(app: INestApplication): void {
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    stopApp(app).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
