import { INestApplication } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp, stopApp } from '../../../api/src/bootstrap';

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
    if (app) await stopApp(app);
    app = undefined;
  });
  /** PostgreSQL's lock file, which PGlite removes when it is closed cleanly. */
  const lockFile = () => join(dir, 'db', 'postmaster.pid');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    if (!app) throw new Error('no app');
    const req = request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body as { data?: any; errors?: any[] };
  };

  const groupIdOf = async (slug: string, token: string): Promise<string> =>
    (await gql('query($s: String) { group(slug: $s) { id } }', { s: slug }, token)).data.group
      .id as string;

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
    // The demo conversation, read through the same feed and card statements as on PostgreSQL.
    const feed = await gql(
      `{ homeFeed(first: 20) { edges { node { id kind author { initials } group { name }
          reactions { total } latestComments { body author { displayName } } poll { options { label } } } } }
         feedHighlights { edges { node { id } } } }`,
      {},
      token,
    );
    expect(feed.errors).toBeUndefined();
    const kinds = feed.data.homeFeed.edges.map((e: any) => e.node.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ANNOUNCEMENT', 'DISCUSSION']));
    const post = await gql(
      'mutation($g: ID!) { createPost(input: { groupId: $g, body: "Hello from PGlite #embedded" }) { hashtags author { displayName } } }',
      { g: await groupIdOf('announcements', token) },
      token,
    );
    expect(post.errors).toBeUndefined();
    expect(post.data.createPost.hashtags).toEqual(['embedded']);
    // A group feed reads the viewer's access with its page; an empty group is its access alone.
    const GROUP_FEED = `query($g: ID!) { groupFeed(groupId: $g, first: 5) { edges { node { body } } } }`;
    const groupFeed = await gql(GROUP_FEED, { g: await groupIdOf('announcements', token) }, token);
    expect(groupFeed.errors).toBeUndefined();
    expect(groupFeed.data.groupFeed.edges[0].node.body).toBe('Hello from PGlite #embedded');
    const empty = await gql(GROUP_FEED, { g: await groupIdOf('made-on-pglite', token) }, token);
    expect(empty.data.groupFeed.edges).toEqual([]);

    // The demo's live town hall, a vote, and similar questions through pg_trgm in the embedded database.
    const live = await gql(
      `{ townHalls(filter: LIVE) { edges { node { id title
         questions(first: 2) { edges { node { id body voteCount } } pageInfo { hasNextPage endCursor } } } } } }`,
      {},
      token,
    );
    expect(live.errors).toBeUndefined();
    const th = live.data.townHalls.edges[0].node;
    expect(th.title).toBe('Q4 all-hands with the leadership team');
    const top = th.questions.edges[0].node;
    // The next page continues after the cursor (a keyset over votes, publication time and id).
    expect(th.questions.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      'query($id: ID!, $a: String) { townHall(id: $id) { questions(first: 2, after: $a) { edges { node { id voteCount } } } } }',
      { id: th.id, a: th.questions.pageInfo.endCursor },
      token,
    );
    expect(next.errors).toBeUndefined();
    const second = next.data.townHall.questions.edges.map((e: { node: { id: string } }) => e.node);
    expect(second.length).toBeGreaterThan(0);
    const firstIds = th.questions.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(second.filter((q: { id: string }) => firstIds.includes(q.id))).toEqual([]);
    expect(second[0].voteCount).toBeLessThanOrEqual(th.questions.edges[1].node.voteCount);
    const voted = await gql(
      'mutation($id: ID!) { voteTownHallQuestion(id: $id, up: true) { voteCount viewerHasVoted } }',
      { id: top.id },
      token,
    );
    expect(voted.data.voteTownHallQuestion).toEqual({
      voteCount: top.voteCount + 1,
      viewerHasVoted: true,
    });
    const similar = await gql(
      'query($t: ID!) { similarTownHallQuestions(townHallId: $t, text: "remote work after the move") { body } }',
      { t: th.id },
      token,
    );
    expect(similar.errors).toBeUndefined();
    expect(similar.data.similarTownHallQuestions[0].body).toMatch(/remote work/);
  });

  it('is closed cleanly when the app stops', async () => {
    app = await createApp({ logger: false });
    await app.init();
    expect(existsSync(lockFile())).toBe(true);
    await stopApp(app);
    app = undefined;
    expect(existsSync(lockFile())).toBe(false);
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

  it('stops on Ctrl+C (SIGINT): exit code 0, the database closed cleanly', async () => {
    const port = 34_000 + Math.floor(Math.random() * 1000);
    const server = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: join(__dirname, '../../../..'),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    try {
      let health: unknown;
      for (let i = 0; i < 200 && health !== 'ok'; i++) {
        await new Promise((r) => setTimeout(r, 300));
        health = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ health }' }),
        })
          .then((r) => r.json() as Promise<{ data?: { health?: string } }>)
          .then((b) => b.data?.health)
          .catch(() => undefined);
      }
      expect(health).toBe('ok');
      expect(existsSync(lockFile())).toBe(true);
      server.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr).not.toMatch(/error/i);
      expect(existsSync(lockFile())).toBe(false);
    } finally {
      server.kill('SIGKILL');
    }
  });
});
