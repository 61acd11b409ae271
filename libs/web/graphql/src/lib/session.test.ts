import { SessionStore } from './session';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const tokens = (n: number, expiresInMs: number) => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  refreshToken: `refresh-${n}`,
});

function respond(body: unknown) {
  return vi.fn(() => Promise.resolve({ json: () => Promise.resolve(body) } as Response));
}

describe('SessionStore', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands out a fresh access token without calling the server', async () => {
    const fetchMock = respond({});
    vi.stubGlobal('fetch', fetchMock);
    const store = new SessionStore('/graphql', new MemoryStorage());
    store.set(tokens(1, 600_000));
    expect(await store.accessToken()).toBe('access-1');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refreshes once for concurrent callers when the token is about to expire, and keeps the new refresh token', async () => {
    const fetchMock = respond({ data: { refreshSession: tokens(2, 600_000) } });
    vi.stubGlobal('fetch', fetchMock);
    const storage = new MemoryStorage();
    const store = new SessionStore('/graphql', storage);
    store.set(tokens(1, 5_000));
    const [a, b] = await Promise.all([store.accessToken(), store.accessToken()]);
    expect([a, b]).toEqual(['access-2', 'access-2']);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(storage.getItem('hearth.refreshToken')).toBe('refresh-2');
  });

  it('ends the session when the server refuses the refresh token', async () => {
    vi.stubGlobal(
      'fetch',
      respond({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const store = new SessionStore('/graphql', new MemoryStorage());
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(tokens(1, 1_000));
    expect(await store.accessToken()).toBeNull();
    expect(store.hasSession).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the session when offline, to try again later', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    const store = new SessionStore('/graphql', new MemoryStorage());
    store.set(tokens(1, 1_000));
    expect(await store.accessToken()).toBeNull();
    expect(store.hasSession).toBe(true);
  });
});
