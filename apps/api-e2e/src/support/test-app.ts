import { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { MAX_JOB_ATTEMPTS, Outbox } from '@hearth/api/core';
import { SessionEntity, UserEntity } from '@hearth/api/identity';
import request from 'supertest';
import { DataSource } from 'typeorm';
// The harness boots the API app itself, in-process; apps have no import alias, hence the path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BootOptions, createApp, stopApp } from '../../../api/src/bootstrap';

export interface TestApp {
  app: INestApplication;
  ds: DataSource;
  /** Runs a GraphQL operation as `token`'s person (anonymous without one). */
  gql: <T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<GqlResult<T>>;
  /** An access token for `user` with a fresh session, as if they had signed in. */
  tokenFor: (user: Pick<UserEntity, 'id'>) => Promise<string>;
  /**
   * Runs every job that is due and waits for those another process is running right now: the
   * suites share one database, and another test app may have claimed (and locked) a job this
   * test's writes recorded, which this process's `Outbox.drain` then skips.
   */
  jobsDone: () => Promise<void>;
  close: () => Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data: T | null | undefined;
  errors:
    Array<{ message: string; extensions: { code: string; [k: string]: unknown } }> | undefined;
  /** The first error's `extensions.code`. */
  code: string | undefined;
  headers: Record<string, string>;
}

/** The settings every integration test runs with; a test may override before calling bootTestApp. */
export function testEnv(extra: Record<string, string> = {}): void {
  const url = process.env['HEARTH_TEST_DATABASE_URL'];
  if (!url)
    throw new Error('HEARTH_TEST_DATABASE_URL is not set: run through the api-e2e jest config.');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    PASSWORD_HASH_COST: '1024',
    WEB_DIST_DIR: '',
    // Background jobs run right after the request that records them; the safety-net poll is
    // slowed so that it never runs in the middle of a test that counts SQL statements.
    JOBS_POLL_MS: '60000',
    // Jest's own work (loading modules, other suites' apps) lags the event loop of this process;
    // load shedding is tested on its own (operations.e2e-spec.ts) and off everywhere else.
    LOAD_SHED_LAG_MS: '0',
    ...extra,
  });
}

/**
 * Boots the real API (every module, guard and pipe) in-process on the run's database, without
 * logging unless `boot` asks for it (e.g. `{ logger: undefined, logDestination }`).
 */
export async function bootTestApp(
  env: Record<string, string> = {},
  boot: BootOptions = {},
): Promise<TestApp> {
  testEnv(env);
  const app = await createApp({ migrate: false, logger: false, ...boot });
  await app.init();
  const server = app.getHttpServer();
  const ds = app.get(DataSource);
  const jwt = app.get(JwtService);

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    const body = res.body as { data?: any; errors?: GqlResult<any>['errors'] };
    return {
      status: res.status,
      data: body.data,
      errors: body.errors,
      code: body.errors?.[0]?.extensions.code,
      headers: res.headers,
    };
  };

  const tokenFor: TestApp['tokenFor'] = async (user) => {
    const repo = ds.getRepository(SessionEntity);
    const session = await repo.save(
      repo.create({
        userId: user.id,
        refreshTokenHash: `test-${Math.random()}`,
        expiresAt: new Date(Date.now() + 3_600_000),
      }),
    );
    return jwt.signAsync({ sub: user.id, sid: session.id });
  };

  const jobsDone = async (): Promise<void> => {
    const outbox = app.get(Outbox);
    await outbox.drain();
    // Locking every due job waits for the transactions that hold one; a job they finished is gone.
    await ds.transaction((m) =>
      m.query(
        `SELECT id FROM outbox_jobs WHERE run_after <= now() AND attempts < $1 ORDER BY id FOR UPDATE`,
        [MAX_JOB_ATTEMPTS],
      ),
    );
    await outbox.drain();
  };

  return { app, ds, gql, tokenFor, jobsDone, close: () => stopApp(app) };
}

/**
 * Counts the SQL statements run while `fn` runs: every statement, TypeORM's and the prepared
 * ones, passes through the data source logger's `logQuery`.
 */
export async function countQueries<T>(
  t: TestApp,
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number }> {
  let queries = 0;
  const ds = t.ds as unknown as { logger: object };
  const logger = ds.logger;
  ds.logger = new Proxy(logger, {
    get: (target, prop) =>
      prop === 'logQuery' ? () => void queries++ : (Reflect.get(target, prop) as unknown),
  });
  try {
    return { result: await fn(), queries };
  } finally {
    ds.logger = logger;
  }
}
