import { LiveStatus } from './live-status';
import { createSocket } from './client';
import { SessionStore } from './session';

/** A stand-in for the browser's WebSocket that the test opens, acknowledges and closes. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static made: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  protocol = 'graphql-transport-ws';
  sent: Array<{ type: string }> = [];
  onopen: (() => void) | null = null;
  onclose: ((e: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data) as { type: string });
  }
  close(code = 1000, reason = ''): void {
    this.drop(code, reason);
  }
  /** The server accepts the socket and acknowledges the connection. */
  accept(): void {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  ack(): void {
    this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) });
  }
  /** The connection ends (1006: refused or cut without a close frame). */
  drop(code = 1006, reason = ''): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: code !== 1006 });
  }
}

const memory = (): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> => {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
};

describe('the live socket', () => {
  const realWebSocket = globalThis.WebSocket;
  beforeEach(() => {
    FakeSocket.made = [];
    vi.useFakeTimers();
    (globalThis as { WebSocket: unknown }).WebSocket = FakeSocket;
  });
  afterEach(() => {
    vi.useRealTimers();
    (globalThis as { WebSocket: unknown }).WebSocket = realWebSocket;
  });

  const signedIn = (): SessionStore => {
    const session = new SessionStore('/graphql', memory());
    session.set({
      accessToken: 'token',
      accessTokenExpiresAt: new Date(Date.now() + 3600_000).toISOString(),
      refreshToken: 'refresh',
    });
    return session;
  };

  /** Lets the client's promises run, and its timers up to `ms`. */
  const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

  it('keeps trying a refused connection, says it is reconnecting, and catches up once back', async () => {
    const status = new LiveStatus();
    const onReconnect = vi.fn();
    const client = createSocket(signedIn(), 'ws://127.0.0.1:3000/graphql', onReconnect, status);
    client.subscribe(
      { query: 'subscription { homeEvents { kind } }' },
      {
        next: () => undefined,
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await settle();
    // Refused ten times in a row (as a 403 on the upgrade is): never given up.
    for (let attempt = 0; attempt < 10; attempt++) {
      const socket = FakeSocket.made.at(-1);
      expect(socket).toBeDefined();
      socket?.drop(1006);
      await settle();
      expect(status.state).toBe('reconnecting');
      await settle(40_000);
    }
    expect(FakeSocket.made.length).toBe(11);
    expect(onReconnect).not.toHaveBeenCalled();
    const last = FakeSocket.made.at(-1);
    last?.accept();
    await settle();
    expect(last?.sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer token' },
    });
    last?.ack();
    await settle();
    expect(status.state).toBe('live');
    expect(onReconnect).toHaveBeenCalledTimes(1);
  });

  it('is live once acknowledged, and idle (not reconnecting) when the last subscription ends', async () => {
    const status = new LiveStatus();
    const client = createSocket(signedIn(), 'ws://127.0.0.1:3000/graphql', () => undefined, status);
    const stop = client.subscribe(
      { query: 'subscription { homeEvents { kind } }' },
      {
        next: () => undefined,
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await settle();
    const socket = FakeSocket.made[0];
    socket?.accept();
    await settle();
    socket?.ack();
    await settle();
    expect(status.state).toBe('live');
    stop();
    await settle(100);
    expect(status.state).toBe('idle');
  });
});
