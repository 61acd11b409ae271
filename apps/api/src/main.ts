import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@hearth/api/core';
import cluster from 'node:cluster';
import { createApp, stopApp } from './bootstrap';
import { FOLLOWER_ENV, superviseWorkers } from './workers';

async function main(): Promise<void> {
  const config = loadConfig();
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `the embedded database in ${config.pgliteDataDir}`;
  const running = `Hearth is running at ${config.publicUrl} on ${where}`;
  if (config.apiWorkers > 1 && cluster.isPrimary) {
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
