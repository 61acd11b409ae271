import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@hearth/api/core';
import cluster from 'node:cluster';
import { createApp } from './bootstrap';
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
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
