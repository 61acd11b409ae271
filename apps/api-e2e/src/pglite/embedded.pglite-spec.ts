import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../../api/src/bootstrap';

/** What `npm start` does: migrate the embedded database, seed once, serve; a restart keeps the data. */
describe('the embedded database (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-pglite-'));
  let app: INestApplication | undefined;

  beforeAll(() => {
    delete process.env['DATABASE_URL'];
    Object.assign(process.env, {
      NODE_ENV: 'test',
      PGLITE_DATA_DIR: join(dir, 'db'),
      JWT_SECRET: 'pglite-test-secret-pglite-test-secret-0123',
      PASSWORD_HASH_COST: '1024',
      WEB_DIST_DIR: '',
      SEED_DEMO: 'true',
    });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    if (!app) throw new Error('no app');
    const req = request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body as { data?: any; errors?: any[] };
  };

  const signIn = async () =>
    (
      await gql(
        'mutation { signIn(input: { email: "admin@hearth.local", password: "hearth-demo-2026" }) { accessToken } }',
      )
    ).data.signIn.accessToken as string;

  it('migrates, seeds, signs in, lists groups and writes', async () => {
    app = await createApp({ logger: process.env['HEARTH_TEST_LOGS'] ? undefined : false });
    await app.init();
    expect((await gql('{ health }')).data).toEqual({ health: 'ok' });
    const token = await signIn();
    const groups = await gql('{ groups(first: 50) { totalCount } }', {}, token);
    expect(groups.data.groups.totalCount).toBe(15); // the admin sees SECRET groups too
    const created = await gql(
      'mutation { createGroup(input: { name: "Made on PGlite", category: TEAM, visibility: OPEN }) { slug } }',
      {},
      token,
    );
    expect(created.data.createGroup.slug).toBe('made-on-pglite');
    // A refused write inside a transaction leaves nothing behind.
    const dup = await gql(
      'mutation { createGroup(input: { name: "Again", slug: "made-on-pglite", category: TEAM, visibility: OPEN }) { slug } }',
      {},
      token,
    );
    expect(dup.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('keeps the data across a restart and does not seed twice', async () => {
    app = await createApp({ logger: process.env['HEARTH_TEST_LOGS'] ? undefined : false });
    await app.init();
    const token = await signIn();
    const groups = await gql(
      '{ groups(first: 50, search: "pglite") { totalCount } all: groups { totalCount } }',
      {},
      token,
    );
    expect(groups.data.groups.totalCount).toBe(1);
    expect(groups.data.all.totalCount).toBe(16);
    const people = await gql('{ users(first: 50) { totalCount } }', {}, token);
    expect(people.data.users.totalCount).toBe(39);
  });
});
