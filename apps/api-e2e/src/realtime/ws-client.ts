import { Client, createClient } from 'graphql-ws';
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { TestApp } from '../support/test-app';

/** Makes the app listen on a free port and returns its subscription URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

export interface Live<T = any> {
  events: T[];
  errors: unknown[];
  done: boolean;
  /** Resolves once `count` events arrived (rejects after `ms`). */
  received: (count: number, ms?: number) => Promise<T[]>;
  stop: () => void;
}

/** A real graphql-ws client signed in with `token` (none: no connection params). */
export function wsClient(url: string, token?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

export function live<T = any>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Live<T> {
  const state: Live<T> = {
    events: [],
    errors: [],
    done: false,
    received: (count, ms = 5000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const tick = (): void => {
          if (state.events.length >= count) return resolve(state.events);
          if (Date.now() - started > ms)
            return reject(
              new Error(
                `expected ${count} events, got ${state.events.length}: ${JSON.stringify(state.errors)}`,
              ),
            );
          setTimeout(tick, 10);
        };
        tick();
      }),
    stop: () => undefined,
  };
  state.stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) state.errors.push(...value.errors);
        const data = value.data as Record<string, T> | null | undefined;
        if (data) state.events.push(Object.values(data)[0] as T);
      },
      error: (e) => {
        // A refused subscription ends with a list of GraphQL errors.
        if (Array.isArray(e)) state.errors.push(...(e as unknown[]));
        else state.errors.push(e);
        state.done = true;
      },
      complete: () => {
        state.done = true;
      },
    },
  );
  return state;
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Lets in-flight deliveries land, for assertions that something did NOT arrive. */
export const settle = (ms = 300): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A raw protocol exchange: opens a socket (optionally with an Origin), sends connection_init with
 * `payload`, and resolves with how it ended: acknowledged, closed with a code, or refused at upgrade.
 */
export function handshake(
  url: string,
  payload: Record<string, unknown> | undefined,
  origin?: string,
): Promise<{ acked: boolean; code?: number; reason?: string; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', origin ? { origin } : {});
    let acked = false;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload })));
    ws.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse((data as Buffer).toString('utf8')) as { type: string };
      if (message.type === 'connection_ack') {
        acked = true;
        ws.close(1000);
      }
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve({ acked: false, status: res.statusCode });
      ws.terminate();
    });
    ws.on('close', (code, reason) => resolve({ acked, code, reason: reason.toString() }));
    ws.on('error', () => undefined);
  });
}
