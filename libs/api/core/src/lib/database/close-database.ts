import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { closeEmbeddedDatabases } from './data-source-options';
import { closePreparedStatementPool, endPool } from './prepared-query';

/**
 * Closes the database when the app closes, in order: the prepared-statement pool, TypeORM's own
 * pool (waiting, as for the first, until its connections have really closed), then the embedded
 * database, which is flushed and closed cleanly (PGlite removes its `postmaster.pid`). TypeORM's
 * module would destroy the data source too, but in no set order with this, and the embedded
 * database must outlive it.
 */
export async function closeDatabase(ds: DataSource): Promise<void> {
  await closePreparedStatementPool(ds);
  if (ds.isInitialized) {
    const pool = (ds.driver as unknown as { master?: Pool }).master;
    await (pool ? endPool(pool, () => ds.destroy()) : ds.destroy());
  }
  await closeEmbeddedDatabases();
}
