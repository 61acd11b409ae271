#!/usr/bin/env node
/**
 * `npm run bench:realtime`: 1,000 people subscribed over graphql-ws to one group's events; a post
 * is created; how long until each has it (p50, p99, max) and how many got it. Then the same with two
 * API instances sharing PostgreSQL and Redis, half the clients on each, the post written through
 * the first. Writes its section of docs/PERFORMANCE.md (the feed benchmark keeps it).
 *
 * Then the notification fan-out: an announcement to a 10,000-member group and to a 10-member group,
 * alternating — how long the request takes (it only records a job) and how long until every member's
 * notification exists.
 *
 * Environment: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379), BENCH_CLIENTS (default 1000), BENCH_POSTS
 * (posts per setting, default 5), BENCH_KEEP=1 keeps the database.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import WebSocket from 'ws';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const POSTS = Number(process.env.BENCH_POSTS ?? 5);
const FANOUT_MEMBERS = Number(process.env.BENCH_FANOUT_MEMBERS ?? 10000);
const PORTS = [3320, 3321];
const SECRET = randomBytes(32).toString('hex');
const START = '<!-- bench:realtime:start -->';
const END = '<!-- bench:realtime:end -->';
const log = (...a) => console.log(`[realtime ${new Date().toISOString().slice(11, 19)}]`, ...a);

const urlFor = (db) => {
  const u = new URL(SERVER);
  u.pathname = `/${db}`;
  return u.toString();
};

async function sql(url, text, params = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text, params);
  } finally {
    await c.end();
  }
}

/** People, one group they all belong to, a live session each, and their access tokens. */
async function seed(db) {
  const url = urlFor(db);
  const people = await sql(
    url,
    `INSERT INTO users (email, display_name) SELECT 'rt-' || g || '@bench.test', 'Listener ' || g
       FROM generate_series(1, $1::int) g RETURNING id`,
    [CLIENTS + 1],
  );
  const ids = people.rows.map((r) => r.id);
  const [author, ...listeners] = ids;
  const group = await sql(
    url,
    `INSERT INTO groups (slug, name, description, category, visibility, created_by_id)
     VALUES ('realtime', 'Realtime', 'The benchmark''s group', 'INTEREST', 'CLOSED', $1) RETURNING id`,
    [author],
  );
  const groupId = group.rows[0].id;
  await sql(
    url,
    `INSERT INTO group_memberships (group_id, user_id, role)
     SELECT $1, u, CASE WHEN u = $2 THEN 'OWNER' ELSE 'MEMBER' END FROM unnest($3::uuid[]) u`,
    [groupId, author, ids],
  );
  const sessions = await sql(
    url,
    `INSERT INTO sessions (user_id, refresh_token_hash, expires_at)
     SELECT u, 'bench-' || u, now() + interval '1 day' FROM unnest($1::uuid[]) u
     RETURNING id, user_id`,
    [ids],
  );
  const token = new Map(
    sessions.rows.map((s) => [
      s.user_id,
      jwt.sign({ sub: s.user_id, sid: s.id }, SECRET, { algorithm: 'HS256', expiresIn: '1h' }),
    ]),
  );
  return {
    groupId,
    authorToken: token.get(author),
    listenerTokens: listeners.map((l) => token.get(l)),
  };
}

