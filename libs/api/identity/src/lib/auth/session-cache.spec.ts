import { OrgRole } from '@hearth/shared/util';
import { LiveSession, SessionCache } from './session-cache';

const live = (userId: string, expiresAt = 10_000_000): LiveSession => ({
  userId,
  orgRole: OrgRole.MEMBER,
  expiresAt,
});

describe('SessionCache', () => {
  let now = 1_000_000;
  const clock = () => now;
  const cache = (capacity = 3, maxAgeMs = 60_000) => {
    const c = new SessionCache(capacity, maxAgeMs, clock);
    c.setEnabled(true);
    return c;
  };
  beforeEach(() => {
    now = 1_000_000;
  });

  it('answers for a stored session of the same person only', () => {
    const c = cache();
    c.store(c.generation, 's1', live('u1'));
    expect(c.get('s1', 'u1')).toMatchObject({ userId: 'u1', orgRole: OrgRole.MEMBER });
    expect(c.get('s1', 'someone-else')).toBeUndefined();
    expect(c.get('s2', 'u1')).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const c = cache(3);
    for (const s of ['s1', 's2', 's3']) c.store(c.generation, s, live('u'));
    expect(c.get('s1', 'u')).toBeDefined(); // s2 is now the least recently used
    c.store(c.generation, 's4', live('u'));
    expect(c.size).toBe(3);
    expect(c.get('s2', 'u')).toBeUndefined();
    for (const s of ['s1', 's3', 's4']) expect(c.get(s, 'u')).toBeDefined();
  });

  it('does not store what a read begun before an invalidation found', () => {
    const c = cache();
    const before = c.generation;
    c.invalidateSession('s1'); // e.g. the sign-out's notification arrives while the read runs
    c.store(before, 's1', live('u1'));
    expect(c.get('s1', 'u1')).toBeUndefined();
    const after = c.generation;
    c.store(after, 's1', live('u1'));
    expect(c.get('s1', 'u1')).toBeDefined();
  });

  it('an invalidation of that session or person, a clearing, or too many to track void reads under way', () => {
    for (const invalidate of [
      (c: SessionCache) => c.invalidateSession('s1'),
      (c: SessionCache) => c.invalidateUser('u1'),
      (c: SessionCache) => c.clear(),
      (c: SessionCache) => {
        for (let i = 0; i <= 2000; i++) c.invalidateSession(`other-${i}`);
      },
    ]) {
      const c = cache();
      const before = c.generation;
      invalidate(c);
      c.store(before, 's1', live('u1'));
      expect(c.size).toBe(0);
    }
  });

  it('invalidations of other sessions and people do not void a read under way', () => {
    // Other people sign out all the time: a busy instance must still keep what it reads.
    const c = cache();
    const before = c.generation;
    c.invalidateSession('other');
    c.invalidateUser('someone-else');
    c.store(before, 's1', live('u1'));
    expect(c.get('s1', 'u1')).toBeDefined();
  });

  it('drops a session, or every session of a person', () => {
    const c = cache(10);
    c.store(c.generation, 'a1', live('ana'));
    c.store(c.generation, 'a2', live('ana'));
    c.store(c.generation, 'b1', live('ben'));
    c.invalidateSession('a1');
    expect(c.get('a1', 'ana')).toBeUndefined();
    expect(c.get('a2', 'ana')).toBeDefined();
    c.invalidateUser('ana');
    expect(c.get('a2', 'ana')).toBeUndefined();
    expect(c.get('b1', 'ben')).toBeDefined();
  });

  it('misses once the session has expired or the entry is older than its maximum age', () => {
    const c = cache(10, 60_000);
    c.store(c.generation, 'short', live('u', now + 1000));
    c.store(c.generation, 'long', live('u'));
    now += 1000;
    expect(c.get('short', 'u')).toBeUndefined();
    expect(c.get('long', 'u')).toBeDefined();
    now += 60_000;
    expect(c.get('long', 'u')).toBeUndefined();
  });

  it('is not used, and holds nothing, while disabled or of capacity 0', () => {
    const c = cache();
    c.store(c.generation, 's1', live('u1'));
    c.setEnabled(false);
    expect(c.size).toBe(0);
    expect(c.enabled).toBe(false);
    c.store(c.generation, 's1', live('u1'));
    expect(c.get('s1', 'u1')).toBeUndefined();
    c.setEnabled(true);
    expect(c.get('s1', 'u1')).toBeUndefined();

    const off = cache(0);
    expect(off.enabled).toBe(false);
    off.store(off.generation, 's1', live('u1'));
    expect(off.size).toBe(0);
  });
});
