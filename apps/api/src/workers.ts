import { Logger } from '@nestjs/common';
import cluster, { Worker } from 'node:cluster';

/** Set in every process after the first: the first one alone migrates and seeds. */
export const FOLLOWER_ENV = 'HEARTH_API_FOLLOWER';

/**
 * Runs `count` API processes on one port (node:cluster; the primary hands out connections). The
 * first starts alone, so only it runs start-up migrations and seeding; the others follow once it
 * listens. A process that stops after it was serving is replaced; one that fails while starting
 * stops everything with its exit code, since another would fail the same way. SIGTERM and SIGINT
 * are passed on (each process runs its own shutdown), and the primary exits when all have stopped.
 */
export function superviseWorkers(count: number, ready: () => void): void {
  const log = new Logger('Hearth');
  const serving = new WeakSet<Worker>();
  let stopping = false;
  let listening = 0;
  const fork = (follower: boolean): Worker => {
    const worker = cluster.fork(follower ? { [FOLLOWER_ENV]: '1' } : {});
    worker.once('listening', () => {
      serving.add(worker);
      listening += 1;
      if (listening === count) ready();
      if (!follower) for (let i = 1; i < count; i++) fork(true);
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!serving.has(worker)) {
      log.error(`An API process failed while starting (${signal ?? `exit code ${code}`}).`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exit(code || 1);
    }
    log.error(
      `API process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another.`,
    );
    fork(true);
  });
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const w of workers) w?.process.kill(sig);
    });
  }
  fork(false);
}