function startApi(db, port, redis) {
  const child = spawn(process.execPath, ['--max-semi-space-size=64', 'dist/apps/api/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: urlFor(db),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      JWT_SECRET: SECRET,
      WEB_DIST_DIR: '',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...(redis ? { REDIS_URL: REDIS, REDIS_PREFIX: `${db}:` } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function waitUp(port) {
  for (let i = 0; i < 150; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the API on ${port} did not start`);
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill();
  await exited;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/** Subscribes every listener (spread over `ports`), then creates posts and times their arrival. */
async function measure(label, ports, { groupId, authorToken, listenerTokens }) {
  const arrivals = new Map(); // postId -> Map<client, ms>
  const clients = listenerTokens.map((token, i) =>
    createClient({
      url: `ws://127.0.0.1:${ports[i % ports.length]}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    }),
  );
  let errors = 0;
  let connected = 0;
  const stops = clients.map((client, i) => {
    client.on('connected', () => connected++);
    return client.subscribe(
      {
        query: `subscription($g: ID!) { groupEvents(groupId: $g) { kind postId } }`,
        variables: { g: groupId },
      },
      {
        next: ({ data }) => {
          const e = data?.groupEvents;
          if (e?.kind !== 'POST_ADDED') return;
          const at = performance.now();
          let got = arrivals.get(e.postId);
          if (!got) arrivals.set(e.postId, (got = new Map()));
          if (!got.has(i)) got.set(i, at);
        },
        error: () => errors++,
        complete: () => undefined,
      },
    );
  });
  const t0 = Date.now();
  while (connected < clients.length && Date.now() - t0 < 60_000)
    await new Promise((r) => setTimeout(r, 50));
  if (connected < clients.length) throw new Error(`${label}: only ${connected} clients connected`);
  // Subscriptions are registered just after the connection: let the last ones land.
  await new Promise((r) => setTimeout(r, 2000));
  log(`  ${label}: ${connected} clients subscribed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const rounds = [];
  let warmUpDelivered = 0;
  // Post -1 warms the server up (the first event through a fresh process's delivery path pays for
  // JIT compilation and query planning); its delivery is counted, its latency is not.
  for (let n = -1; n < POSTS; n++) {
    const sent = performance.now();
    const res = await fetch(`http://127.0.0.1:${ports[0]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${authorToken}` },
      body: JSON.stringify({
        query: `mutation($g: ID!, $b: String!) { createPost(input: { groupId: $g, kind: DISCUSSION, body: $b }) { id } }`,
        variables: { g: groupId, b: `Live post ${n}` },
      }),
    });
    const body = await res.json();
    const returned = performance.now() - sent;
    const postId = body.data?.createPost?.id;
    if (!postId) throw new Error(`createPost failed: ${JSON.stringify(body).slice(0, 300)}`);
    // Wait until everyone has it, or 10 s.
    const deadline = Date.now() + 10_000;
    while ((arrivals.get(postId)?.size ?? 0) < clients.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const times = [...(arrivals.get(postId)?.values() ?? [])]
      .map((t) => t - sent)
      .sort((a, b) => a - b);
    const round = {
      delivered: times.length,
      p50: Math.round(pct(times, 0.5) ?? NaN),
      p99: Math.round(pct(times, 0.99) ?? NaN),
      max: Math.round(times.at(-1) ?? NaN),
      mutationMs: Math.round(returned),
    };
    if (n >= 0) rounds.push(round);
    else warmUpDelivered = round.delivered;
    log(
      `  ${label}, ${n < 0 ? 'warm-up post' : `post ${n + 1}`}: ${round.delivered}/${clients.length} delivered, p50 ${round.p50} ms, p99 ${round.p99} ms, max ${round.max} ms (createPost answered in ${round.mutationMs} ms)`,
    );
    await new Promise((r) => setTimeout(r, 500));
  }
  for (const s of stops) s();
  await Promise.all(clients.map((c) => c.dispose()));
  return { label, clients: clients.length, errors, rounds, warmUpDelivered };
}

/** A big group and a small one, owned by the same person, for the fan-out measurement. */
async function seedFanOut(db) {
  const url = urlFor(db);
  const people = await sql(
    url,
    `INSERT INTO users (email, display_name) SELECT 'fo-' || g || '@bench.test', 'Member ' || g
       FROM generate_series(1, $1::int) g RETURNING id`,
    [FANOUT_MEMBERS],
  );
  const ids = people.rows.map((r) => r.id);
  const owner = ids[0];
  const groups = {};
  for (const [key, size] of [
    ['big', FANOUT_MEMBERS],
    ['small', 10],
  ]) {
    const g = await sql(
      url,
      `INSERT INTO groups (slug, name, description, category, visibility, created_by_id)
       VALUES ($1, $1, 'Fan-out', 'INTEREST', 'OPEN', $2) RETURNING id`,
      [`fanout-${key}`, owner],
    );
    groups[key] = { id: g.rows[0].id, size };
    await sql(
      url,
      `INSERT INTO group_memberships (group_id, user_id, role)
       SELECT $1, u, CASE WHEN u = $2 THEN 'OWNER' ELSE 'MEMBER' END FROM unnest($3::uuid[]) u`,
      [g.rows[0].id, owner, ids.slice(0, size)],
    );
  }
  const session = await sql(
    url,
    `INSERT INTO sessions (user_id, refresh_token_hash, expires_at)
     VALUES ($1, 'bench-fo', now() + interval '1 day') RETURNING id`,
    [owner],
  );
  const token = jwt.sign({ sub: owner, sid: session.rows[0].id }, SECRET, {
    algorithm: 'HS256',
    expiresIn: '1h',
  });
  return { groups, token };
}

/** Announcements alternately to the big and the small group: request time and fan-out time. */
async function measureFanOut(db, port, { groups, token }) {
  const url = urlFor(db);
  const out = { big: [], small: [] };
  for (let n = 0; n < POSTS * 2; n++) {
    const key = n % 2 === 0 ? 'big' : 'small';
    const group = groups[key];
    const sent = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($g: ID!, $b: String!) { createPost(input: { groupId: $g, kind: ANNOUNCEMENT, body: $b }) { id } }`,
        variables: { g: group.id, b: `Announcement ${n}` },
      }),
    });
    const body = await res.json();
    const requestMs = performance.now() - sent;
    const postId = body.data?.createPost?.id;
    if (!postId) throw new Error(`createPost failed: ${JSON.stringify(body).slice(0, 300)}`);
    let told = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const r = await sql(url, `SELECT count(*)::int AS n FROM notifications WHERE post_id = $1`, [
        postId,
      ]);
      told = r.rows[0].n;
      if (told >= group.size - 1) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const doneMs = performance.now() - sent;
    out[key].push({ requestMs, doneMs, told });
    log(
      `  fan-out to ${group.size}: request ${requestMs.toFixed(1)} ms, ${told} notified after ${doneMs.toFixed(0)} ms`,
    );
    await new Promise((r) => setTimeout(r, 300));
  }
  return out;
}

function report(results, fanOut) {
  const cpu = os.cpus();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lines = [
    START,
    '## Real time: delivery of a new post to subscribers',
    '',
    'Written by `npm run bench:realtime` (tools/bench/realtime-bench.mjs); `npm run bench` keeps this section.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    `- ${CLIENTS.toLocaleString('en')} people, each with a graphql-ws connection subscribed to \`groupEvents\` of one CLOSED group they are all members of; every event is authorized again on delivery (one query per event and API process). After one warm-up post (delivery counted, latency not), a post is created over HTTP ${POSTS} times; latency is from sending the mutation to each client receiving the event, measured in the benchmark's own process (which also runs all the clients).`,
    '- API in production mode (`node dist/apps/api/main.js`), PostgreSQL and the clients on the same machine.',
    '',
    '| Setting | Clients | Delivered (worst post) | p50 ms (median of posts) | p99 ms (median / worst) | max ms (worst) | createPost answered, ms (median) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const delivered = Math.min(r.warmUpDelivered, ...r.rounds.map((x) => x.delivered));
    lines.push(
      `| ${r.label} | ${r.clients} | ${delivered} | ${median(r.rounds.map((x) => x.p50))} | ${median(r.rounds.map((x) => x.p99))} / ${Math.max(...r.rounds.map((x) => x.p99))} | ${Math.max(...r.rounds.map((x) => x.max))} | ${median(r.rounds.map((x) => x.mutationMs))} |`,
    );
  }
  const worstP99 = Math.max(...results.flatMap((r) => r.rounds.map((x) => x.p99)));
  const all = results.every(
    (r) =>
      r.warmUpDelivered === r.clients &&
      r.rounds.every((x) => x.delivered === r.clients) &&
      r.errors === 0,
  );
  lines.push(
    '',
    `Target (issue 4): p99 under 250 ms for ${CLIENTS.toLocaleString('en')} clients, every event delivered — worst p99 ${worstP99} ms, ${all ? 'every event delivered' : 'NOT every event delivered'}: ${worstP99 < 250 && all ? 'met' : 'not met'}.`,
  );
  const two = results.find((r) => r.label.startsWith('two instances'));
  if (two) {
    const twoP99 = Math.max(...two.rounds.map((x) => x.p99));
    lines.push(
      '',
      `Target (issue 24): p99 under 150 ms over two instances — worst p99 ${twoP99} ms: ${twoP99 < 150 ? 'met' : 'not met'}.`,
    );
  }
  if (fanOut) {
    const big = fanOut.big;
    const small = fanOut.small;
    const row = (label, size, xs) =>
      `| ${label} | ${size.toLocaleString('en')} | ${median(xs.map((x) => x.requestMs)).toFixed(1)} | ${Math.max(...xs.map((x) => x.requestMs)).toFixed(1)} | ${Math.min(...xs.map((x) => x.told)).toLocaleString('en')} | ${median(xs.map((x) => x.doneMs)).toFixed(0)} |`;
    lines.push(
      '',
      '## Notification fan-out: an announcement to a big and to a small group',
      '',
      `The same API (one instance, in-process queue). The group's owner posts an ANNOUNCEMENT ${POSTS} times to a group of ${FANOUT_MEMBERS.toLocaleString('en')} members and ${POSTS} times to a group of 10, alternating; every other member is told (level HIGHLIGHTS). The request only records a job; the notifications are created in the background.`,
      '',
      '| Group | Members | createPost answered, ms (median) | (worst) | Notified (worst post) | every member notified after, ms (median) |',
      '|---|---:|---:|---:|---:|---:|',
      row('big', FANOUT_MEMBERS, big),
      row('small', 10, small),
      '',
      `Target (issue 4): the announcement to the big group returns as fast as the one to the small group — median ${median(big.map((x) => x.requestMs)).toFixed(1)} vs ${median(small.map((x) => x.requestMs)).toFixed(1)} ms.`,
    );
  }
  lines.push(END);
  const file = join(ROOT, 'docs/PERFORMANCE.md');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const section = lines.join('\n');
  const next = before.includes(START)
    ? before.slice(0, before.indexOf(START)) +
      section +
      before.slice(before.indexOf(END) + END.length)
    : `${before.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  execFileSync(process.execPath, ['node_modules/.bin/prettier', '--write', 'docs/PERFORMANCE.md'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  log('wrote docs/PERFORMANCE.md');
}

async function main() {
  execFileSync(
    process.execPath,
    ['node_modules/.bin/webpack-cli', 'build', '--config', 'apps/api/webpack.config.js'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const db = `hearth_bench_rt_${Date.now()}`;
  await sql(SERVER, `CREATE DATABASE ${db}`);
  const apis = [];
  try {
    execFileSync(process.execPath, ['dist/apps/api/cli.js', 'migrate'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: urlFor(db) },
      stdio: 'ignore',
    });
    const seeded = await seed(db);
    log(`seeded ${CLIENTS} listeners`);
    const results = [];
    apis.push(startApi(db, PORTS[0], false));
    await waitUp(PORTS[0]);
    results.push(await measure('one instance (in-process events)', [PORTS[0]], seeded));
    const fanOutSeed = await seedFanOut(db);
    log(`seeded a group of ${FANOUT_MEMBERS} and one of 10`);
    const fanOut = await measureFanOut(db, PORTS[0], fanOutSeed);
    await stop(apis.pop());
    apis.push(startApi(db, PORTS[0], true), startApi(db, PORTS[1], true));
    await Promise.all(PORTS.map(waitUp));
    results.push(
      await measure('two instances over Redis (half the clients on each)', PORTS, seeded),
    );
    report(results, fanOut);
  } finally {
    await Promise.all(apis.map(stop));
    if (!process.env.BENCH_KEEP) await sql(SERVER, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
