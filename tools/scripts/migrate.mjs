#!/usr/bin/env node
// `npm run migrate`: builds the API if needed and applies pending migrations to DATABASE_URL
// (or the embedded database in PGLITE_DATA_DIR).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '../..'));
if (!existsSync('dist/apps/api/cli.js')) {
  const build = spawnSync(
    process.execPath,
    ['node_modules/webpack-cli/bin/cli.js', 'build', '--config', 'apps/api/webpack.config.js'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const res = spawnSync(
  process.execPath,
  ['dist/apps/api/cli.js', 'migrate', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(res.status ?? 1);
