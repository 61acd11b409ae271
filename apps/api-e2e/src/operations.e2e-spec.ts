import { ErrorCode } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { LoadShedder } from '@hearth/api/core';
import { Client } from 'pg';
import request from 'supertest';
import { scratchDatabase, ScratchDatabase, testServer } from './support/scratch-db';
import { bootTestApp, TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-e2e-run-0123';

/** The value of the series `name` whose labels include `labels` (undefined: no such series). */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) return Number(match[3]);
  }
  return undefined;
}

async function onServer(sql: string): Promise<void> {
  const admin = new Client({ connectionString: testServer() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

describe('operating Hearth: readiness', () => {
  let db: ScratchDatabase;
  let t: TestApp;
  // Migrating a database of its own takes a while on a busy machine.
  beforeAll(async () => {
    db = await scratchDatabase();
    t = await bootTestApp({ DATABASE_URL: db.url });
  }, 120_000);
  afterAll(async () => {
    await t.close().catch(() => undefined);
    await db.drop();
  });

  it('is ready while PostgreSQL answers, not ready once it stops taking connections, and stays live', async () => {
    const server = t.app.getHttpServer();
    const ready = await request(server).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });

    // The database goes away: no new connections, and the app's open ones are cut.
    await onServer(`ALTER DATABASE ${db.name} ALLOW_CONNECTIONS false`);
    await onServer(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db.name}'`,
    );

    const down = await request(server).get('/health/ready');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    const live = await request(server).get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok' });

    await onServer(`ALTER DATABASE ${db.name} ALLOW_CONNECTIONS true`);
    expect((await request(server).get('/health/ready')).status).toBe(200);
  });
});

describe('operating Hearth: metrics and request ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ METRICS_TOKEN });
  });
  afterAll(() => t.close());

  const scrape = async (): Promise<string> => {
    const res = await request(t.app.getHttpServer())
      .get('/metrics')
      .set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    return res.text;
  };

  it('refuses /metrics without the token, or with a wrong one', async () => {
    const server = t.app.getHttpServer();
    expect((await request(server).get('/metrics')).status).toBe(401);
    const wrong = await request(server)
      .get('/metrics')
      .set('authorization', `Bearer ${METRICS_TOKEN}-not`);
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('hearth_');
  });

  it('counts a failed request by its code and times it under its operation name', async () => {
    const token = await t.tokenFor(await createUser(t.ds));
    const pid = String(process.pid);
    const before = await scrape();
    const errorsBefore =
      sample(before, 'hearth_graphql_errors_total', {
        code: 'NOT_FOUND',
        operation: 'MissingGroup',
        pid,
      }) ?? 0;
    const missing = await t.gql(
      'query MissingGroup { group(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      token,
    );
    expect(missing.code).toBe(ErrorCode.NOT_FOUND);
    const bad = await t.gql('query Broken { group(id: ', {}, token);
    expect(bad.code).toBe(ErrorCode.BAD_USER_INPUT);

    const after = await scrape();
    expect(
      sample(after, 'hearth_graphql_errors_total', {
        code: 'NOT_FOUND',
        operation: 'MissingGroup',
        pid,
      }),
    ).toBe(errorsBefore + 1);
    // A document that does not parse has no operation name the server can trust.
    expect(
      sample(after, 'hearth_graphql_errors_total', { code: 'BAD_USER_INPUT', pid }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, 'hearth_graphql_request_duration_seconds_count', {
        operation: 'MissingGroup',
        type: 'query',
        pid,
      }),
    ).toBe(1);
    // The other families an operator watches are there.
    for (const family of [
      'hearth_db_pool_connections',
      'hearth_jobs',
      'hearth_job_failures_total',
      'hearth_event_loop_lag_seconds',
      'hearth_live_connections',
      'hearth_load_shed_requests_total',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(after).toContain(`# TYPE ${family} `);
    expect(
      sample(after, 'hearth_db_pool_connections', { pool: 'typeorm', state: 'total' }),
    ).toBeGreaterThan(0);
  });

  it('returns the request id in a header and in errors: the caller’s when well-formed, else a new one', async () => {
    const server = t.app.getHttpServer();
    const given = await request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-request-id', 'edge-proxy-req-0042')
      .send({ query: '{ me { id } }' });
    expect(given.headers['x-request-id']).toBe('edge-proxy-req-0042');
    expect(given.body.errors[0].extensions).toEqual({
      code: ErrorCode.UNAUTHENTICATED,
      requestId: 'edge-proxy-req-0042',
    });

    const forged = await request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-request-id', 'bad id with spaces')
      .send({ query: '{ me { id } }' });
    const id = forged.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(forged.body.errors[0].extensions.requestId).toBe(id);
  });
});

describe('operating Hearth: /metrics without a token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ METRICS_TOKEN: '' });
  });
  afterAll(() => t.close());

  it('does not exist on the API port', async () => {
    expect((await request(t.app.getHttpServer()).get('/metrics')).status).toBe(404);
  });
});

describe('operating Hearth: load shedding', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Well above what a busy test machine lags by itself, well under the block below.
    t = await bootTestApp({ LOAD_SHED_LAG_MS: '200', METRICS_TOKEN });
  });
  afterAll(() => t.close());

  const health = '{ health }';
  /** Forgets the lag measured so far (booting and other suites' work lag the loop too). */
  const settle = () => {
    for (let i = 0; i < 10; i++) t.app.get(LoadShedder).sample(0);
  };

  it('answers 503 with Retry-After once the event loop has lagged past the threshold', async () => {
    const server = t.app.getHttpServer();
    settle();
    expect((await t.gql(health)).data).toEqual({ health: 'ok' });

    // Hold the event loop for 1.5 s, as a burst of work would; the next tick measures the lag.
    const until = Date.now() + 1500;
    while (Date.now() < until);
    await new Promise((resolve) => setImmediate(resolve));

    const refused = await request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: health });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0].extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      requestId: refused.headers['x-request-id'],
    });
  });

  it('keeps answering /health/live and /metrics while shedding, and counts what it refused', async () => {
    const server = t.app.getHttpServer();
    t.app.get(LoadShedder).sample(10_000);
    expect((await request(server).get('/health/ready')).status).toBe(503);
    expect((await request(server).get('/health/live')).status).toBe(200);
    const metrics = await request(server)
      .get('/metrics')
      .set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(metrics.status).toBe(200);
    expect(
      sample(metrics.text, 'hearth_load_shed_requests_total', { pid: String(process.pid) }),
    ).toBeGreaterThanOrEqual(2);
  });

  it('serves again once the lag is back under the threshold', async () => {
    settle();
    expect((await t.gql(health)).data).toEqual({ health: 'ok' });
  });
});
