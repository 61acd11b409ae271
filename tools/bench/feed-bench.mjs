#!/usr/bin/env node
/**
 * `npm run bench`: seeds a large organisation into PostgreSQL, starts the built API in production
 * mode, measures feeds, post creation and a trivial query with autocannon, checks that no feed
 * query scanned a table, and writes docs/PERFORMANCE.md.
 *
 * Environment: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_SCALES (default "10000,1000000" posts), BENCH_DURATION seconds per run (default 8),
 * BENCH_RUNS per scenario (default 3; the median is reported), BENCH_KEEP=1 keeps the databases,
 * BENCH_API_WORKERS (default 1, as docker-compose), BENCH_REDIS_URL (default the local Redis).
 * At the smallest scale an overload run also sends home-feed pages from OVERLOAD_CONNECTIONS
 * connections, with load shedding off and then on (LOAD_SHED_LAG_MS=OVERLOAD_LAG_MS).
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, scryptSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALES = (process.env.BENCH_SCALES ?? '10000,1000000').split(',').map(Number);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PEOPLE = 10_000;
const GROUPS = 2_000;
/** The 20 busiest groups share a fifth of all posts; the viewer belongs to 10 of them. */
const BUSY = 20;
/** The newest posts have been seen by a fifth of the company each. */
const SEEN_NEWEST = 1_000;
const SEEN_BY = 2_000;
const PASSWORD = 'bench-password-2026';
const PORT = Number(process.env.BENCH_PORT ?? 3310);
/** How the Dockerfile runs the API in production. */
const API_NODE_FLAGS = ['--max-semi-space-size=64'];
const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** Everything the web app's post card shows. */
const CARD = `id kind status body hashtags createdAt editedAt pinned needsAcknowledgement
  author { id displayName avatarUrl initials title }
  group { id name slug visibility }
  commentCount seenCount seenByMe acknowledgedByMe
  reactions { total mine recentNames counts { kind count } }
  latestComments { id body createdAt editedAt author { id displayName avatarUrl initials } reactions { total mine } replyCount viewerPermissions { canEdit canDelete canReply canReact } }
  acceptedAnswer { id body author { id displayName } }
  poll { multipleChoice anonymous closed closesAt resultsVisible voted voterCount options { id label voteCount mine } }
  viewerPermissions { canEdit canDelete canPin canComment canReact canAcknowledge canAcceptAnswer canSeeSeenBy canModerate }`;
const AUTHENTICATED = 'signed in, one field `{ me { id } }`';
const HOME = `query Home($after: String) { homeFeed(first: 20, after: $after) { edges { cursor node { ${CARD} } } pageInfo { hasNextPage endCursor } } }`;
const GROUP = `query Group($g: ID!, $after: String) { groupFeed(groupId: $g, first: 20, after: $after) { edges { cursor node { ${CARD} } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation Create($input: CreatePostInput!) { createPost(input: $input) { ${CARD} } }`;

