import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** Per data source, the pool that runs the prepared statements (see preparedQuery). */
const pools = new Map<DataSource, Pool>();
const closed = new WeakSet<DataSource>();

function poolFor(ds: DataSource, url: string, size: number): Pool {
  let pool = pools.get(ds);
  if (!pool) {
    if (closed.has(ds)) throw new Error('The database connection is closed (shutting down).');
    pool = new Pool({
      connectionString: url,
      max: size,
      // Plan each statement once, for any parameters (see preparedQuery).
      options: '-c plan_cache_mode=force_generic_plan',
    });
    pools.set(ds, pool);
  }
  return pool;
}

/** The prepared-statement pool of a data source, once one was opened (for the metrics). */
export function preparedStatementPool(ds: DataSource): Pool | undefined {
  return pools.get(ds);
}

/**
 * Closes the prepared-statement pool of a data source (the core module does so at shutdown); see
 * `endPool`.
 */
export async function closePreparedStatementPool(ds: DataSource): Promise<void> {
  closed.add(ds);
  const pool = pools.get(ds);
  pools.delete(ds);
  if (pool) await endPool(pool, () => pool.end());
}

/**
 * Ends a pg pool through `end` (its own `end()`, or whatever ends it, such as TypeORM's `destroy`)
 * and waits until its connections have really closed: `Pool.end` resolves once they are asked to
 * end, while their sockets may still be open — a database dropped at that moment (a test's own)
 * ended them with an error nobody could handle. Errors of a pool being closed are ignored, and a
 * connection that never says it has closed holds shutdown up for 5 seconds at most.
 */
export async function endPool(pool: Pool, end: () => Promise<void>): Promise<void> {
  pool.on('error', () => undefined);
  let open = pool.totalCount;
  const allClosed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on('remove', () => {
      if (--open <= 0) resolve();
    });
  });
  await end();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    allClosed,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 5000);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}

/**
 * Runs a hot, fixed SQL statement as a named prepared statement on PostgreSQL: each pooled
 * connection parses it once, and later calls send only the parameters. Feeds use it; their
 * statements are long, and sending and planning them per request cost more than running them.
 *
 * These statements run on a pool of their own whose connections use generic plans
 * (`plan_cache_mode = force_generic_plan`): planned once per connection, not on every execution.
 * PostgreSQL's default re-plans them for each call's parameters (its cost estimate of the generic
 * plan never wins for the feed statements): at 1,000,000 posts that halved the feed pages the
 * database serves. Only statements with one good plan whatever their parameters belong here: index
 * ranges by id, group, author or tag, bounded by the page size. TypeORM's own queries keep
 * PostgreSQL's default.
 *
 * On the embedded database (PGlite, one in-process connection) it is an ordinary query. Either
 * way the statement goes through TypeORM's logger, so query counts stay truthful.
 */
export async function preparedQuery<R>(
  ds: DataSource,
  name: string,
  sql: string,
  params: readonly unknown[],
): Promise<R[]> {
  const options = ds.options as { url?: string; poolSize?: number };
  if (!options.url) return ds.query(sql, [...params]);
  ds.logger.logQuery(sql, [...params]);
  const result = await poolFor(ds, options.url, options.poolSize ?? 10).query<R & object>({
    name,
    text: sql,
    values: [...params],
  });
  return result.rows;
}

/**
 * Whether `from` (a FROM list with its WHERE) has a row, written for `preparedQuery` statements:
 * a scalar subquery with LIMIT 1 rather than EXISTS. Under generic plans PostgreSQL may turn an
 * EXISTS on a table it believes small into a hashed subplan that reads the whole table on every
 * execution (it planned so for post_acknowledgements and group_bans in the feed statement); a
 * scalar subquery stays one index lookup per row, however the table grows.
 */
export const hasRow = (from: string): string =>
  `coalesce((SELECT true FROM ${from} LIMIT 1), false)`;
