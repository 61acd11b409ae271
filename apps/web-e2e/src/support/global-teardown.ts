import { readFileSync, rmSync } from 'node:fs';
import { Client } from 'pg';
import { STATE_FILE } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as {
    pid: number;
    database: string;
    server: string;
  };
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((r) => setTimeout(r, 500));
  const admin = new Client({ connectionString: state.server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${state.database} WITH (FORCE)`);
  await admin.end();
  rmSync(STATE_FILE, { force: true });
}
