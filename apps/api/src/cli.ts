import 'reflect-metadata';
import { groupFeedSql, homeFeedSql, SHARED_CARDS_SQL } from '@hearth/api/conversation';
import type { DataSource } from 'typeorm';
import { openDataSource } from './database/data-source';
import { emitSchema } from './schema/emit-schema';
import { seedDemo } from './seed/demo-seed';
import { writeMigration } from './database/write-migration';
import { createAdmin } from './database/create-admin';

/**
 * Operational commands, run without the HTTP server:
 *   migrate            apply pending migrations
 *   migrate:revert     undo the last migration
 *   migrate:check      fail if the entities differ from what the migrations create (prints the SQL),
 *                      or if a table has no entity
 *   migrate:generate N write a migration named N with what the entities need (for developers)
 *   seed               seed the demo organisation (once; a no-op when people exist)
 *   schema [file]      write the GraphQL schema (no database needed)
 *   create-admin E [N] make E (name N) an admin and print the link that sets their password
 *   feed-sql home|group|cards [after]  print a feed page's statement, or the cards statement for
 *                                the page's posts not in memory (the bench runs them raw)
 */
async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  switch (command) {
    case 'schema':
      await emitSchema(arg ?? 'apps/api/schema.graphql');
      return;
    case 'migrate':
    case 'migrate:revert':
    case 'migrate:check':
    case 'migrate:generate':
    case 'seed': {
      const ds = await openDataSource();
      try {
        if (command === 'migrate') {
          const ran = await ds.runMigrations({ transaction: 'each' });
          console.log(
            ran.length
              ? `Applied ${ran.map((m) => m.name).join(', ')}.`
              : 'The database is up to date.',
          );
        } else if (command === 'migrate:revert') {
          await ds.undoLastMigration({ transaction: 'each' });
          console.log('Reverted the last migration.');
        } else if (command === 'migrate:check') {
          await ds.runMigrations({ transaction: 'each' });
          const sql = await ds.driver.createSchemaBuilder().log();
          // The schema builder compares only tables that have an entity: one without is unchecked.
          const orphans = await tablesWithoutEntity(ds);
          if (orphans.length > 0) {
            console.error(
              `Tables without an entity (the check cannot see them): ${orphans.join(', ')}`,
            );
            process.exitCode = 1;
          }
          if (sql.upQueries.length > 0) {
            console.error('The entities differ from the migrations. A new migration needs:');
            for (const q of sql.upQueries) console.error(`  ${q.query};`);
            process.exitCode = 1;
          } else if (orphans.length === 0) {
            console.log('Entities and migrations agree.');
          }
        } else if (command === 'migrate:generate') {
          await ds.runMigrations({ transaction: 'each' });
          const sql = await ds.driver.createSchemaBuilder().log();
          console.log(writeMigration(arg ?? 'Change', sql.upQueries, sql.downQueries));
        } else {
          const seeded = await seedDemo(ds);
          console.log(
            seeded ? 'Seeded the demo organisation.' : 'People exist already; nothing seeded.',
          );
        }
      } finally {
        await ds.destroy();
      }
      return;
    }
    case 'feed-sql': {
      const after = process.argv[4] === 'after';
      if (arg === 'home') console.log(homeFeedSql(after));
      else if (arg === 'group') console.log(groupFeedSql(after));
      else if (arg === 'cards') console.log(SHARED_CARDS_SQL);
      else throw new Error('Usage: cli feed-sql <home|group|cards> [after]');
      return;
    }
    case 'create-admin': {
      if (!arg) throw new Error('Usage: cli create-admin <email> [name]');
      const ds = await openDataSource();
      try {
        console.log(await createAdmin(ds, arg, process.argv[4]));
      } finally {
        await ds.destroy();
      }
      return;
    }
    default:
      console.error(
        'Usage: cli <migrate|migrate:revert|migrate:check|migrate:generate N|seed|schema [file]|create-admin email [name]|feed-sql home|group [after]>',
      );
      process.exitCode = 2;
  }
}

/** Tables the migrations created that no entity describes (the migrations table aside). */
async function tablesWithoutEntity(ds: DataSource): Promise<string[]> {
  const tables: Array<{ name: string }> = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
  );
  const known = new Set(ds.entityMetadatas.map((m) => m.tableName));
  const migrations = ds.options.migrationsTableName ?? 'migrations';
  return tables.map((t) => t.name).filter((name) => name !== migrations && !known.has(name));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