function urlFor(db) {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin(sql, params = []) {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

function passwordHash() {
  const salt = randomBytes(16);
  const key = scryptSync(PASSWORD, salt, 32, { N: 1024, r: 8, p: 1 });
  return `scrypt$1024$${salt.toString('base64')}$${key.toString('base64')}`;
}

async function seed(db, posts) {
  const started = Date.now();
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  const q = async (label, sql, params) => {
    const t0 = Date.now();
    const r = await c.query(sql, params);
    log(`  ${label}: ${r.rowCount ?? ''} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  };
  await c.query(
    // Triggers off while seeding (replica role; the bench connects as a superuser): card versions
    // only matter to cards already in an API's memory, and there are none yet.
    `SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET synchronous_commit = off;
     SET session_replication_role = replica`,
  );
  await q(
    'people',
    `INSERT INTO users (email, display_name, password_hash, title, department)
     SELECT 'bench-' || g || '@bench.test', 'Person ' || g, $1, 'Engineer', 'Department ' || (g % 20)
       FROM generate_series(1, ${PEOPLE}) g`,
    [passwordHash()],
  );
  await c.query(
    `CREATE TEMP TABLE un AS SELECT id, split_part(split_part(email, '@', 1), '-', 2)::int AS rn FROM users WHERE email LIKE 'bench-%'`,
  );
  await c.query(`CREATE UNIQUE INDEX ON un (rn); ANALYZE un`);
  await q(
    'groups',
    `INSERT INTO groups (slug, name, description, category, visibility, created_by_id)
     SELECT 'bench-group-' || g, 'Bench group ' || g, 'A group of the benchmark', 'INTEREST',
            CASE WHEN g % 10 = 0 THEN 'CLOSED' ELSE 'OPEN' END, (SELECT id FROM un WHERE rn = 1)
       FROM generate_series(1, ${GROUPS}) g`,
  );
  await c.query(
    `CREATE TEMP TABLE gn AS SELECT id, split_part(slug, '-', 3)::int AS rn FROM groups WHERE slug LIKE 'bench-group-%'`,
  );
  await c.query(`CREATE UNIQUE INDEX ON gn (rn); ANALYZE gn`);
  // Everyone is in 10 groups; the viewer (person 1) is in busy groups 1..10 and owns group 1.
  await q(
    'memberships',
    `INSERT INTO group_memberships (group_id, user_id, role)
     SELECT gn.id, un.id, 'MEMBER' FROM un CROSS JOIN generate_series(0, 9) k
       JOIN gn ON gn.rn = CASE WHEN un.rn = 1 THEN k + 1 ELSE ((un.rn * 13 + k * 197) % ${GROUPS}) + 1 END
     ON CONFLICT DO NOTHING`,
  );
  await c.query(
    `UPDATE group_memberships SET role = 'OWNER' WHERE group_id = (SELECT id FROM gn WHERE rn = 1) AND user_id = (SELECT id FROM un WHERE rn = 1)`,
  );
  const span = 2 * 365 * 24 * 3600; // two years of posts
  await q(
    'posts',
    `INSERT INTO posts (group_id, author_id, kind, status, body, hashtags, published_at, created_at)
     SELECT gn.id, un.id, CASE WHEN g % 100 = 0 THEN 'POLL' WHEN g % 37 = 0 THEN 'QUESTION' ELSE 'DISCUSSION' END,
            'PUBLISHED', 'Post number ' || g || ' with **some** Markdown, a [link](https://example.com) and thoughts.'
              || CASE WHEN g % 50 = 0 THEN ' #bench' ELSE '' END,
            CASE WHEN g % 50 = 0 THEN '{bench}'::text[] ELSE '{}'::text[] END, ts, ts
       FROM generate_series(1, ${posts}) g
       CROSS JOIN LATERAL (SELECT now() - make_interval(secs => (${posts} - g)::float8 * ${span} / ${posts})) AS t(ts)
       JOIN gn ON gn.rn = CASE WHEN g % 5 = 0 THEN (g / 5) % ${BUSY} + 1 ELSE (g % ${GROUPS}) + 1 END
       JOIN un ON un.rn = ((g * 7) % ${PEOPLE}) + 1`,
  );
  await c.query(
    `CREATE TEMP TABLE pn AS SELECT id, kind, published_at, row_number() OVER (ORDER BY published_at, id) AS rn FROM posts`,
  );
  await c.query(`CREATE UNIQUE INDEX ON pn (rn); ANALYZE pn`);
  await q(
    'poll options',
    `INSERT INTO poll_options (post_id, position, label) SELECT pn.id, k, 'Option ' || (k + 1) FROM pn CROSS JOIN generate_series(0, 2) k WHERE pn.kind = 'POLL'`,
  );
  await q(
    'hashtags',
    `INSERT INTO post_hashtags (tag, post_id, published_at) SELECT 'bench', id, published_at FROM posts WHERE hashtags = '{bench}'`,
  );
  const comments = Math.round(posts * 1.5);
  await q(
    'comments',
    `INSERT INTO comments (post_id, author_id, body, created_at)
     SELECT pn.id, un.id, 'Comment ' || g || ': agreed, and here is why.', pn.published_at + make_interval(mins => (g % 600))
       FROM generate_series(1, ${comments}) g
       JOIN pn ON pn.rn = (g % ${posts}) + 1
       JOIN un ON un.rn = ((g * 31) % ${PEOPLE}) + 1`,
  );
  const reactions = posts * 3 - comments;
  await q(
    'reactions',
    `INSERT INTO post_reactions (post_id, user_id, kind, created_at)
     SELECT pn.id, un.id, (ARRAY['LIKE','LOVE','CELEBRATE','INSIGHTFUL','SUPPORT','FUNNY'])[(g % 6) + 1], pn.published_at
       FROM generate_series(1, ${reactions}) g
       JOIN pn ON pn.rn = (g % ${posts}) + 1
       JOIN un ON un.rn = ((pn.rn * 7 + (g / ${posts}) * 5003) % ${PEOPLE}) + 1
     ON CONFLICT DO NOTHING`,
  );
  await q(
    'comment reactions',
    `INSERT INTO comment_reactions (comment_id, user_id, kind)
     SELECT c.id, un.id, 'LIKE' FROM (SELECT id, row_number() OVER () AS rn FROM comments) c
       JOIN un ON un.rn = ((c.rn * 17) % ${PEOPLE}) + 1 WHERE c.rn % 3 = 0`,
  );
  await q(
    'poll votes',
    `WITH v AS (SELECT DISTINCT pn.id AS post_id, un.id AS user_id FROM pn CROSS JOIN generate_series(1, 5) k
                  JOIN un ON un.rn = ((pn.rn * 13 + k * 101) % ${PEOPLE}) + 1 WHERE pn.kind = 'POLL'),
          b AS (INSERT INTO poll_ballots (post_id, user_id) SELECT post_id, user_id FROM v RETURNING post_id, user_id)
     INSERT INTO poll_votes (option_id, user_id, post_id)
     SELECT o.id, b.user_id, b.post_id FROM b JOIN poll_options o ON o.post_id = b.post_id AND o.position = 0`,
  );
  await q(
    'announcements',
    `UPDATE posts SET kind = 'ANNOUNCEMENT', needs_acknowledgement = true WHERE id IN (SELECT id FROM pn WHERE rn % 500 = 250)`,
  );
  await q(
    'acknowledgements',
    `INSERT INTO post_acknowledgements (post_id, user_id) SELECT pn.id, un.id FROM pn JOIN un ON un.rn = ((pn.rn * 3) % ${PEOPLE}) + 1 WHERE pn.rn % 500 = 250`,
  );
  await q(
    'views',
    `INSERT INTO post_views (post_id, user_id) SELECT pn.id, un.id FROM pn JOIN un ON un.rn = ((pn.rn * 11) % ${PEOPLE}) + 1`,
  );
  // What a company reads: its newest posts have been seen by a good part of it.
  await q(
    'views of the newest posts',
    `INSERT INTO post_views (post_id, user_id)
     SELECT pn.id, un.id FROM pn JOIN un ON un.rn <= ${SEEN_BY}
      WHERE pn.rn > ${posts} - ${SEEN_NEWEST}
     ON CONFLICT DO NOTHING`,
  );
  // The counters the view triggers keep (they are off while seeding).
  await q(
    'seen counts',
    `INSERT INTO post_seen_counts (post_id, seen) SELECT post_id, count(*) FROM post_views GROUP BY post_id`,
  );
  // Likewise the reaction counters by kind.
  await q(
    'reaction counts',
    `INSERT INTO post_reaction_counts (post_id, kind, count)
     SELECT post_id, kind, count(*) FROM post_reactions GROUP BY post_id, kind`,
  );
  await q(
    'comment reaction counts',
    `INSERT INTO comment_reaction_counts (comment_id, kind, count)
     SELECT comment_id, kind, count(*) FROM comment_reactions GROUP BY comment_id, kind`,
  );
  await q('vacuum analyze', `VACUUM ANALYZE`);
  await c.end();
  return (Date.now() - started) / 1000;
}

async function startApi(db, main = 'dist/apps/api/main.js', extraEnv = {}) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: urlFor(db),
    PORT: String(PORT),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PASSWORD_HASH_COST: '1024',
    WEB_DIST_DIR: '',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // As docker-compose runs it: one process, with Redis.
    API_WORKERS: process.env.BENCH_API_WORKERS ?? '1',
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `${db}-${randomBytes(4).toString('hex')}:`,
    ...extraEnv,
  };
  const child = spawn(process.execPath, [...API_NODE_FLAGS, main], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // With one API process, the child is the API: its CPU time is read from /proc (see cpuNow).
  apiPid = env.API_WORKERS === '1' ? child.pid : null;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await gql('{ __typename }');
      if (r.data) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the API did not start');
}

async function gql(query, variables = {}, token) {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/**
 * The API's own ceiling: a copy of the build whose `preparedQuery` keeps every result in memory
 * after its first call. A feed request's statements (the session check, the page with its cards
 * and, for a group feed, the viewer's access to the group; the groups) all go through it, so the
 * copy serves feeds without touching PostgreSQL: what no cache in front of the database could
 * beat. A measurement, never a mode of the API.
 */
function ceilingBuild() {
  const source = readFileSync(join(ROOT, 'dist/apps/api/main.js'), 'utf8');
  const declaration = 'async function preparedQuery(ds, name, sql, params) {';
  if (source.split(declaration).length !== 2)
    throw new Error('ceiling: preparedQuery not found once in dist/apps/api/main.js');
  const memoised = `const benchMemo = new Map();
${declaration}
  const key = name + JSON.stringify(params);
  if (!benchMemo.has(key)) benchMemo.set(key, await preparedQueryFromDatabase(ds, name, sql, params));
  return benchMemo.get(key);
}
async function preparedQueryFromDatabase(ds, name, sql, params) {`;
  // Beside the real build, so that it resolves the same node_modules.
  const file = join(ROOT, 'dist/apps/api/main.ceiling.js');
  writeFileSync(file, source.replace(declaration, memoised));
  return file;
}

/** Transactions PostgreSQL committed in `db` so far (each statement outside a transaction is one). */
async function commits(db) {
  await new Promise((r) => setTimeout(r, 1500));
  const r = await admin(
    `SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = $1`,
    [db],
  );
  return Number(r.rows[0].n);
}

async function signInViewer() {
  const signIn = await gql(
    `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken } }`,
    { e: 'bench-1@bench.test', p: PASSWORD },
  );
  return signIn.data.signIn.accessToken;
}

async function stopApi(api) {
  if (api.exitCode !== null || api.signalCode !== null) return;
  const exited = new Promise((r) => api.once('exit', r));
  api.kill();
  await exited;
}

/**
 * The trivial query and the first feed pages at 50 connections on another build or setting:
 * `ceiling` (every database result in memory) or `uncached` (CARD_CACHE_SIZE=0, so every page
 * builds all its cards in PostgreSQL, as when each card changed since it was last read).
 */
async function measureVariant(db, groupId, variant) {
  log(`  ${variant}`);
  const file = variant === 'ceiling' ? ceilingBuild() : null;
  const api = await startApi(
    db,
    file ?? undefined,
    variant === 'uncached' ? { CARD_CACHE_SIZE: '0' } : {},
  );
  try {
    const token = await signInViewer();
    const body = (query, variables) => JSON.stringify({ query, variables });
    const pages = [
      ['home feed, first page', body(HOME, {})],
      ['group feed, first page', body(GROUP, { g: groupId })],
    ];
    // Fill the memo and warm up.
    for (const [, b] of pages)
      await autocannon({
        url: `http://127.0.0.1:${PORT}/graphql`,
        method: 'POST',
        connections: 10,
        duration: 2,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: b,
      });
    const before = await commits(db);
    const results = [
      await measure('trivial `{ __typename }`', { body: body('{ __typename }'), connections: 50 }),
    ];
    for (const [name, b] of pages)
      results.push(await measure(name, { body: b, token, connections: 50, expectEdges: true }));
    const transactions = (await commits(db)) - before;
    log(`  ${variant}: ${transactions} database transactions during its feed runs`);
    return { results, transactions };
  } finally {
    await stopApi(api);
    if (file) rmSync(file, { force: true });
  }
}

