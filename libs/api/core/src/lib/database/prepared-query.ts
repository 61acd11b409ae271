import type { DataSource } from 'typeorm';

interface PgPool {
  query<R>(config: {
    name: string;
    text: string;
    values: readonly unknown[];
  }): Promise<{ rows: R[] }>;
}

/**
 * Runs a hot, fixed SQL statement as a named prepared statement on PostgreSQL: each pooled
 * connection parses and plans it once, and later calls send only the parameters. Feeds use it;
 * their statements are long, and sending and re-planning them per request cost more than running
 * them. On the embedded database (PGlite, one in-process connection) it is an ordinary query.
 * Either way the statement goes through TypeORM's logger, so query counts stay truthful.
 */
export async function preparedQuery<R>(
  ds: DataSource,
  name: string,
  sql: string,
  params: readonly unknown[],
): Promise<R[]> {
  const options = ds.options as { url?: string };
  if (!options.url) return ds.query(sql, [...params]);
  ds.logger.logQuery(sql, [...params]);
  const pool = (ds.driver as unknown as { master: PgPool }).master;
  const result = await pool.query<R>({ name, text: sql, values: params });
  return result.rows;
}
