import { GroupVisibility } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import { createPost } from './helpers';

describe('conversation under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  async function crowd(n: number) {
    const owner = await createUser(t.ds);
    const group = await createGroup(t.ds, { owner, visibility: GroupVisibility.CLOSED });
    const people = await Promise.all(Array.from({ length: n }, () => createUser(t.ds)));
    for (const p of people) await addMember(t.ds, group, p);
    const tokens = await Promise.all(people.map((p) => t.tokenFor(p)));
    return { owner, group, tokens, ownerToken: await t.tokenFor(owner) };
  }

  it('100 people reacting at once give exact counts, and changing at once keeps them exact', async () => {
    const { group, tokens, ownerToken } = await crowd(100);
    const post = await createPost(t, ownerToken, { groupId: group.id, body: 'React!' });
    const REACT = `mutation($p: ID!, $k: ReactionKind!) { reactToPost(input: { postId: $p, kind: $k }) { id } }`;
    const kinds = ['LIKE', 'LOVE', 'CELEBRATE', 'INSIGHTFUL'];
    const results = await Promise.all(
      tokens.map((tok, i) => t.gql(REACT, { p: post.id, k: kinds[i % 4] }, tok)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    // Everyone reacts again at once (half change kind): still one each.
    await Promise.all(
      tokens.map((tok, i) => t.gql(REACT, { p: post.id, k: i % 2 ? 'FUNNY' : kinds[i % 4] }, tok)),
    );
    const res = await t.gql(
      `query($p: ID!) { post(id: $p) { reactions { total counts { kind count } } } }`,
      { p: post.id },
      ownerToken,
    );
    expect(res.data.post.reactions.total).toBe(100);
    const counts = Object.fromEntries(
      res.data.post.reactions.counts.map((c: any) => [c.kind, c.count]),
    );
    expect(counts).toEqual({ FUNNY: 50, LIKE: 25, CELEBRATE: 25 });
  });

  it('50 people voting at once give exact results; one person voting twice at once keeps one ballot', async () => {
    const { group, tokens, ownerToken } = await crowd(50);
    const poll = await createPost(t, ownerToken, {
      groupId: group.id,
      kind: 'POLL',
      body: 'Which day?',
      poll: { options: ['Mon', 'Tue', 'Wed'] },
    });
    const opts = poll.poll.options.map((o: any) => o.id);
    const VOTE = `mutation($p: ID!, $o: [ID!]!) { votePoll(input: { postId: $p, optionIds: $o }) { id } }`;
    const results = await Promise.all(
      tokens.map((tok, i) => t.gql(VOTE, { p: poll.id, o: [opts[i % 3]] }, tok)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    // The same person sends three different single-choice votes at once.
    await Promise.all(opts.map((o: string) => t.gql(VOTE, { p: poll.id, o: [o] }, tokens[0])));
    const res = await t.gql(
      `query($p: ID!) { post(id: $p) { poll { voterCount options { voteCount } } } }`,
      { p: poll.id },
      ownerToken,
    );
    expect(res.data.post.poll.voterCount).toBe(50);
    const counts = res.data.post.poll.options.map((o: any) => o.voteCount);
    expect(counts.reduce((a: number, b: number) => a + b, 0)).toBe(50);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM poll_votes WHERE post_id = $1`,
      [poll.id],
    );
    expect(n).toBe(50);
  });

  it('60 people seeing the same posts at once, in any order and from two tabs, give exact seen counts', async () => {
    const { group, tokens, ownerToken } = await crowd(60);
    const posts: string[] = [];
    for (let i = 0; i < 3; i++)
      posts.push((await createPost(t, ownerToken, { groupId: group.id, body: `Seen ${i}` })).id);
    const SEEN = `mutation($ids: [ID!]!) { markPostsSeen(input: { postIds: $ids }) }`;
    // Each person sends the batch twice at once, in opposite orders, as two open tabs would.
    const results = await Promise.all(
      tokens.flatMap((tok, i) => {
        const order = i % 2 ? [...posts].reverse() : posts;
        return [t.gql(SEEN, { ids: order }, tok), t.gql(SEEN, { ids: [...order].reverse() }, tok)];
      }),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.reduce((n, r) => n + (r.data.markPostsSeen as number), 0)).toBe(180);
    const counts = async () =>
      Promise.all(
        posts.map(
          async (id) =>
            (await t.gql(`query($p: ID!) { post(id: $p) { seenCount } }`, { p: id }, ownerToken))
              .data.post.seenCount as number,
        ),
      );
    expect(await counts()).toEqual([60, 60, 60]);
    // Views removed by the database itself (as when a person is erased) come off the count too.
    await t.ds.query(
      `DELETE FROM post_views WHERE post_id = ANY($1) AND user_id IN (
         SELECT user_id FROM post_views WHERE post_id = $2 ORDER BY user_id LIMIT 7)`,
      [posts.slice(1), posts[1]],
    );
    expect(await counts()).toEqual([60, 53, 53]);
  });

  it('concurrent pins never pass the limit', async () => {
    const owner = await createUser(t.ds);
    const admin = await createUser(t.ds);
    const group = await createGroup(t.ds, { owner });
    await addMember(t.ds, group, admin, 'ADMIN' as any);
    const ot = await t.tokenFor(owner);
    const at = await t.tokenFor(admin);
    const posts = [];
    for (let i = 0; i < 6; i++)
      posts.push(await createPost(t, ot, { groupId: group.id, body: `p${i}` }));
    await Promise.all(
      posts.map((p, i) =>
        t.gql(
          `mutation($p: ID!) { pinPost(input: { postId: $p }) { id } }`,
          { p: p.id },
          i % 2 ? ot : at,
        ),
      ),
    );
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM posts WHERE group_id = $1 AND pinned_at IS NOT NULL`,
      [group.id],
    );
    expect(n).toBe(3);
  });
});
