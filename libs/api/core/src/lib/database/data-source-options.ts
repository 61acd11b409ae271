import { mkdirSync } from 'node:fs';
import { DataSourceOptions, Logger as TypeOrmLogger, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

type Constructor = new (...args: never[]) => unknown;

/** Open embedded databases, closed by closeEmbeddedDatabases() once their data source is gone. */
const embedded = new Set<{ close: () => Promise<void> }>();

/** Closes every PGlite instance (flushing it to its data directory); call after the data source is destroyed. */
export async function closeEmbeddedDatabases(): Promise<void> {
  const open = [...embedded];
  embedded.clear();
  await Promise.all(open.map((db) => db.close()));
}

export interface DataSourceInputs {
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  entities: MixedList<Constructor | string | EntitySchema>;
  migrations: Constructor[];
  logger?: TypeOrmLogger;
  /** PostgreSQL pool size (PGlite always has one connection). */
  poolSize?: number;
}

/**
 * One place that decides how Hearth talks to its database: a real PostgreSQL when DATABASE_URL is
 * set, otherwise PGlite in a data directory through its node-postgres adapter (one connection).
 * `synchronize` is off everywhere: the schema comes from migrations.
 */
export async function createDataSourceOptions(
  inputs: DataSourceInputs,
): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities: inputs.entities,
    migrations: inputs.migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logger: inputs.logger,
    logging: inputs.logger ? ['query' as const, 'error' as const] : false,
  };
  if (inputs.databaseUrl) {
    return { ...common, url: inputs.databaseUrl, poolSize: inputs.poolSize ?? 10 };
  }
  mkdirSync(inputs.pgliteDataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pglite = await PGlite.create(inputs.pgliteDataDir, { extensions: { pg_trgm } });
  embedded.add(pglite);
  const extra = { ...createPgConfig(pglite), max: 1 };
  return { ...common, poolSize: 1, extra };
}
