import { createUser } from '@hearth/api/testing';
import http, { IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';
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
