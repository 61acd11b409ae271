import 'reflect-metadata';
import { createDataSourceOptions, loadConfig } from '@hearth/api/core';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The data source for the current configuration (DATABASE_URL, or PGlite in PGLITE_DATA_DIR). */
export async function dataSourceOptions(
  overrides: Partial<{ databaseUrl: string; pgliteDataDir: string }> = {},
): Promise<DataSourceOptions> {
  const config = loadConfig();
  return createDataSourceOptions({
    databaseUrl: overrides.databaseUrl ?? config.databaseUrl,
    pgliteDataDir: overrides.pgliteDataDir ?? config.pgliteDataDir,
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
}

export async function openDataSource(
  overrides: Parameters<typeof dataSourceOptions>[0] = {},
): Promise<DataSource> {
  const ds = new DataSource(await dataSourceOptions(overrides));
  return ds.initialize();
}
