import { OrgRole } from '@hearth/shared/util';

/** What the session check found for a live session of an active person. */
export interface LiveSession {
  userId: string;
  orgRole: OrgRole;
  /** The session's `expires_at`, in milliseconds since the epoch. */
  expiresAt: number;
}

interface Entry extends LiveSession {
  /** When this entry was stored (ms): entries older than `maxAgeMs` are read again. */
  storedAt: number;
}

/**
 * Per process, the sessions the session check has recently found live, so that a signed-in request
 * costs no statement for them. An entry is only as good as the invalidations that reach it:
 *
 * - it is used only while `enabled` (the process is LISTENing to PostgreSQL's session-invalidation
 *   channel; see SessionInvalidationListener) — turning it off empties it;
 * - `invalidateSession` / `invalidateUser` drop entries (called in-process right after a revoking
 *   commit, and for every notification of the triggers on `sessions` and `users`);
 * - a read that began before any invalidation is not stored (`generation`): its result may predate
 *   the change that invalidated;
 * - an expired session or an entry older than `maxAgeMs` misses.
 *
 * The least recently used entry goes first once `capacity` is reached; capacity 0 turns it off.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private gen = 0;
  private on = false;

  constructor(
    readonly capacity: number,
    private readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether entries are being used (see the class comment). */
  get enabled(): boolean {
    return this.on && this.capacity > 0;
  }

  /** Starts using the cache (once invalidations can reach it), or stops and empties it. */
  setEnabled(on: boolean): void {
    if (!on) this.clear();
    this.on = on;
  }

  /** The live session `sessionId` of `userId`, if held and still good; else undefined. */
  get(sessionId: string, userId: string): LiveSession | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    const now = this.now();
    if (entry.userId !== userId || entry.expiresAt <= now || now - entry.storedAt > this.maxAgeMs) {
      this.entries.delete(sessionId);
      return undefined;
    }
    // Map keeps insertion order: re-inserting marks it the most recently used.
    this.entries.delete(sessionId);
    this.entries.set(sessionId, entry);
    return entry;
  }

  /** Taken before reading a session from the database; `store` needs it. */
  get generation(): number {
    return this.gen;
  }

  /**
   * Keeps what a read begun at `generation` found, unless anything was invalidated since (the read
   * may have seen the database before that change) or the cache is off.
   */
  store(generation: number, sessionId: string, session: LiveSession): void {
    if (!this.enabled || generation !== this.gen) return;
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { ...session, storedAt: this.now() });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  invalidateSession(sessionId: string): void {
    this.gen++;
    this.entries.delete(sessionId);
  }

  /** Drops every session of a person (deactivation, role change, deletion). */
  invalidateUser(userId: string): void {
    this.gen++;
    for (const [sessionId, entry] of this.entries)
      if (entry.userId === userId) this.entries.delete(sessionId);
  }

  clear(): void {
    this.gen++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
