import { createDatabase, migrate } from './scratch-db';

/**
 * Creates a fresh, migrated PostgreSQL database for this run; global-teardown drops it.
 * TEST_POSTGRES_URL names the server (default: the local one, user postgres, trust auth).
 */
export default async function globalSetup(): Promise<void> {
  const db = await createDatabase('hearth_test');
  process.env['HEARTH_TEST_DATABASE'] = db.name;
  process.env['HEARTH_TEST_DATABASE_URL'] = db.url;
  migrate(db.url);
}
