/** The signed-in session: the access token lives in memory, the refresh token in localStorage. */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const KEY = 'hearth.refreshToken';

export class SessionStore {
  private access: { token: string; expiresAt: number } | null = null;
  private listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | null = null;

  constructor(
    private readonly endpoint = '/graphql',
    private readonly storage: Pick<
      Storage,
      'getItem' | 'setItem' | 'removeItem'
    > = window.localStorage,
  ) {}

  get hasSession(): boolean {
    return this.storage.getItem(KEY) !== null;
  }

  set(tokens: SessionTokens): void {
    this.access = { token: tokens.accessToken, expiresAt: Date.parse(tokens.accessTokenExpiresAt) };
    this.storage.setItem(KEY, tokens.refreshToken);
    this.emit();
  }

  clear(): void {
    this.access = null;
    this.storage.removeItem(KEY);
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  /** A valid access token, refreshing (once, shared by concurrent callers) when it is about to expire. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - Date.now() > 15_000) return this.access.token;
    if (!this.hasSession) return null;
    const ok = await (this.refreshing ??= this.refresh().finally(() => (this.refreshing = null)));
    return ok && this.access ? this.access.token : null;
  }

  private async refresh(): Promise<boolean> {
    const refreshToken = this.storage.getItem(KEY);
    if (!refreshToken) return false;
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken accessTokenExpiresAt refreshToken } }',
          variables: { input: { refreshToken } },
        }),
      });
      const body = (await res.json()) as { data?: { refreshSession?: SessionTokens } | null };
      const tokens = body.data?.refreshSession;
      if (!tokens) {
        this.clear();
        return false;
      }
      this.set(tokens);
      return true;
    } catch {
      // Offline: keep the session and try again on the next request.
      return false;
    }
  }
}
