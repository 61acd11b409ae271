import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Query {
  query: string;
  parameters?: unknown[];
}

/** Writes a TypeORM migration class from the schema builder's SQL; returns what it did. */
export function writeMigration(name: string, up: Query[], down: Query[]): string {
  if (up.length === 0) return 'No changes: no migration written.';
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const line = (q: Query) => `    await queryRunner.query(${JSON.stringify(q.query)});`;
  const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(line).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...down].reverse().map(line).join('\n')}
  }
}
`;
  const file = join(
    'apps/api/src/database/migrations',
    `${timestamp}-${name.replace(/[^A-Za-z0-9]/g, '-').toLowerCase()}.ts`,
  );
  writeFileSync(file, source);
  return `Wrote ${file}: add ${className} to apps/api/src/database/migrations/index.ts.`;
}
