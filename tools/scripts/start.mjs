#!/usr/bin/env node
// `npm start`: builds what is missing or stale, then runs Hearth (API + web app) on the embedded
// database (or DATABASE_URL), seeding the demo organisation once, and prints where to go.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
// Vite's notice about its future config loader is for Vite's developers, not for people starting Hearth.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';

if (!existsSync('node_modules/.package-lock.json')) {
  console.error(
    'Dependencies are not installed. Run `npm ci` first (the README: `npm ci && npm start`).',
  );
  process.exit(1);
}

/** Newest modification time under the given paths (files and folders, recursively). */
function newest(paths) {
  let latest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p))
        if (name !== 'node_modules' && name !== 'dist') walk(join(p, name));
    } else latest = Math.max(latest, st.mtimeMs);
  };
  paths.forEach(walk);
  return latest;
}

function run(label, command, args, env = {}) {
  console.log(`▸ ${label}`);
  const res = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) {
    console.error(`✗ ${label} failed.`);
    process.exit(res.status ?? 1);
  }
}

const shared = ['libs/shared', 'tsconfig.base.json', 'package-lock.json'];
const apiOut = 'dist/apps/api/main.js';
if (
  !existsSync(apiOut) ||
  newest(['apps/api/src', 'libs/api', ...shared]) > statSync(apiOut).mtimeMs
) {
  run('Building the API', process.execPath, [
    'node_modules/webpack-cli/bin/cli.js',
    'build',
    '--config',
    'apps/api/webpack.config.js',
  ]);
}
const webOut = 'dist/apps/web/index.html';
if (existsSync('apps/web/vite.config.ts')) {
  if (
    !existsSync(webOut) ||
    newest(['apps/web', 'libs/web', ...shared]) > statSync(webOut).mtimeMs
  ) {
    run('Building the web app', process.execPath, [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      'warn',
    ]);
  }
}

const env = { SEED_DEMO: 'true', ...process.env };
if (env.DATABASE_URL) {
  run('Migrating the database', process.execPath, ['dist/apps/api/cli.js', 'migrate'], env);
}
const host = env.HOST || '127.0.0.1';
const port = env.PORT || '3000';
// Where this machine reaches the API (to wait for it), and the address to open: PUBLIC_URL, else
// the same default the API takes for it (printedUrl in libs/api/core's app-config), which the API
// always accepts as an origin for live updates.
const wildcard = ['0.0.0.0', '::', '[::]'].includes(host);
const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
const local = `http://${wildcard ? '127.0.0.1' : bracketed}:${port}`;
const url = (env.PUBLIC_URL || `http://${wildcard ? 'localhost' : bracketed}:${port}`).replace(
  /\/$/,
  '',
);

const server = spawn(
  process.execPath,
  // --max-semi-space-size: the production setting (see the Dockerfile and docs/PERFORMANCE.md).
  ['--enable-source-maps', '--max-semi-space-size=64', 'dist/apps/api/main.js'],
  {
    stdio: 'inherit',
    env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

// Wait until it answers, then say where to go.
const started = Date.now();
async function waitUntilUp() {
  for (;;) {
    try {
      const res = await fetch(`${local}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health }' }),
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) {
      console.error('Hearth did not start within 3 minutes.');
      server.kill('SIGTERM');
      return;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const seeded = env.SEED_DEMO === 'true';
  console.log(`
  Hearth is ready: ${url}
  ${env.DATABASE_URL ? 'Database: DATABASE_URL' : `Database: embedded PGlite in ${env.PGLITE_DATA_DIR || '.data/pglite'}`}
${
  seeded
    ? `
  Demo sign-ins (password hearth-demo-2026):
    admin@hearth.local   organisation admin
    hr@hearth.local      HR
    maya.chen@hearth.local, tom.becker@hearth.local, …  members
`
    : ''
}
  Stop with Ctrl+C; your data is kept for the next start.
`);
}
void waitUntilUp();
