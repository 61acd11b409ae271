import { homeFeedSql } from '@hearth/api/conversation';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import { scratchDatabase, ScratchDatabase } from '../support/scratch-db';
import { createPost } from './helpers';
// The migration under test lives in the API app, which has no import alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { PostSeenCounts1796500000000 } from '../../../api/src/database/migrations/1796500000000-post-seen-counts';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AuthorsNotAmongViewers1796600000000 } from '../../../api/src/database/migrations/1796600000000-authors-not-among-viewers';

interface PlanNode {
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Rows PostgreSQL read from `post_views` (its table or primary key) while running a plan. */
function viewRowsRead(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'post_views' || node['Index Name'] === 'pk_post_views'
      ? node['Actual Rows'] * node['Actual Loops']
      : 0;
  return own + (node.Plans ?? []).reduce((n, child) => n + viewRowsRead(child), 0);
}

const SEEN = `mutation($ids: [ID!]!) { markPostsSeen(input: { postIds: $ids }) }`;
const SEEN_COUNT = `query($p: ID!) { post(id: $p) { seenCount } }`;

describe('"Seen by" counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it("a feed page reads a post's number of views, not every view: its cost does not grow with its viewers", async () => {
    const owner = await createUser(t.ds);
    const reader = await createUser(t.ds);
    const group = await createGroup(t.ds, { owner });
    await addMember(t.ds, group, reader);
    const post = await createPost(t, await t.tokenFor(owner), {
      groupId: group.id,
      body: 'Seen by the whole floor',
    });
    const viewers = await Promise.all(Array.from({ length: 150 }, () => createUser(t.ds)));
    await t.ds.query(`INSERT INTO post_views (post_id, user_id) SELECT $1, unnest($2::uuid[])`, [
      post.id,
      viewers.map((v) => v.id),
    ]);
    expect((await t.gql(SEEN_COUNT, { p: post.id }, await t.tokenFor(reader))).data.post).toEqual({
      seenCount: 150,
    });
    const [{ 'QUERY PLAN': plans }] = await t.ds.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${homeFeedSql(false)}`,
      [reader.id, null, null, 21],
    );
    // Only "have I seen it?" for the one post: at most one row (counting read all 150).
    expect(viewRowsRead(plans[0].Plan)).toBeLessThanOrEqual(1);
  });

  describe('migration', () => {
    let db: ScratchDatabase;
    beforeAll(async () => {
      db = await scratchDatabase();
    });
    afterAll(() => db.drop());

    it('counts the views recorded before it, and every view after it', async () => {
      const s = await bootTestApp({ DATABASE_URL: db.url });
      try {
        const owner = await createUser(s.ds);
        const group = await createGroup(s.ds, { owner });
        const people = await Promise.all([1, 2, 3, 4].map(() => createUser(s.ds)));
        for (const p of people) await addMember(s.ds, group, p);
        const ownerToken = await s.tokenFor(owner);
        const [a, b] = [
          await createPost(s, ownerToken, { groupId: group.id, body: 'A' }),
          await createPost(s, ownerToken, { groupId: group.id, body: 'B' }),
        ];
        const tokens = await Promise.all(people.map((p) => s.tokenFor(p)));
        const count = async (id: string) =>
          (await s.gql(SEEN_COUNT, { p: id }, ownerToken)).data.post.seenCount as number;

        // As a database from before the migration: no counters, and views recorded without them.
        const migration = new PostSeenCounts1796500000000();
        const qr = s.ds.createQueryRunner();
        try {
          await migration.down(qr);
          const [{ n }] = await s.ds.query(
            `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'post_seen_counts'`,
          );
          expect(n).toBe(0);
          for (const tok of tokens.slice(0, 2)) await s.gql(SEEN, { ids: [a!.id, b!.id] }, tok);
          await s.gql(SEEN, { ids: [a!.id] }, tokens[2]);
          // In a transaction, as migrations run.
          await qr.startTransaction();
          await migration.up(qr);
          await qr.commitTransaction();
        } finally {
          await qr.release();
        }
        expect([await count(a!.id), await count(b!.id)]).toEqual([3, 2]);

        // The fourth person sees both: each goes up by one.
        expect((await s.gql(SEEN, { ids: [a!.id, b!.id] }, tokens[3])).data.markPostsSeen).toBe(2);
        expect([await count(a!.id), await count(b!.id)]).toEqual([4, 3]);
      } finally {
        await s.close();
      }
    });

    it("takes authors out of their own posts' viewers, and their counts", async () => {
      const s = await bootTestApp({ DATABASE_URL: db.url });
      try {
        const author = await createUser(s.ds);
        const other = await createUser(s.ds);
        const group = await createGroup(s.ds, { owner: author });
        await addMember(s.ds, group, other);
        const token = await s.tokenFor(author);
        const post = await createPost(s, token, { groupId: group.id, body: 'Mine' });
        // As the API recorded them before: the author among the viewers.
        await s.ds.query(`INSERT INTO post_views (post_id, user_id) VALUES ($1, $2), ($1, $3)`, [
          post.id,
          author.id,
          other.id,
        ]);
        expect((await s.gql(SEEN_COUNT, { p: post.id }, token)).data.post.seenCount).toBe(2);
        const qr = s.ds.createQueryRunner();
        try {
          await new AuthorsNotAmongViewers1796600000000().up(qr);
        } finally {
          await qr.release();
        }
        expect((await s.gql(SEEN_COUNT, { p: post.id }, token)).data.post.seenCount).toBe(1);
        const views = await s.ds.query('SELECT user_id FROM post_views WHERE post_id = $1', [
          post.id,
        ]);
        expect(views).toEqual([{ user_id: other.id }]);
      } finally {
        await s.close();
      }
    });
  });
});
