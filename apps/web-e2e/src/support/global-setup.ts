import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { PORT } from '../../playwright.config';

export const ROOT = join(__dirname, '../../../..');
export const STATE_FILE = join(ROOT, 'dist/.web-e2e-state.json');
/** What the API printed (its start-up line says the address it serves at). */
export const API_LOG = join(ROOT, 'dist/.web-e2e-api.log');
export const ADMIN = { email: 'e2e.admin@example.test', password: 'e2e-admin-password' };

export default async function globalSetup(): Promise<void> {
  for (const f of ['dist/apps/api/main.js', 'dist/apps/web/index.html'])
    if (!existsSync(join(ROOT, f)))
      throw new Error(`${f} is missing: build the API and the web app first (npm run build).`);
  const server = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `hearth_web_e2e_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  // No PUBLIC_URL or WEB_ORIGINS: as with `npm start`, the defaults must serve the address
  // printed at start-up (http://127.0.0.1:PORT), which is the tests' baseURL.
  const { PUBLIC_URL: _publicUrl, WEB_ORIGINS: _webOrigins, ...inherited } = process.env;
  const env = {
    ...inherited,
    NODE_ENV: 'production',
    DATABASE_URL: url.toString(),
    PORT: String(PORT),
    HOST: '127.0.0.1',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PASSWORD_HASH_COST: '1024',
    WEB_DIST_DIR: join(ROOT, 'dist/apps/web'),
    SEED_DEMO: 'false',
    // Two API processes (as API_WORKERS=2 runs them on a bigger host): the journeys cross both.
    API_WORKERS: '2',
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    // Rate limits live in Redis: each run counts its own sign-ins, not earlier runs'.
    REDIS_PREFIX: `${name}:`,
  };
  execFileSync(process.execPath, ['dist/apps/api/cli.js', 'migrate'], {
    cwd: ROOT,
    env,
    stdio: 'pipe',
  });
  const log = openSync(API_LOG, 'w');
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  child.unref();
  writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, database: name, server }));
  // The first admin, made the way an installation makes one: the CLI prints the invitation link.
  const out = execFileSync(
    process.execPath,
    ['dist/apps/api/cli.js', 'create-admin', ADMIN.email, 'E2E Admin'],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    },
  );
  const token = /\/invite\/([\w-]+)/.exec(out)?.[1];
  if (!token) throw new Error(`create-admin printed no invitation link: ${out}`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health }' }),
      });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('The API did not start within a minute.');
    await new Promise((r) => setTimeout(r, 250));
  }
  const accepted = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($i: AcceptOrgInvitationInput!) { acceptOrgInvitation(input: $i) { user { orgRole } } }',
      variables: { i: { token, password: ADMIN.password } },
    }),
  });
  const body = (await accepted.json()) as {
    data?: { acceptOrgInvitation?: { user: { orgRole: string } } };
  };
  if (body.data?.acceptOrgInvitation?.user.orgRole !== 'ADMIN')
    throw new Error(`Could not set up the first admin: ${JSON.stringify(body)}`);
}
