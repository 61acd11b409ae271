import { addMember, createGroup, createUser } from '@hearth/api/testing';
import http, { IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import WebSocket from 'ws';
import { createPost } from './conversation/helpers';
import { scratchDatabase, ScratchDatabase } from './support/scratch-db';
import { bootTestApp, TestApp } from './support/test-app';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Stopping the API (as SIGTERM does, through `stopApp`) closes subscription sockets with a code
 * their clients reconnect after, answers the requests it has begun, tells their clients not to send
 * another down the same connection, refuses new connections, and only then closes the database.
 */
describe('stopping the API', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await bootTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    if (t.ds.isInitialized) await t.close();
  });

  /** A request whose body is sent in two parts: it is under way once the first has arrived. */
  const halfSent = (payload: string, token: string, agent: http.Agent) => {
    const server = t.app.getHttpServer() as http.Server;
    const heard = new Promise<void>((resolve) => server.once('request', () => resolve()));
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
        authorization: `Bearer ${token}`,
      },
    });
    const answer = new Promise<Answer>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
    });
    const half = Math.floor(payload.length / 2);
    req.write(payload.slice(0, half));
    return { heard, finish: () => req.end(payload.slice(half)), answer };
  };

  /** A signed-in graphql-ws socket, once acknowledged; resolves `closed` with its close code. */
  const socket = async (token: string) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () =>
        ws.send(
          JSON.stringify({
            type: 'connection_init',
            payload: { authorization: `Bearer ${token}` },
          }),
        ),
      );
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as { type: string };
        if (message.type === 'connection_ack') resolve();
      });
      ws.once('error', reject);
    });
    return { closed };
  };

  const post = (): Promise<string> =>
    new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST' });
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.on('response', (res) => {
        res.resume();
        resolve(`answered ${res.statusCode}`);
      });
      req.end('{}');
    });

  it('closes subscription sockets to reconnect, answers a request under way with Connection: close, refuses new connections, then closes the database', async () => {
    const user = await createUser(t.ds);
    const token = await t.tokenFor(user);
    expect(await post()).toBe('answered 400');
    const agent = new http.Agent({ keepAlive: true });
    const live = await socket(token);
    const underWay = halfSent(JSON.stringify({ query: '{ me { id } }' }), token, agent);
    await underWay.heard;

    const stopped = t.close();
    // Subscription sockets are closed at once, as "Service Restart", which clients reconnect after.
    expect(await live.closed).toBe(1012);
    // Once the drain has begun the server no longer listens: new connections are refused.
    const server = t.app.getHttpServer() as http.Server;
    for (let i = 0; i < 500 && server.listening; i++) await new Promise((r) => setTimeout(r, 10));
    expect(server.listening).toBe(false);
    expect(await post()).toBe('ECONNREFUSED');
    // The database stays open for the request under way.
    expect(t.ds.isInitialized).toBe(true);

    underWay.finish();
    const answer = await underWay.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { me: { id: user.id } } });
    // So that the client does not send its next request down a connection about to close.
    expect(answer.headers.connection).toBe('close');

    await stopped;
    expect(t.ds.isInitialized).toBe(false);
    agent.destroy();
  });
});

/**
 * An operation whose client has gone away is no longer waited for by the HTTP drain (its connection
 * is closed), but its work is: the database closes only after it has finished. On a database of its
 * own, since the test holds a lock on a whole table.
 */
describe('stopping the API under an operation whose client has gone', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchDatabase();
  });
  afterAll(() => db.drop());

  it('finishes the operation before closing the database', async () => {
    const t = await bootTestApp({ DATABASE_URL: db.url });
    const locker = new Client({ connectionString: db.url });
    await locker.connect();
    try {
      await t.app.listen(0, '127.0.0.1');
      const port = (t.app.getHttpServer().address() as AddressInfo).port;
      const owner = await createUser(t.ds);
      const reader = await createUser(t.ds);
      const group = await createGroup(t.ds, { owner });
      await addMember(t.ds, group, reader);
      const post = await createPost(t, await t.tokenFor(owner), { groupId: group.id, body: 'Hi' });
      const token = await t.tokenFor(reader);
      // No job of the post's may be what waits for the lock below.
      await t.jobsDone();

      // Reading groups waits for the test's lock: the operation is under way, stuck at that point.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE groups IN ACCESS EXCLUSIVE MODE');
      const waiting = async () =>
        Number(
          (
            await locker.query(
              `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                WHERE c.relname = 'groups' AND NOT l.granted`,
            )
          ).rows[0].n,
        );
      const payload = JSON.stringify({
        query: 'mutation($ids: [ID!]!) { markPostsSeen(input: { postIds: $ids }) }',
        variables: { ids: [post.id] },
      });
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      req.on('error', () => undefined);
      req.end(payload);
      for (let i = 0; i < 500 && (await waiting()) === 0; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(await waiting()).toBe(1);
      // The client gives up; the API is told to stop.
      req.destroy();
      const stopped = t.close();
      const server = t.app.getHttpServer() as http.Server;
      for (let i = 0; i < 500 && server.listening; i++) await new Promise((r) => setTimeout(r, 10));
      expect(server.listening).toBe(false);
      await new Promise((r) => setTimeout(r, 200));
      // Stopping waits for the operation: the database is still open.
      expect(t.ds.isInitialized).toBe(true);
      await locker.query('ROLLBACK');

      await stopped;
      expect(t.ds.isInitialized).toBe(false);
      // Its work was done: the view is recorded (before, the database closed under it).
      const views = await locker.query(
        'SELECT user_id FROM post_views WHERE post_id = $1 AND user_id = $2',
        [post.id, reader.id],
      );
      expect(views.rowCount).toBe(1);
    } finally {
      await locker.end();
      if (t.ds.isInitialized) await t.close();
    }
  });
});
