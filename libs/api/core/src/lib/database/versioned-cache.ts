/**
 * Objects read from the database, kept in memory by id under the version they were read at, least
 * recently used dropped first. `get` answers only for the exact version a statement has just read,
 * so a cached object never shows what the database no longer holds; a changed row simply misses
 * and is read again. The objects are shared between requests and must never be changed.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: T }>();

  constructor(private readonly capacity: number) {}

  get(id: string, version: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.version !== version) return undefined;
    // Map keeps insertion order: re-inserting marks it the most recently used.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.value;
  }

  set(id: string, version: string, value: T): void {
    if (this.capacity === 0) return;
    this.entries.delete(id);
    this.entries.set(id, { version, value });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
