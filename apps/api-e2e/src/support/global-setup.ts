import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';

/**
 * Creates a fresh PostgreSQL database for this run and migrates it; global-teardown drops it.
 * TEST_POSTGRES_URL names the server (default: the local one, user postgres, trust auth).
 */
export default async function globalSetup(): Promise<void> {
  const server = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `hearth_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env['HEARTH_TEST_DATABASE'] = name;
  process.env['HEARTH_TEST_DATABASE_URL'] = url.toString();

  // Migrate with the app's own migrations, as `npm run migrate` would, in a child process: loading
  // the app's modules into jest's own process would leave GraphQL metadata behind that breaks a
  // test file run in band.
  const root = join(__dirname, '../../../..');
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/cli.ts', 'migrate'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
    },
    stdio: 'pipe',
  });
}