async function cursorAt(query, variables, token, pages) {
  let after = null;
  for (let i = 0; i < pages; i++) {
    const r = await gql(query, { ...variables, after }, token);
    const conn = Object.values(r.data)[0];
    after = conn.pageInfo.endCursor;
  }
  return after;
}

/** Far more connections than two cores serve in time, and the lag that starts shedding then. */
const OVERLOAD_CONNECTIONS = 400;
const OVERLOAD_LAG_MS = 100;

/**
 * The first home-feed page from OVERLOAD_CONNECTIONS connections for DURATION seconds, with load
 * shedding off (every request waits its turn) and on: answered pages, 503s with Retry-After, and
 * the latency of the answers.
 */
async function measureOverload(db) {
  const rows = [];
  for (const [setting, lag] of [
    ['off', '0'],
    [`on (LOAD_SHED_LAG_MS=${OVERLOAD_LAG_MS})`, String(OVERLOAD_LAG_MS)],
  ]) {
    const api = await startApi(db, undefined, { LOAD_SHED_LAG_MS: lag });
    try {
      const token = await signInViewer();
      const body = JSON.stringify({ query: HOME, variables: {} });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const url = `http://127.0.0.1:${PORT}/graphql`;
      await autocannon({ url, method: 'POST', connections: 10, duration: 2, headers, body });
      const counts = { pages: 0, shed: 0, shedWithRetryAfter: 0, other: 0 };
      const r = await autocannon({
        url,
        method: 'POST',
        connections: OVERLOAD_CONNECTIONS,
        duration: DURATION,
        timeout: 60,
        headers,
        requests: [
          {
            body,
            onResponse: (status, resBody, _context, resHeaders) => {
              if (status === 200 && resBody.includes('"edges":[{')) counts.pages++;
              else if (status === 503) {
                counts.shed++;
                if (resHeaders['Retry-After'] ?? resHeaders['retry-after'])
                  counts.shedWithRetryAfter++;
              } else counts.other++;
            },
          },
        ],
      });
      const row = {
        setting,
        ...counts,
        pagesPerSecond: counts.pages / DURATION,
        errors: r.errors + r.timeouts,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
      };
      log(
        `  overload, shedding ${setting}: ${row.pagesPerSecond.toFixed(0)} pages/s, ${counts.shed} shed (${counts.shedWithRetryAfter} with Retry-After), ${counts.other} other, ${row.errors} errors, p50 ${row.p50} ms, p99 ${row.p99} ms, max ${row.max} ms`,
      );
      rows.push(row);
    } finally {
      await stopApi(api);
    }
  }
  return { connections: OVERLOAD_CONNECTIONS, duration: DURATION, rows };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of the runs' rates and latencies; errors and requests summed. */
function summarise(name, connections, runs) {
  return {
    name,
    connections,
    rps: median(runs.map((x) => x.rps)),
    p50: median(runs.map((x) => x.p50)),
    p99: median(runs.map((x) => x.p99)),
    errors: runs.reduce((a, x) => a + x.errors, 0),
    requests: runs.reduce((a, x) => a + x.total, 0),
    allRps: runs.map((x) => Math.round(x.rps)),
  };
}

/** The API process being measured (one process only), for CPU accounting. */
let apiPid = null;
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User and system CPU seconds of a process (Linux /proc), or null. */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { user: Number(fields[11]) / CLOCK_TICKS, system: Number(fields[12]) / CLOCK_TICKS };
  } catch {
    return null;
  }
}

