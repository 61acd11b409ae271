import { ErrorCode } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import request from 'supertest';
import { createDatabase, ScratchDatabase } from './support/scratch-db';
import { bootTestApp, TestApp } from './support/test-app';

/** The security baseline: what any deployment gets without configuring anything. */
describe('security baseline', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await bootTestApp();
    token = await t.tokenFor(await createUser(t.ds));
  });
  afterAll(() => t.close());

  describe('CSRF prevention', () => {
    it('refuses a GET query without a preflight header', async () => {
      const res = await request(t.app.getHttpServer())
        .get('/graphql')
        .query({ query: '{ health }' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toContain('"health":"ok"');
    });

    it('refuses a "simple" cross-site POST (text/plain)', async () => {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: '{ health }' }));
      expect(res.status).toBe(400);
    });

    it('accepts a GET that carries the preflight header', async () => {
      const res = await request(t.app.getHttpServer())
        .get('/graphql')
        .set('apollo-require-preflight', 'true')
        .query({ query: '{ health }' });
      expect(res.body).toEqual({ data: { health: 'ok' } });
    });
  });

  it('does not execute batched (array) requests', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ health }' }, { query: '{ health }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a request body over the size limit', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ health }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
    expect(res.status).toBe(413);
  });

  describe('query limits', () => {
    it('refuses a query nested deeper than the limit', async () => {
      const deep = 'manager { '.repeat(12) + 'id' + ' }'.repeat(12);
      const res = await t.gql(`{ me { ${deep} } }`, {}, token);
      expect(res.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
      expect(res.data ?? null).toBeNull();
    });

    it('refuses too many aliases', async () => {
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: health`).join(' ');
      const res = await t.gql(`{ ${aliases} }`);
      expect(res.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    });

    it('refuses a query whose estimated cost is over the limit', async () => {
      const res = await t.gql(
        `{ a: groups(first: 50) { edges { node { members(first: 50) { edges { node { user { id } } } } } } } b: groups(first: 50) { edges { node { members(first: 50) { edges { node { user { id } } } } } } } }`,
        {},
        token,
      );
      expect(res.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
      expect(res.errors?.[0]?.message).toMatch(/cost/);
    });

    it('bounds the parser (a huge document is refused, not parsed)', async () => {
      const res = await t.gql(`{ ${'health '.repeat(20_000)} }`);
      expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
    });
  });

  it('gives no "did you mean" hints about the schema', async () => {
    const res = await t.gql('{ healt }');
    expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(res.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it('answers validation failures of inputs with BAD_USER_INPUT', async () => {
    const res = await t.gql('query ($id: ID!) { user(id: $id) { id } }', {}, token);
    expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('security baseline in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const res = await t.gql('{ __schema { types { name } } }');
    expect(res.errors).toBeDefined();
    expect(res.data ?? null).toBeNull();
  });

  it('serves no GraphQL IDE or landing page', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.text ?? '').not.toMatch(/sandbox|playground|graphiql|<html/i);
  });
});

describe('internal errors', () => {
  let db: ScratchDatabase;
  let t: TestApp;

  beforeAll(async () => {
    // A database without Hearth's tables: every query the API makes fails inside PostgreSQL.
    db = await createDatabase('hearth_broken');
    t = await bootTestApp({ DATABASE_URL: db.url });
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('are masked: no SQL, table names or stack in the response, only a reference id', async () => {
    const res = await t.gql('query ($token: String!) { orgInvitation(token: $token) { email } }', {
      token: 'abc',
    });
    expect(res.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    const body = JSON.stringify(res.errors);
    expect(body).not.toMatch(/relation|select|org_invitations|typeorm|QueryFailed|at \w+ \(/i);
    expect(res.errors?.[0]?.message).toMatch(
      /^Internal server error \(reference [0-9a-f-]{36}\)\.$/,
    );
  });
});
