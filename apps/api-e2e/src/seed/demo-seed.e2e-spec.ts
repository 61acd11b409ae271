import { GroupCategory, GroupVisibility, JoinRequestStatus } from '@hearth/shared/util';
import { PasswordHasher } from '@hearth/api/identity';
import { DataSource } from 'typeorm';
// The seed and data source belong to the API app; the test exercises them directly.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { openDataSource } from '../../../api/src/database/data-source';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { seedDemo } from '../../../api/src/seed/demo-seed';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '../../../api/src/seed/demo-data';
import { scratchDatabase } from '../support/scratch-db';

describe('the demo seed', () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let ds: DataSource;
  beforeAll(async () => {
    process.env['PASSWORD_HASH_COST'] = '1024';
    db = await scratchDatabase();
    ds = await openDataSource({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('seeds a whole organisation once, and is a no-op the second time', async () => {
    expect(await seedDemo(ds)).toBe(true);
    const count = async (sql: string): Promise<number> => {
      const rows: Array<{ n: number }> = await ds.query(sql);
      return rows[0]?.n ?? -1;
    };
    expect(
      await count('SELECT count(*)::int AS n FROM users WHERE password_hash IS NOT NULL'),
    ).toBe(40);
    expect(
      await count('SELECT count(DISTINCT department)::int AS n FROM users'),
    ).toBeGreaterThanOrEqual(6);
    expect(await count('SELECT count(*)::int AS n FROM users WHERE NOT active')).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM groups')).toBe(15);
    expect(await count('SELECT count(*)::int AS n FROM groups WHERE archived_at IS NOT NULL')).toBe(
      1,
    );
    const vis: Array<{ visibility: string }> = await ds.query(
      'SELECT DISTINCT visibility FROM groups',
    );
    expect(vis.map((v) => v.visibility).sort()).toEqual(Object.values(GroupVisibility).sort());
    const cats: Array<{ category: string }> = await ds.query(
      'SELECT DISTINCT category FROM groups',
    );
    expect(cats.map((c) => c.category).sort()).toEqual(Object.values(GroupCategory).sort());
    expect(
      await count(
        `SELECT count(*)::int AS n FROM group_join_requests WHERE status = '${JoinRequestStatus.PENDING}'`,
      ),
    ).toBeGreaterThan(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM group_invitations WHERE status = 'PENDING'`),
    ).toBeGreaterThan(1);
    expect(
      await count('SELECT count(*)::int AS n FROM org_invitations WHERE accepted_at IS NULL'),
    ).toBe(1);
    // Every group has exactly one creator-owner at least, and managers form no loops (depth bounded).
    expect(
      await count(
        `SELECT count(*)::int AS n FROM groups g WHERE NOT EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = g.id AND m.role = 'OWNER')`,
      ),
    ).toBe(0);
    const [admin] = await ds.query('SELECT password_hash, org_role FROM users WHERE email = $1', [
      DEMO_ADMIN_EMAIL,
    ]);
    expect(admin.org_role).toBe('ADMIN');
    expect(
      await new PasswordHasher({ passwordHashCost: 1024 }).verify(
        DEMO_PASSWORD,
        admin.password_hash,
      ),
    ).toBe(true);
    // A conversation to read: every kind of post, comments with replies, reactions, votes.
    expect(await count('SELECT count(*)::int AS n FROM posts')).toBe(7);
    const kinds: Array<{ kind: string }> = await ds.query('SELECT DISTINCT kind FROM posts');
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'ANNOUNCEMENT',
      'DISCUSSION',
      'POLL',
      'QUESTION',
    ]);
    expect(
      await count('SELECT count(*)::int AS n FROM comments WHERE parent_id IS NOT NULL'),
    ).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM post_hashtags')).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM poll_votes')).toBeGreaterThan(0);
    expect(await seedDemo(ds)).toBe(false);
    expect(await count('SELECT count(*)::int AS n FROM groups')).toBe(15);
  });
});
