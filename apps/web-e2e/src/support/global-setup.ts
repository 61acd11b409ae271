import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, scryptSync } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { PORT } from '../../playwright.config';

export const ROOT = join(__dirname, '../../../..');
export const STATE_FILE = join(ROOT, 'dist/.web-e2e-state.json');
export const ADMIN = { email: 'e2e.admin@example.test', password: 'e2e-admin-password' };

/** The API's stored password format (scrypt$N$salt$hash), so the first admin can sign in. */
function hash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 });
  return `scrypt$1024$${salt.toString('base64')}$${key.toString('base64')}`;
}

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
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url.toString(),
    PORT: String(PORT),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PASSWORD_HASH_COST: '1024',
    WEB_DIST_DIR: join(ROOT, 'dist/apps/web'),
    SEED_DEMO: 'false',
  };
  execFileSync(process.execPath, ['dist/apps/api/cli.js', 'migrate'], {
    cwd: ROOT,
    env,
    stdio: 'pipe',
  });
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  await db.query(
    `INSERT INTO users (email, display_name, org_role, password_hash) VALUES ($1, 'E2E Admin', 'ADMIN', $2)`,
    [ADMIN.email, hash(ADMIN.password)],
  );
  await db.end();

  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
    detached: true,
  });
  child.unref();
  writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, database: name, server }));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health }' }),
      });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('The API did not start within a minute.');
    await new Promise((r) => setTimeout(r, 250));
  }
}
