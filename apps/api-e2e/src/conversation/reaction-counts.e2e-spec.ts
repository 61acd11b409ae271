import { SHARED_CARDS_SQL } from '@hearth/api/conversation';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { GroupVisibility } from '@hearth/shared/util';
import { bootTestApp, TestApp } from '../support/test-app';
import { scratchDatabase, ScratchDatabase } from '../support/scratch-db';
import { addComment, createPost } from './helpers';
// The migration under test lives in the API app, which has no import alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ReactionCounts1796700000000 } from '../../../api/src/database/migrations/1796700000000-reaction-counts';

interface PlanNode {
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Rows PostgreSQL read from a reactions table (the table or any of its indexes) in a plan. */
function rowsRead(node: PlanNode, table: string, indexes: string[]): number {
  const own =
    node['Relation Name'] === table || indexes.includes(node['Index Name'] ?? '')
      ? node['Actual Rows'] * node['Actual Loops']
      : 0;
  return own + (node.Plans ?? []).reduce((n, child) => n + rowsRead(child, table, indexes), 0);
}

const REACT_POST = `mutation($p: ID!, $k: ReactionKind!) { reactToPost(input: { postId: $p, kind: $k }) { id } }`;
const UNREACT_POST = `mutation($p: ID!) { removePostReaction(input: { postId: $p }) { id } }`;
const REACT_COMMENT = `mutation($c: ID!, $k: ReactionKind!) { reactToComment(input: { commentId: $c, kind: $k }) { id } }`;
const UNREACT_COMMENT = `mutation($c: ID!) { removeCommentReaction(input: { commentId: $c }) { id } }`;
const SUMMARY = `reactions { total counts { kind count } }`;
const CARD = `query($p: ID!, $c: ID!) {
  post(id: $p) { ${SUMMARY} latestComments { id ${SUMMARY} } }
  comment(id: $c) { ${SUMMARY} } }`;

type Summary = { total: number; counts: Array<{ kind: string; count: number }> };

/** What the reactions themselves add up to, as a card shows it (most first, then by kind). */
async function truth(t: TestApp, table: string, column: string, id: string): Promise<Summary> {
  const counts: Array<{ kind: string; count: number }> = await t.ds.query(
    `SELECT kind, count(*)::int AS count FROM ${table} WHERE ${column} = $1 GROUP BY kind ORDER BY count(*) DESC, kind`,
    [id],
  );
  return { total: counts.reduce((n, c) => n + c.count, 0), counts };
}

/** Counters that differ from the reactions they count, over the whole database. */
const DRIFT = `
  SELECT 'post' AS target, coalesce(c.post_id, r.post_id) AS id, coalesce(c.kind, r.kind) AS kind, c.count, r.n
    FROM (SELECT * FROM post_reaction_counts WHERE count <> 0) c
    FULL JOIN (SELECT post_id, kind, count(*)::int AS n FROM post_reactions GROUP BY 1, 2) r
      ON r.post_id = c.post_id AND r.kind = c.kind
   WHERE c.count IS DISTINCT FROM r.n
  UNION ALL
  SELECT 'comment', coalesce(c.comment_id, r.comment_id), coalesce(c.kind, r.kind), c.count, r.n
    FROM (SELECT * FROM comment_reaction_counts WHERE count <> 0) c
    FULL JOIN (SELECT comment_id, kind, count(*)::int AS n FROM comment_reactions GROUP BY 1, 2) r
      ON r.comment_id = c.comment_id AND r.kind = c.kind
   WHERE c.count IS DISTINCT FROM r.n`;

describe('reaction counts by kind', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it("a card's reaction summaries stay exact through reactions added, changed and removed by many people at once", async () => {
    const owner = await createUser(t.ds);
    const group = await createGroup(t.ds, { owner, visibility: GroupVisibility.CLOSED });
    const people = await Promise.all(Array.from({ length: 60 }, () => createUser(t.ds)));
    for (const p of people) await addMember(t.ds, group, p);
    const tokens = await Promise.all(people.map((p) => t.tokenFor(p)));
    const ownerToken = await t.tokenFor(owner);
    const post = await createPost(t, ownerToken, { groupId: group.id, body: 'React!' });
    const comment = await addComment(t, ownerToken, post.id, 'And to me');

    const expectExact = async () => {
      const res = await t.gql(CARD, { p: post.id, c: comment.id }, ownerToken);
      expect(res.errors).toBeUndefined();
      const postTruth = await truth(t, 'post_reactions', 'post_id', post.id);
      const commentTruth = await truth(t, 'comment_reactions', 'comment_id', comment.id);
      expect(res.data.post.reactions).toEqual(postTruth);
      expect(res.data.post.latestComments).toEqual([{ id: comment.id, reactions: commentTruth }]);
      expect(res.data.comment.reactions).toEqual(commentTruth);
      expect(await t.ds.query(DRIFT)).toEqual([]);
      return { post: postTruth, comment: commentTruth };
    };
    const all = async (calls: Array<Promise<{ errors?: unknown }>>) =>
      expect((await Promise.all(calls)).filter((r) => r.errors)).toEqual([]);

    // Everyone reacts at once, to the post and to the comment.
    const kinds = ['LIKE', 'LOVE', 'CELEBRATE'];
    await all(
      tokens.flatMap((tok, i) => [
        t.gql(REACT_POST, { p: post.id, k: kinds[i % 3] }, tok),
        t.gql(REACT_COMMENT, { c: comment.id, k: kinds[(i + 1) % 3] }, tok),
      ]),
    );
    expect((await expectExact()).post).toEqual({
      total: 60,
      counts: [
        { kind: 'CELEBRATE', count: 20 },
        { kind: 'LIKE', count: 20 },
        { kind: 'LOVE', count: 20 },
      ],
    });

    // At once: a third change kind, a third take theirs back, a third react again the same way.
    await all(
      tokens.flatMap((tok, i) =>
        i % 3 === 0
          ? [
              t.gql(REACT_POST, { p: post.id, k: 'FUNNY' }, tok),
              t.gql(REACT_COMMENT, { c: comment.id, k: 'FUNNY' }, tok),
            ]
          : i % 3 === 1
            ? [
                t.gql(UNREACT_POST, { p: post.id }, tok),
                t.gql(UNREACT_COMMENT, { c: comment.id }, tok),
              ]
            : [
                t.gql(REACT_POST, { p: post.id, k: kinds[i % 3] }, tok),
                t.gql(REACT_COMMENT, { c: comment.id, k: kinds[(i + 1) % 3] }, tok),
              ],
      ),
    );
    // Post: LIKE (i%3=0) became FUNNY, LOVE (i%3=1) were removed, CELEBRATE stayed.
    // Comment: LOVE (i%3=0) became FUNNY, CELEBRATE (i%3=1) were removed, LIKE stayed.
    expect(await expectExact()).toEqual({
      post: {
        total: 40,
        counts: [
          { kind: 'CELEBRATE', count: 20 },
          { kind: 'FUNNY', count: 20 },
        ],
      },
      comment: {
        total: 40,
        counts: [
          { kind: 'FUNNY', count: 20 },
          { kind: 'LIKE', count: 20 },
        ],
      },
    });

    // The same people flip between two kinds at once, twice each: counts move, never drift.
    await all(
      tokens.flatMap((tok, i) =>
        i % 3 === 1
          ? []
          : [
              t.gql(REACT_POST, { p: post.id, k: 'INSIGHTFUL' }, tok),
              t.gql(REACT_POST, { p: post.id, k: i % 2 ? 'SUPPORT' : 'INSIGHTFUL' }, tok),
            ],
      ),
    );
    const after = await expectExact();
    expect(after.post.total).toBe(40);

    // Cascades keep them exact: a reacting person deleted, then the comment, then the post.
    const gone = people[0]!;
    await t.ds.query(`DELETE FROM users WHERE id = $1`, [gone.id]);
    expect((await expectExact()).post.total).toBe(39);
    await t.ds.query(`DELETE FROM comments WHERE id = $1`, [comment.id]);
    await t.ds.query(`DELETE FROM posts WHERE id = $1`, [post.id]);
    expect(await t.ds.query(DRIFT)).toEqual([]);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM post_reaction_counts WHERE post_id = $1`,
      [post.id],
    );
    expect(n).toBe(0);
  });

  it('a reaction moves the card version once, as before the counters', async () => {
    const owner = await createUser(t.ds);
    const member = await createUser(t.ds);
    const group = await createGroup(t.ds, { owner });
    await addMember(t.ds, group, member);
    const token = await t.tokenFor(member);
    const post = await createPost(t, await t.tokenFor(owner), { groupId: group.id, body: 'V' });
    const comment = await addComment(t, token, post.id, 'C');
    const version = async () =>
      Number(
        (await t.ds.query(`SELECT card_version FROM posts WHERE id = $1`, [post.id]))[0]
          .card_version,
      );
    for (const [query, vars] of [
      [REACT_POST, { p: post.id, k: 'LIKE' }],
      [REACT_POST, { p: post.id, k: 'LOVE' }],
      [UNREACT_POST, { p: post.id }],
      [REACT_COMMENT, { c: comment.id, k: 'LIKE' }],
      [REACT_COMMENT, { c: comment.id, k: 'FUNNY' }],
      [UNREACT_COMMENT, { c: comment.id }],
    ] as const) {
      const before = await version();
      expect((await t.gql(query, vars, token)).errors).toBeUndefined();
      expect(await version()).toBe(before + 1);
    }
  });

  it('building a card reads the counters, not every reaction: 300 reactions cost a handful of rows', async () => {
    const owner = await createUser(t.ds);
    const group = await createGroup(t.ds, { owner });
    const token = await t.tokenFor(owner);
    const post = await createPost(t, token, { groupId: group.id, body: 'Popular' });
    const comment = await addComment(t, token, post.id, 'Popular too');
    const [{ ids }] = await t.ds.query(
      `WITH u AS (
         INSERT INTO users (email, display_name, password_hash)
         SELECT 'fan-' || g || '-' || $1 || '@example.test', 'Fan ' || g, 'x' FROM generate_series(1, 300) g
         RETURNING id)
       SELECT array_agg(id) AS ids FROM u`,
      [post.id],
    );
    const kinds = ['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT', 'FUNNY'];
    await t.ds.query(
      `INSERT INTO post_reactions (post_id, user_id, kind)
       SELECT $1, u, ($3::text[])[1 + (ord % 6)] FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, ord)`,
      [post.id, ids, kinds],
    );
    await t.ds.query(
      `INSERT INTO comment_reactions (comment_id, user_id, kind)
       SELECT $1, u, ($3::text[])[1 + (ord % 6)] FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, ord)`,
      [comment.id, ids, kinds],
    );
    await t.ds.query('ANALYZE post_reactions, comment_reactions');
    const res = await t.gql(CARD, { p: post.id, c: comment.id }, token);
    expect(res.data.post.reactions.total).toBe(300);
    expect(res.data.post.latestComments[0].reactions.total).toBe(300);
    expect(res.data.post.reactions.counts).toHaveLength(6);

    const [{ 'QUERY PLAN': plans }] = await t.ds.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${SHARED_CARDS_SQL}`,
      [[post.id], owner.id],
    );
    const plan = plans[0].Plan as PlanNode;
    // The three latest names (and the viewer's own, for comments): counting read all 300.
    expect(
      rowsRead(plan, 'post_reactions', ['pk_post_reactions', 'ix_post_reactions_recent']),
    ).toBeLessThanOrEqual(4);
    expect(
      rowsRead(plan, 'comment_reactions', ['pk_comment_reactions', 'ix_comment_reactions_recent']),
    ).toBeLessThanOrEqual(8);
  });

  describe('migration', () => {
    let db: ScratchDatabase;
    beforeAll(async () => {
      db = await scratchDatabase();
    });
    afterAll(() => db.drop());

    it('counts the reactions made before it, and every reaction after it', async () => {
      const s = await bootTestApp({ DATABASE_URL: db.url });
      try {
        const owner = await createUser(s.ds);
        const group = await createGroup(s.ds, { owner });
        const people = await Promise.all([1, 2, 3, 4].map(() => createUser(s.ds)));
        for (const p of people) await addMember(s.ds, group, p);
        const ownerToken = await s.tokenFor(owner);
        const post = await createPost(s, ownerToken, { groupId: group.id, body: 'Before' });
        const comment = await addComment(s, ownerToken, post.id, 'Before too');
        const card = async () => {
          const res = await s.gql(CARD, { p: post.id, c: comment.id }, ownerToken);
          expect(res.errors).toBeUndefined();
          return [res.data.post.reactions, res.data.comment.reactions] as Summary[];
        };

        // As a database from before the migration: no counters, and reactions made without them.
        const migration = new ReactionCounts1796700000000();
        const qr = s.ds.createQueryRunner();
        try {
          await migration.down(qr);
          const [{ n }] = await s.ds.query(
            `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('post_reaction_counts', 'comment_reaction_counts')`,
          );
          expect(n).toBe(0);
          await s.ds.query(
            `INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, 'LIKE'), ($1, $3, 'LIKE'), ($1, $4, 'LOVE')`,
            [post.id, people[0]!.id, people[1]!.id, people[2]!.id],
          );
          await s.ds.query(
            `INSERT INTO comment_reactions (comment_id, user_id, kind) VALUES ($1, $2, 'FUNNY')`,
            [comment.id, people[0]!.id],
          );
          // In a transaction, as migrations run.
          await qr.startTransaction();
          await migration.up(qr);
          await qr.commitTransaction();
        } finally {
          await qr.release();
        }
        expect(await card()).toEqual([
          {
            total: 3,
            counts: [
              { kind: 'LIKE', count: 2 },
              { kind: 'LOVE', count: 1 },
            ],
          },
          { total: 1, counts: [{ kind: 'FUNNY', count: 1 }] },
        ]);

        // After it: a new reaction, a change of kind and a removal, each counted.
        const tok = await Promise.all(people.map((p) => s.tokenFor(p)));
        expect((await s.gql(REACT_POST, { p: post.id, k: 'LOVE' }, tok[3])).errors).toBeUndefined();
        expect((await s.gql(REACT_POST, { p: post.id, k: 'LOVE' }, tok[0])).errors).toBeUndefined();
        expect((await s.gql(UNREACT_COMMENT, { c: comment.id }, tok[0])).errors).toBeUndefined();
        expect(await card()).toEqual([
          {
            total: 4,
            counts: [
              { kind: 'LOVE', count: 3 },
              { kind: 'LIKE', count: 1 },
            ],
          },
          { total: 0, counts: [] },
        ]);
        expect(await s.ds.query(DRIFT)).toEqual([]);
      } finally {
        await s.close();
      }
    });
  });
});
