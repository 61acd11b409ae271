import { OrgRole } from '@hearth/shared/util';

/** What the session check found for a live session of an active person. */
export interface LiveSession {
  userId: string;
  orgRole: OrgRole;
  /** The session's `expires_at`, in milliseconds since the epoch. */
  expiresAt: number;
}

/** One invalidation, remembered for reads under way: of a session, of a person, or of everything. */
interface Invalidation {
  generation: number;
  sessionId?: string;
  userId?: string;
}

/** How many recent invalidations are remembered; a read older than all of them is not stored. */
const INVALIDATIONS_KEPT = 1024;

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
 * - a read that began before an invalidation of its session or person (or a clearing) is not stored
 *   (`generation` and the log of recent invalidations): its result may predate that change; other
 *   people's invalidations do not void it, so a busy instance keeps caching;
 * - an expired session or an entry older than `maxAgeMs` misses.
 *
 * The least recently used entry goes first once `capacity` is reached; capacity 0 turns it off.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly recent: Invalidation[] = [];
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
   * Keeps what a read begun at `generation` found, unless its session or person was invalidated
   * since (the read may have seen the database before that change), everything was cleared, more
   * invalidations came than are remembered, or the cache is off.
   */
  store(generation: number, sessionId: string, session: LiveSession): void {
    if (!this.enabled || this.voided(generation, sessionId, session.userId)) return;
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { ...session, storedAt: this.now() });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  invalidateSession(sessionId: string): void {
    this.remember({ generation: ++this.gen, sessionId });
    this.entries.delete(sessionId);
  }

  /** Drops every session of a person (deactivation, role change, deletion). */
  invalidateUser(userId: string): void {
    this.remember({ generation: ++this.gen, userId });
    for (const [sessionId, entry] of this.entries)
      if (entry.userId === userId) this.entries.delete(sessionId);
  }

  clear(): void {
    this.remember({ generation: ++this.gen });
    this.entries.clear();
  }

  private remember(invalidation: Invalidation): void {
    this.recent.push(invalidation);
    if (this.recent.length > INVALIDATIONS_KEPT) this.recent.shift();
  }

  /** Whether an invalidation since `generation` concerns this session or person. */
  private voided(generation: number, sessionId: string, userId: string): boolean {
    if (generation === this.gen) return false;
    const oldest = this.recent[0];
    // Forgotten invalidations may have concerned this read: do not trust it.
    if (!oldest || oldest.generation > generation + 1) return true;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const inv = this.recent[i] as Invalidation;
      if (inv.generation <= generation) break;
      if (inv.sessionId === undefined && inv.userId === undefined) return true;
      if (inv.sessionId === sessionId || inv.userId === userId) return true;
    }
    return false;
  }

  get size(): number {
    return this.entries.size;
  }
}
