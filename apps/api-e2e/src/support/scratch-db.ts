import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';

/** The PostgreSQL server where test runs create (and drop) their own databases. */
export const testServer = (): string =>
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function onServer(sql: string): Promise<void> {
  const admin = new Client({ connectionString: testServer() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/** A new, empty database named `<prefix>_<time>_<random>`. */
export async function createDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(testServer());
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropDatabase(name) };
}

export const dropDatabase = (name: string): Promise<void> =>
  onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);

/**
 * Applies the app's migrations, as `npm run migrate` would, in a child process: loading the app's
 * modules into jest's own process would leave GraphQL metadata behind that breaks tests run in band.
 */
export function migrate(url: string): void {
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/cli.ts', 'migrate'], {
    cwd: join(__dirname, '../../../..'),
    env: { ...process.env, DATABASE_URL: url, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json' },
    stdio: 'pipe',
  });
}

/** A separate, migrated database for a test that needs one to itself. */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const db = await createDatabase('hearth_scratch');
  migrate(db.url);
  return db;
}
