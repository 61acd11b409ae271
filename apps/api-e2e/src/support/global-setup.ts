import { register as registerPaths } from 'tsconfig-paths';
import { join } from 'node:path';
import { compilerOptions } from '../../../../tsconfig.base.json';
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

  // Migrate with the app's own migrations, as `npm run migrate` would. Jest's global set-up does
  // not apply moduleNameMapper, so the path aliases are registered here.
  registerPaths({ baseUrl: join(__dirname, '../../../..'), paths: compilerOptions.paths });
  const { openDataSource } = await import('../../../api/src/database/data-source');
  const ds = await openDataSource({ databaseUrl: url.toString() });
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
