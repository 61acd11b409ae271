import { GroupVisibility, LIMITS, SLUG_PATTERN } from '@hearth/shared/util';
import { createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp } from '../support/test-app';
import { scratchDatabase, ScratchDatabase } from '../support/scratch-db';
// The migration under test lives in the API app, which has no import alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SecretGroupSlugs1796800000000 } from '../../../api/src/database/migrations/1796800000000-secret-group-slugs';

/**
 * SECRET groups made before their addresses ended in random characters get such an address; other
 * groups keep theirs. On a database of its own, as the migration re-addresses every SECRET group.
 */
describe('migration: random addresses for existing SECRET groups', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchDatabase();
  });
  afterAll(() => db.drop());

  it('re-addresses SECRET groups only, within the address limits', async () => {
    const t = await bootTestApp({ DATABASE_URL: db.url });
    try {
      const owner = await createUser(t.ds);
      const long = 'a'.repeat(LIMITS.groupSlug.max);
      const secret = await createGroup(t.ds, {
        owner,
        slug: 'old-secret',
        visibility: GroupVisibility.SECRET,
      });
      const longSecret = await createGroup(t.ds, {
        owner,
        slug: long,
        visibility: GroupVisibility.SECRET,
      });
      const open = await createGroup(t.ds, { owner, slug: 'old-open' });
      const runner = t.ds.createQueryRunner();
      try {
        await new SecretGroupSlugs1796800000000().up(runner);
      } finally {
        await runner.release();
      }
      const slugs = new Map(
        (
          await t.ds.query<Array<{ id: string; slug: string }>>(
            `SELECT id, slug FROM groups WHERE id = ANY($1::uuid[])`,
            [[secret.id, longSecret.id, open.id]],
          )
        ).map((r) => [r.id, r.slug]),
      );
      expect(slugs.get(open.id)).toBe('old-open');
      expect(slugs.get(secret.id)).toMatch(/^old-secret-[0-9a-f]{12}$/);
      const l = slugs.get(longSecret.id) ?? '';
      expect([l.length, SLUG_PATTERN.test(l), l.startsWith('a'.repeat(47))]).toEqual([
        LIMITS.groupSlug.max,
        true,
        true,
      ]);
    } finally {
      await t.close();
    }
  });
});