/**
 * CPU used so far by the API process, by every PostgreSQL process of this machine's server (the
 * benchmark's own database is the only busy one during a run) and by this process (autocannon).
 */
function cpuNow() {
  const api = apiPid ? cpuOf(apiPid) : null;
  let postgres = 0;
  try {
    for (const pid of execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' })
      .trim()
      .split('\n')) {
      const c = cpuOf(pid);
      if (c) postgres += c.user + c.system;
    }
  } catch {
    postgres = NaN;
  }
  const self = process.cpuUsage();
  return { api, postgres, bench: (self.user + self.system) / 1e6 };
}

/** CPU milliseconds per request between two `cpuNow` readings. */
function cpuPerRequest(before, after, requests) {
  if (!before.api || !after.api || requests === 0) return null;
  const ms = (seconds) => (1000 * seconds) / requests;
  return {
    apiUser: ms(after.api.user - before.api.user),
    apiSystem: ms(after.api.system - before.api.system),
    postgres: ms(after.postgres - before.postgres),
    bench: ms(after.bench - before.bench),
  };
}

async function measure(name, { body, token, connections, expectEdges }) {
  const runs = [];
  const cpuBefore = cpuNow();
  for (let i = 0; i < RUNS; i++) {
    let bad = 0;
    const r = await autocannon({
      url: `http://127.0.0.1:${PORT}/graphql`,
      method: 'POST',
      connections,
      duration: DURATION,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      requests: [
        {
          ...(typeof body === 'function'
            ? { setupRequest: (req) => ({ ...req, body: body() }) }
            : { body }),
          onResponse: (status, resBody) => {
            if (status !== 200 || resBody.includes('"errors"')) bad++;
            else if (expectEdges && !resBody.includes('"edges":[{')) bad++;
          },
        },
      ],
    });
    runs.push({
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx + bad,
      total: r.requests.total,
    });
  }
  const result = summarise(name, connections, runs);
  result.cpu = cpuPerRequest(cpuBefore, cpuNow(), result.requests);
  log(
    `  ${name} @${connections}: ${Math.round(result.rps)} req/s (runs ${result.allRps.join(', ')}), p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`,
  );
  return result;
}

/**
 * The same page as raw SQL: the API's exact statements (printed by `cli feed-sql`), prepared with
 * generic plans as the API does, run by `clients` connections straight at PostgreSQL: the page
 * statement alone (what a page costs the database when its cards are in the API's memory) or
 * followed by the cards statement for all its posts (nothing in memory). What PostgreSQL alone can
 * serve on this machine.
 */
