import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';

const server = () =>
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A separate, migrated database for a test that needs one to itself; drop() removes it. */
export async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hearth_scratch_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server());
  url.pathname = `/${name}`;
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/cli.ts', 'migrate'], {
    cwd: join(__dirname, '../../../..'),
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
    },
    stdio: 'pipe',
  });
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: server() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