async function measureSql(db, name, kind, params, clients, viewerId, withCards) {
  const printed = (what) =>
    execFileSync(process.execPath, ['dist/apps/api/cli.js', 'feed-sql', what], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const sql = printed(kind);
  const cardsSql = printed('cards');
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    // As the API runs it (libs/api/core preparedQuery): prepared, with generic plans.
    const pool = new pg.Pool({
      connectionString: urlFor(db),
      max: clients,
      options: '-c plan_cache_mode=force_generic_plan',
    });
    const latencies = [];
    let errors = 0;
    const end = Date.now() + DURATION * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < end) {
          const t0 = performance.now();
          try {
            const r = await pool.query({ name: `bench.${kind}`, text: sql, values: params });
            if (r.rows.length === 0) errors++;
            else if (withCards) {
              const ids = r.rows.map((row) => row.id);
              const cards = await pool.query({
                name: 'bench.cards',
                text: cardsSql,
                values: [ids, viewerId],
              });
              if (cards.rows.length !== ids.length) errors++;
            }
          } catch {
            errors++;
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    await pool.end();
    latencies.sort((a, b) => a - b);
    runs.push({
      rps: latencies.length / seconds,
      p50: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
      p99: Math.round(latencies[Math.floor(latencies.length * 0.99)]),
      errors,
      total: latencies.length,
    });
  }
  const result = { ...summarise(name, clients, runs), raw: true };
  log(
    `  ${name} @${clients}: ${Math.round(result.rps)} pages/s (runs ${result.allRps.join(', ')}), p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`,
  );
  return result;
}

const BIG_TABLES = [
  'posts',
  'comments',
  'post_reactions',
  'comment_reactions',
  'post_views',
  'post_seen_counts',
  'post_reaction_counts',
  'comment_reaction_counts',
  'post_hashtags',
  'poll_votes',
  'poll_options',
  'post_acknowledgements',
  'group_memberships',
  'users',
  'groups',
];

async function inDatabase(db, sql, params = []) {
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}

async function seqScans(db) {
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  await c.query('SELECT pg_stat_force_next_flush()').catch(() => undefined);
  const r = await c.query(
    `SELECT relname, seq_scan FROM pg_stat_user_tables WHERE relname = ANY($1)`,
    [BIG_TABLES],
  );
  await c.end();
  return Object.fromEntries(r.rows.map((x) => [x.relname, Number(x.seq_scan)]));
}

async function plans(db, viewerId, groupId) {
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  const LIVE = `p.status = 'PUBLISHED' AND p.deleted_at IS NULL`;
  const queries = {
    'home feed (first page)': [
      `SELECT p.* FROM group_memberships gm CROSS JOIN LATERAL (SELECT p.id, p.published_at FROM posts p WHERE p.group_id = gm.group_id AND ${LIVE} ORDER BY p.published_at DESC, p.id DESC LIMIT 21) p WHERE gm.user_id = $1 ORDER BY p.published_at DESC, p.id DESC LIMIT 21`,
      [viewerId],
    ],
    'group feed (first page)': [
      `SELECT p.id FROM posts p WHERE p.group_id = $1 AND ${LIVE} ORDER BY p.published_at DESC, p.id DESC LIMIT 21`,
      [groupId],
    ],
  };
  const out = {};
  for (const [name, [sql, params]] of Object.entries(queries)) {
    const r = await c.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql}`, params);
    out[name] = r.rows.map((x) => x['QUERY PLAN']).join('\n');
  }
  await c.end();
  return out;
}

async function runScale(posts) {
  const db = `hearth_bench_${posts}`;
  log(`scale ${posts} posts: database ${db}`);
  await admin(`DROP DATABASE IF EXISTS ${db}`);
  await admin(`CREATE DATABASE ${db}`);
  execFileSync(process.execPath, ['dist/apps/api/cli.js', 'migrate'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: urlFor(db) },
    stdio: 'pipe',
  });
  const seedSeconds = await seed(db, posts);
  log(`  seeded in ${seedSeconds.toFixed(0)} s`);
  const api = await startApi(db);
  try {
    const token = await signInViewer();
    const me = await gql('{ me { id } }', {}, token);
    const groupRow = await gql(
      `{ groups(search: "Bench group 1", first: 1) { edges { node { id name } } } }`,
      {},
      token,
    );
    const groupId = groupRow.data.groups.edges[0].node.id;
    const check = await gql(HOME, {}, token);
    if (check.errors || check.data.homeFeed.edges.length !== 20)
      throw new Error(`home feed check failed: ${JSON.stringify(check).slice(0, 500)}`);
    const homeDeep = await cursorAt(HOME, {}, token, 20);
    const groupDeep = await cursorAt(GROUP, { g: groupId }, token, 4);
    const body = (query, variables) => JSON.stringify({ query, variables });
    // Warm up (JIT, connection pool, caches).
    await autocannon({
      url: `http://127.0.0.1:${PORT}/graphql`,
      method: 'POST',
      connections: 10,
      duration: 3,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body(HOME, {}),
    });
    const before = await seqScans(db);
    const results = [];
    results.push(
      await measure('trivial `{ __typename }`', { body: body('{ __typename }'), connections: 10 }),
    );
    results.push(
      await measure('trivial `{ __typename }`', { body: body('{ __typename }'), connections: 50 }),
    );
    // The least any signed-in request costs: the token, the session row and one row of data.
    // `{ __typename }` runs no guard and no SQL; a feed page does all of this and more.
    results.push(
      await measure(AUTHENTICATED, { body: body('{ me { id } }'), token, connections: 50 }),
    );
    results.push(
      await measure('home feed, first page', {
        body: body(HOME, {}),
        token,
        connections: 10,
        expectEdges: true,
      }),
    );
    results.push(
      await measure('home feed, first page', {
        body: body(HOME, {}),
        token,
        connections: 50,
        expectEdges: true,
      }),
    );
    results.push(
      await measure('home feed, page 21 (posts 401–420)', {
        body: body(HOME, { after: homeDeep }),
        token,
        connections: 50,
        expectEdges: true,
      }),
    );
    results.push(
      await measure('group feed, first page', {
        body: body(GROUP, { g: groupId }),
        token,
        connections: 10,
        expectEdges: true,
      }),
    );
    results.push(
      await measure('group feed, first page', {
        body: body(GROUP, { g: groupId }),
        token,
        connections: 50,
        expectEdges: true,
      }),
    );
    results.push(
      await measure('group feed, page 5 (posts 81–100)', {
        body: body(GROUP, { g: groupId, after: groupDeep }),
        token,
        connections: 50,
        expectEdges: true,
      }),
    );
    const viewerId = me.data.me.id;
    const rawPages = [
      ['home feed, first page', 'home', [viewerId, null, null, 21]],
      ['group feed, first page', 'group', [groupId, null, null, 21, viewerId]],
    ];
    for (const [label, kind, params] of rawPages) {
      results.push(
        await measureSql(
          db,
          `${label} — raw SQL, cards in memory`,
          kind,
          params,
          10,
          viewerId,
          false,
        ),
      );
      results.push(
        await measureSql(
          db,
          `${label} — raw SQL, no cards in memory`,
          kind,
          params,
          10,
          viewerId,
          true,
        ),
      );
    }
    await new Promise((r) => setTimeout(r, 1500));
    const after = await seqScans(db);
    let n = 0;
    results.push(
      await measure('create a post', {
        body: () => body(CREATE, { input: { groupId, body: `Benchmark post ${n++} #bench` } }),
        token,
        connections: 10,
      }),
    );
    await new Promise((r) => setTimeout(r, 1500)); // the API's statistics reach PostgreSQL's
    const created = await seqScans(db);
    const scans = Object.fromEntries(
      BIG_TABLES.map((t) => [t, (after[t] ?? 0) - (before[t] ?? 0)]),
    );
    const createScans = Object.fromEntries(
      BIG_TABLES.map((t) => [t, (created[t] ?? 0) - (after[t] ?? 0)]),
    );
    log(`  sequential scans during the read runs: ${JSON.stringify(scans)}`);
    log(`  sequential scans while creating posts: ${JSON.stringify(createScans)}`);
    // The posts just created would otherwise head the group feed (and the viewer's home feed):
    // remove them, so that the plans and the variants below read the same pages as the runs above.
    // comments.post_id has only partial indexes (the product never deletes a post outright), so
    // the cascade would read every comment once per post removed: a temporary index makes each a
    // lookup (this took 10 minutes at 1,000,000 posts without it).
    await inDatabase(db, `CREATE INDEX bench_comments_post ON comments (post_id)`);
    await inDatabase(db, `DELETE FROM posts WHERE body LIKE 'Benchmark post %'`);
    await inDatabase(db, `DROP INDEX bench_comments_post`);
    const plan = await plans(db, me.data.me.id, groupId);
    let ceiling = null;
    let uncached = null;
    let overload = null;
    if (posts === Math.min(...SCALES)) {
      await stopApi(api);
      overload = await measureOverload(db);
    }
    if (posts === Math.max(...SCALES)) {
      await stopApi(api);
      uncached = await measureVariant(db, groupId, 'uncached');
      ceiling = await measureVariant(db, groupId, 'ceiling');
    }
    return { posts, seedSeconds, results, scans, createScans, plan, ceiling, uncached, overload };
  } finally {
    await stopApi(api);
    if (!process.env.BENCH_KEEP) await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

const REALTIME = ['<!-- bench:realtime:start -->', '<!-- bench:realtime:end -->'];

/** The section `npm run bench:realtime` wrote into docs/PERFORMANCE.md (kept by this bench), or ''. */
function realtimeSection() {
  const file = join(ROOT, 'docs/PERFORMANCE.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const [start, end] = REALTIME;
  return text.includes(start)
    ? text.slice(text.indexOf(start), text.indexOf(end) + end.length)
    : '';
}

/** The worst p99 (ms) of the realtime section's two-instance row, or null when it has none. */
function twoInstanceP99(section) {
  const row = section.split('\n').find((l) => l.startsWith('| two instances'));
  // | Setting | Clients | Delivered | p50 | p99 (median / worst) | max | createPost |
  const cell = row?.split('|')[5];
  const worst = cell?.split('/')[1];
  const value = worst === undefined ? NaN : Number(worst.trim());
  return Number.isFinite(value) ? value : null;
}

const trivialAt = (scale, connections) =>
  scale.results.find((r) => r.name.startsWith('trivial') && r.connections === connections) ??
  scale.results.find((r) => r.name.startsWith('trivial') && r.connections === 50);

/** Growth of a figure between two scales, each taken as a share of that scale's trivial query. */
function normalisedGrowth(small, large, r) {
  const s = small.results.find((x) => x.name === r.name && x.connections === r.connections);
  const share = (scale, x) => x.rps / trivialAt(scale, x.connections).rps;
  return share(large, r) / share(small, s);
}

function report(scales) {
  const cpu = os.cpus();
  const pgVersion = scales.pgVersion;
  const fmt = (r) =>
    `| ${r.name} | ${r.connections} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.allRps.join(', ')} |`;
  const lines = [];
  lines.push('# Performance', '');
  lines.push(
    'Written by `npm run bench` (tools/bench/feed-bench.mjs). Do not edit by hand: run it again.',
    '',
  );
  lines.push(
    `- Date: ${(scales.date ?? new Date().toISOString()).slice(0, 16).replace('T', ' ')} UTC`,
  );
  lines.push(
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`,
  );
  lines.push(
    `- Node ${process.version}; ${pgVersion}; API and PostgreSQL and autocannon on the same machine`,
  );
  lines.push(
    `- API: the build, NODE_ENV=production, API_WORKERS=${process.env.BENCH_API_WORKERS ?? '1'} (as docker-compose runs it) with Redis, \`node ${API_NODE_FLAGS.join(' ')}\` as in the Dockerfile; post cards kept in memory as by default (CARD_CACHE_SIZE=5000): the runs repeat the same pages, so after the first request their cards come from memory — see “Without the card cache” and the raw SQL rows for the cost when they do not`,
  );
  lines.push(
    `- Command: \`npm run bench\` (BENCH_DURATION=${DURATION} s per run, BENCH_RUNS=${RUNS}; req/s, p50 and p99 are medians of the runs; errors are summed)`,
  );
  lines.push(
    `- Data: ${PEOPLE.toLocaleString('en')} people, ${GROUPS.toLocaleString('en')} groups (everyone in 10), posts as below with 1.5 comments and 1.5 reactions per post and one view each, and the newest ${SEEN_NEWEST.toLocaleString('en')} seen by ${SEEN_BY.toLocaleString('en')} people each; a fifth of the posts in the ${BUSY} busiest groups; the viewer is in 10 of those.`,
  );
  lines.push(
    '- Every feed request asks for 20 posts with everything the web card shows (author, group, counts, reaction summary with names, my reaction, seen state, the latest two comments with their authors and reactions, accepted answer, poll, permissions). A response with GraphQL errors or an empty page counts as an error.',
    '',
  );
  for (const s of scales.runs) {
    const trivial50 = s.results.find((r) => r.name.startsWith('trivial') && r.connections === 50);
    lines.push(
      `## ${s.posts.toLocaleString('en')} posts (${(s.posts * 3).toLocaleString('en')} comments and reactions)`,
      '',
    );
    lines.push(`Seeded in ${Math.round(s.seedSeconds)} s.`, '');
    lines.push(
      '| Request | Connections | req/s | p50 ms | p99 ms | Errors | req/s per run |',
      '|---|---:|---:|---:|---:|---:|---|',
    );
    for (const r of s.results) lines.push(fmt(r));
    lines.push('');
    lines.push('Throughput as a share of the trivial query at 50 connections:', '');
    for (const r of s.results.filter(
      (x) => (x.connections === 50 || x.raw) && !x.name.startsWith('trivial'),
    )) {
      lines.push(`- ${r.name}: ${(r.rps / trivial50.rps).toFixed(2)}`);
    }
    lines.push('');
    lines.push(
      `Sequential scans counted by PostgreSQL (pg_stat_user_tables) during the read runs: ${Object.entries(
        s.scans,
      )
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}.`,
      '',
      `… and while creating posts (the \`create a post\` run: the writes, their checks and the cards they answer with): ${Object.entries(
        s.createScans,
      )
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}.`,
      '',
    );
    for (const [name, text] of Object.entries(s.plan)) {
      lines.push(
        `<details><summary>Plan: ${name}</summary>`,
        '',
        '```',
        text,
        '```',
        '',
        '</details>',
        '',
      );
    }
  }
  const uncachedScale = scales.runs.find((s) => s.uncached);
  if (uncachedScale) {
    const { results } = uncachedScale.uncached;
    const trivial = results.find((r) => r.name.startsWith('trivial'));
    lines.push(
      `## Without the card cache (${uncachedScale.posts.toLocaleString('en')} posts)`,
      '',
      'The same API with `CARD_CACHE_SIZE=0`: every page builds all its cards in PostgreSQL, as when each card on it changed since it was last read. The runs above repeat the same pages, so after the first request their cards come from memory (they are used only while the database’s card version still matches).',
      '',
      '| Request | Connections | req/s | p50 ms | p99 ms | Errors | req/s per run |',
      '|---|---:|---:|---:|---:|---:|---|',
    );
    for (const r of results) lines.push(fmt(r));
    lines.push('', 'As a share of the trivial query on the same server:', '');
    for (const r of results.filter((x) => !x.name.startsWith('trivial')))
      lines.push(`- ${r.name}: ${(r.rps / trivial.rps).toFixed(2)}`);
    lines.push('');
  }
  const ceilingScale = scales.runs.find((s) => s.ceiling);
  if (ceilingScale) {
    const { results, transactions } = ceilingScale.ceiling;
    const trivial = results.find((r) => r.name.startsWith('trivial'));
    lines.push(
      `## Ceiling: the API with every database result in memory (${ceilingScale.posts.toLocaleString('en')} posts)`,
      '',
      'A copy of the build whose `preparedQuery` keeps each result after its first call (tools/bench/feed-bench.mjs, `ceilingBuild`), started the same way. A feed request’s statements all go through it, so these pages cost the API’s own work only — HTTP, authentication, building the cards, GraphQL execution, JSON — and no database work: the most any cache in front of PostgreSQL could give. It is a measurement, never a mode of the API.',
      '',
      '| Request | Connections | req/s | p50 ms | p99 ms | Errors | req/s per run |',
      '|---|---:|---:|---:|---:|---:|---|',
    );
    for (const r of results) lines.push(fmt(r));
    lines.push('', 'As a share of the trivial query on the same server:', '');
    for (const r of results.filter((x) => !x.name.startsWith('trivial')))
      lines.push(`- ${r.name}: ${(r.rps / trivial.rps).toFixed(2)}`);
    lines.push(
      '',
      `Database transactions in the benchmark’s database during these runs: ${transactions}.`,
      '',
    );
  }
  const cpuScale = scales.runs[scales.runs.length - 1];
  const cpuRows = cpuScale
    ? [
        ...cpuScale.results.map((r) => ['', r]),
        ...(cpuScale.uncached?.results ?? []).map((r) => ['without the card cache: ', r]),
        ...(cpuScale.ceiling?.results ?? []).map((r) => ['ceiling: ', r]),
      ].filter(([, r]) => r.connections === 50 && r.cpu)
    : [];
  if (cpuRows.length) {
    const f = (x) => x.toFixed(2);
    lines.push(
      `## Where the time goes: CPU per request at 50 connections (${cpuScale.posts.toLocaleString('en')} posts)`,
      '',
      'CPU milliseconds per request over all runs of each row, read from /proc: the API process (user and system), every PostgreSQL process, and the benchmark itself (autocannon, which sends the requests and reads the answers). Two cores give 2,000 ms of CPU per second in all, so a request’s total bounds the throughput the machine can reach.',
      '',
      '| Request | API user | API system | PostgreSQL | autocannon | Total |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const [prefix, r] of cpuRows) {
      const c = r.cpu;
      lines.push(
        `| ${prefix}${r.name} | ${f(c.apiUser)} | ${f(c.apiSystem)} | ${f(c.postgres)} | ${f(c.bench)} | ${f(c.apiUser + c.apiSystem + c.postgres + c.bench)} |`,
      );
    }
    lines.push('');
  }
  if (scales.runs.length >= 2) {
    const [small, large] = [scales.runs[0], scales.runs[scales.runs.length - 1]];
    lines.push(
      `## Growth: ${large.posts.toLocaleString('en')} vs ${small.posts.toLocaleString('en')} posts`,
      '',
    );
    lines.push(
      'The machine’s speed drifts between the two scales (see the trivial query), so each feed figure is also given as a share of the trivial query at the same connections in the same scale; the growth target is checked on those shares. Raw SQL rows show the database alone (not a share: the trivial query measures the API).',
      '',
    );
    lines.push(
      '| Request | Connections | req/s ratio | p99 ratio | req/s ratio, as shares of trivial |',
      '|---|---:|---:|---:|---:|',
    );
    for (const r of large.results) {
      const s = small.results.find((x) => x.name === r.name && x.connections === r.connections);
      if (s)
        lines.push(
          `| ${r.name} | ${r.connections} | ${(r.rps / s.rps).toFixed(2)} | ${(r.p99 / Math.max(1, s.p99)).toFixed(2)} | ${r.name.startsWith('trivial') || r.raw ? '—' : normalisedGrowth(small, large, r).toFixed(2)} |`,
        );
    }
    lines.push('');
  }
  lines.push('## Targets (issues 3 and 24), checked against the figures above', '');
  lines.push('| Target | Result | Met |', '|---|---|---|');
  const feeds = (s, c) =>
    s.results.filter((r) => r.connections === c && r.name.includes('feed') && !r.raw);
  const largest = scales.runs[scales.runs.length - 1];
  const smallest = scales.runs[0];
  const f50 = scales.runs.flatMap((s) => feeds(s, 50));
  const minRps = Math.min(...f50.map((r) => r.rps));
  const maxRps = Math.max(...f50.map((r) => r.rps));
  const errors = scales.runs.flatMap((s) => s.results).reduce((a, r) => a + r.errors, 0);
  const yes = (ok) => (ok ? 'yes' : 'no');
  const range = (xs) => {
    if (!xs.length) return 'not measured';
    const [lo, hi] = [Math.min(...xs).toFixed(2), Math.max(...xs).toFixed(2)];
    return lo === hi ? lo : `${lo}–${hi}`;
  };
  lines.push(
    `| a feed page ≥ 400 req/s at 50 connections, no errors | ${Math.round(minRps)}–${Math.round(maxRps)} req/s, ${errors} errors | ${yes(minRps >= 400 && errors === 0)} |`,
  );
  const p99 = Math.max(...scales.runs.flatMap((s) => feeds(s, 10)).map((r) => r.p99));
  lines.push(`| p99 < 60 ms at 10 connections | worst ${p99} ms | ${yes(p99 < 60)} |`);
  const meOf = (s) => s.results.find((r) => r.name === AUTHENTICATED);
  // Issue 24: the signed-in floor against the trivial query, and every feed page against the floor.
  const signedIn = scales.runs.filter(meOf).map((s) => meOf(s).rps / trivialAt(s, 50).rps);
  lines.push(
    `| the signed-in floor (\`{ me { id } }\`, 50 connections) ≥ 0.6 of the trivial query’s throughput | ${range(signedIn)} | ${yes(signedIn.length > 0 && Math.min(...signedIn) >= 0.6)} |`,
  );
  const ofFloor = scales.runs
    .filter(meOf)
    .map((s) => Math.min(...feeds(s, 50).map((r) => r.rps)) / meOf(s).rps);
  const rawShare = (cached) =>
    Math.max(
      ...scales.runs.filter(meOf).map((s) => {
        const rows = s.results.filter(
          (r) => r.raw && r.name.includes('no cards in memory') !== cached,
        );
        return Math.max(...rows.map((r) => r.rps)) / meOf(s).rps;
      }),
    );
  const ceilingOfFloor = scales.runs
    .filter((s) => s.ceiling && meOf(s))
    .flatMap((s) =>
      s.ceiling.results
        .filter((r) => r.connections === 50 && r.name.includes('feed'))
        .map((r) => r.rps / meOf(s).rps),
    );
  lines.push(
    `| every feed page (50 connections) ≥ 0.5 of the signed-in floor’s throughput | ${ofFloor.length ? Math.min(...ofFloor).toFixed(2) : 'not measured'} at worst (raw SQL straight at PostgreSQL, no API, at best: ${rawShare(true).toFixed(2)} for the page statement alone, ${rawShare(false).toFixed(2)} with every card built${ceilingOfFloor.length ? `; the API with every database result in memory: ${range(ceilingOfFloor)}` : ''}) | ${yes(ofFloor.length > 0 && Math.min(...ofFloor) >= 0.5)} |`,
  );
  const creates = scales.runs.flatMap((s) =>
    s.results.filter((r) => r.name === 'create a post' && r.connections === 10),
  );
  const createRps = Math.min(...creates.map((r) => r.rps));
  lines.push(
    `| post creation ≥ 230 req/s at 10 connections (50× NodeBB 4.10.3’s 4.6/s on this machine kind) | ${creates.map((r) => `${Math.round(r.rps)} req/s, p99 ${r.p99} ms`).join('; ') || 'not measured'} | ${yes(creates.length > 0 && createRps >= 230)} |`,
  );
  const realtimeP99 = twoInstanceP99(realtimeSection());
  lines.push(
    `| the realtime bench’s p99 over two instances < 150 ms (\`npm run bench:realtime\`, its section below) | ${realtimeP99 === null ? 'not measured: run `npm run bench:realtime`' : `worst p99 ${realtimeP99} ms`} | ${realtimeP99 === null ? 'not measured' : yes(realtimeP99 < 150)} |`,
  );
  if (scales.runs.length >= 2) {
    const ratios = largest.results
      .filter((r) => r.name.includes('feed') && !r.raw)
      .filter((r) =>
        smallest.results.some((x) => x.name === r.name && x.connections === r.connections),
      )
      .map((r) => normalisedGrowth(smallest, largest, r));
    const worst = Math.min(...ratios);
    lines.push(
      `| ${largest.posts.toLocaleString('en')}-post figures within 20% of the ${smallest.posts.toLocaleString('en')}-post ones | API feed req/s ratio (as shares of trivial) ${worst.toFixed(2)} at worst, ${Math.max(...ratios).toFixed(2)} at best | ${yes(worst >= 0.8)} |`,
    );
  }
  const large = [
    'posts',
    'comments',
    'post_reactions',
    'post_views',
    'post_hashtags',
    'group_memberships',
    'users',
  ];
  const bigScans = large.reduce((a, t) => a + (largest.scans[t] ?? 0), 0);
  lines.push(
    `| no feed query scanning a table | ${bigScans} sequential scans of ${large.join(', ')} at ${largest.posts.toLocaleString('en')} posts | ${yes(bigScans === 0)} |`,
  );
  lines.push('');
  const cpuOf = (r) =>
    r?.cpu ? r.cpu.apiUser + r.cpu.apiSystem + r.cpu.postgres + r.cpu.bench : NaN;
  const cpuTrivial = trivialAt(largest, 50);
  const cpuMe = largest.results.find((r) => r.name === AUTHENTICATED);
  const cpuHome = largest.results.find(
    (r) => r.name === 'home feed, first page' && r.connections === 50,
  );
  if (cpuMe?.cpu && cpuTrivial?.cpu && cpuHome?.cpu)
    lines.push(
      `The trivial query runs no guard and no SQL. A signed-in request checks its access token and its session — from the API process’s session cache while that process listens for invalidations (SESSION_CACHE_SIZE), else with one statement — and \`{ me { id } }\` then reads one row. At ${largest.posts.toLocaleString('en')} posts, the trivial query costs ${cpuOf(cpuTrivial).toFixed(2)} ms of CPU per request, a signed-in request for one field ${cpuOf(cpuMe).toFixed(2)} ms (${cpuMe.cpu.postgres.toFixed(2)} of it in PostgreSQL), and a home feed page ${cpuOf(cpuHome).toFixed(2)} ms (${cpuHome.cpu.postgres.toFixed(2)} of it in PostgreSQL).`,
      '',
    );
  const overloadScale = scales.runs.find((s) => s.overload);
  if (overloadScale) {
    const { connections, duration, rows } = overloadScale.overload;
    lines.push(
      `## Overload: load shedding (${overloadScale.posts.toLocaleString('en')} posts)`,
      '',
      `The first home-feed page from ${connections} connections for ${duration} s, far more than the machine answers in time: with load shedding off every request waits in the queue; with it on, once the event loop lags past the threshold the API answers a share of new requests at once with 503 and \`Retry-After\`, rather than letting the queue, and the wait of every page behind it, grow. Latencies are of all answers, 503s included.`,
      '',
      '| Load shedding | pages/s | pages | 503 | of which with Retry-After | other answers | errors and timeouts | p50 ms | p99 ms | max ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.setting} | ${Math.round(r.pagesPerSecond)} | ${r.pages} | ${r.shed} | ${r.shedWithRetryAfter} | ${r.other} | ${r.errors} | ${r.p50} | ${r.p99} | ${r.max} |`,
      ),
      '',
    );
  }
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  writeFileSync(join(ROOT, 'tmp/bench-results.json'), JSON.stringify(scales, null, 2));
  // `npm run bench:realtime` owns its section: keep it.
  const file = join(ROOT, 'docs/PERFORMANCE.md');
  const realtime = realtimeSection();
  writeFileSync(file, [...lines, ...(realtime ? ['', realtime, ''] : [])].join('\n'));
  execFileSync(process.execPath, ['node_modules/.bin/prettier', '--write', 'docs/PERFORMANCE.md'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  log('wrote docs/PERFORMANCE.md');
}

async function main() {
  if (process.env.BENCH_REPORT_ONLY) {
    // Re-render docs/PERFORMANCE.md from the last run's tmp/bench-results.json.
    report(JSON.parse(readFileSync(join(ROOT, 'tmp/bench-results.json'), 'utf8')));
    return;
  }
  execFileSync(
    process.execPath,
    ['node_modules/.bin/webpack-cli', 'build', '--config', 'apps/api/webpack.config.js'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const pgVersion = (await admin('SELECT version()')).rows[0].version.split(' on ')[0];
  const runs = [];
  for (const posts of SCALES) runs.push(await runScale(posts));
  // The date the figures were taken, kept when BENCH_REPORT_ONLY renders them again.
  report({ runs, pgVersion, date: new Date().toISOString() });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
