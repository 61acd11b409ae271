import { Outbox } from '@hearth/api/core';
import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, countQueries, TestApp } from '../support/test-app';
import { scratchDatabase } from '../support/scratch-db';
import { world } from '../groups/world';
import { createPost, mention } from './helpers';

const ids = (conn: any): string[] => conn.edges.map((e: any) => e.node.id);

/** Everything the web app's post card shows. */
const CARD = `id kind status body hashtags createdAt editedAt pinned needsAcknowledgement
  author { id displayName avatarUrl initials title }
  group { id name slug visibility }
  commentCount seenCount seenByMe acknowledgedByMe
  reactions { total mine recentNames counts { kind count } }
  latestComments { id body createdAt author { id displayName avatarUrl initials } reactions { total mine } replyCount viewerPermissions { canEdit canDelete canReply canReact } }
  acceptedAnswer { id body author { id displayName } }
  poll { multipleChoice anonymous closed closesAt resultsVisible voted voterCount options { id label voteCount mine } }
  viewerPermissions { canEdit canDelete canPin canComment canReact canAcknowledge canAcceptAnswer canSeeSeenBy canModerate }`;

describe('feeds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('a group feed pages newest first with a keyset cursor, stable while new posts arrive', async () => {
    const w = await world(t, GroupVisibility.OPEN);
    const made: string[] = [];
    for (let i = 0; i < 7; i++)
      made.push((await createPost(t, w.tokens.member, { groupId: w.group.id, body: `p${i}` })).id);
    const FEED = `query($g: ID!, $after: String) { groupFeed(groupId: $g, first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = (await t.gql(FEED, { g: w.group.id }, w.tokens.nonMember)).data.groupFeed;
    expect(ids(p1)).toEqual([made[6], made[5], made[4]]);
    // New posts between pages do not shift what comes next.
    await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'newer' });
    await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'newest' });
    const p2 = (
      await t.gql(FEED, { g: w.group.id, after: p1.pageInfo.endCursor }, w.tokens.nonMember)
    ).data.groupFeed;
    expect(ids(p2)).toEqual([made[3], made[2], made[1]]);
    const p3 = (
      await t.gql(FEED, { g: w.group.id, after: p2.pageInfo.endCursor }, w.tokens.nonMember)
    ).data.groupFeed;
    expect(ids(p3)).toEqual([made[0]]);
    expect(p3.pageInfo.hasNextPage).toBe(false);

    const bad = await t.gql(FEED, { g: w.group.id, after: 'garbage' }, w.tokens.member);
    expect(bad.code).toBe(ErrorCode.BAD_USER_INPUT);
    const forged = Buffer.from(JSON.stringify(["'; DROP TABLE posts; --", 'x'])).toString(
      'base64url',
    );
    expect((await t.gql(FEED, { g: w.group.id, after: forged }, w.tokens.member)).code).toBe(
      ErrorCode.BAD_USER_INPUT,
    );
    const big = await t.gql(
      `query($g: ID!) { groupFeed(groupId: $g, first: 51) { edges { node { id } } } }`,
      { g: w.group.id },
      w.tokens.member,
    );
    expect(big.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('the home feed has posts from my groups only, newest first, across groups', async () => {
    const me = await createUser(t.ds);
    const other = await createUser(t.ds);
    const a = await createGroup(t.ds, { owner: other });
    const b = await createGroup(t.ds, { owner: other, visibility: GroupVisibility.SECRET });
    const c = await createGroup(t.ds, { owner: other });
    await addMember(t.ds, a, me);
    await addMember(t.ds, b, me);
    const ot = await t.tokenFor(other);
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      order.push((await createPost(t, ot, { groupId: a.id, body: `a${i}` })).id);
      order.push((await createPost(t, ot, { groupId: b.id, body: `b${i}` })).id);
      await createPost(t, ot, { groupId: c.id, body: `c${i}` });
    }
    const token = await t.tokenFor(me);
    const HOME = `query($after: String) { homeFeed(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = (await t.gql(HOME, {}, token)).data.homeFeed;
    const p2 = (await t.gql(HOME, { after: p1.pageInfo.endCursor }, token)).data.homeFeed;
    expect([...ids(p1), ...ids(p2)]).toEqual([...order].reverse());
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });

  it('a banned or removed person loses a group’s posts at once', async () => {
    const w = await world(t, GroupVisibility.CLOSED);
    const post = await createPost(t, w.tokens.owner, { groupId: w.group.id, body: 'inside' });
    const READ = `query($id: ID!) { post(id: $id) { id } }`;
    expect((await t.gql(READ, { id: post.id }, w.tokens.member)).data.post.id).toBe(post.id);
    expect(
      ids(
        (await t.gql(`{ homeFeed { edges { node { id } } } }`, {}, w.tokens.member)).data.homeFeed,
      ),
    ).toContain(post.id);
    const r = await t.gql(
      `mutation($g: ID!, $u: ID!) { removeMember(input: { groupId: $g, userId: $u }) { id } }`,
      { g: w.group.id, u: w.users.member.id },
      w.tokens.owner,
    );
    expect(r.errors).toBeUndefined();
    expect((await t.gql(READ, { id: post.id }, w.tokens.member)).code).toBe(ErrorCode.NOT_FOUND);
    expect(
      ids(
        (await t.gql(`{ homeFeed { edges { node { id } } } }`, {}, w.tokens.member)).data.homeFeed,
      ),
    ).not.toContain(post.id);
    expect(
      (
        await t.gql(
          `query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }`,
          { g: w.group.id },
          w.tokens.member,
        )
      ).code,
    ).toBe(ErrorCode.FORBIDDEN);

    const open = await world(t, GroupVisibility.OPEN);
    const p2 = await createPost(t, open.tokens.owner, { groupId: open.group.id, body: 'open' });
    expect((await t.gql(READ, { id: p2.id }, open.tokens.member)).data.post.id).toBe(p2.id);
    const ban = await t.gql(
      `mutation($g: ID!, $u: ID!) { banMember(input: { groupId: $g, userId: $u }) { id } }`,
      { g: open.group.id, u: open.users.member.id },
      open.tokens.owner,
    );
    expect(ban.errors).toBeUndefined();
    expect((await t.gql(READ, { id: p2.id }, open.tokens.member)).code).toBe(ErrorCode.NOT_FOUND);
  });

  it('activity and hashtags show only what the viewer may read; mentions tell outsiders nothing', async () => {
    const tag = `t${Date.now()}`;
    const author = await createUser(t.ds, { displayName: `Author ${tag}` });
    const outsider = await createUser(t.ds, { displayName: `Outsider ${tag}` });
    const insider = await createUser(t.ds, { displayName: `Insider ${tag}` });
    const open = await createGroup(t.ds, { owner: author });
    const closed = await createGroup(t.ds, { owner: author, visibility: GroupVisibility.CLOSED });
    const secret = await createGroup(t.ds, { owner: author, visibility: GroupVisibility.SECRET });
    await addMember(t.ds, secret, insider);
    await addMember(t.ds, closed, insider);
    const at = await t.tokenFor(author);
    const pOpen = await createPost(t, at, { groupId: open.id, body: `open #${tag}` });
    const pClosed = await createPost(t, at, {
      groupId: closed.id,
      body: `closed #${tag} ${mention(outsider)}`,
    });
    const pSecret = await createPost(t, at, {
      groupId: secret.id,
      body: `secret #${tag} ${mention(outsider)}`,
    });
    expect(pSecret.mentions).toEqual([]);

    const ACT = `query($u: ID!) { personActivity(userId: $u) { edges { node { id } } } }`;
    const TAG = `query($t: String!) { hashtagFeed(tag: $t) { edges { node { id } } } }`;
    const ot = await t.tokenFor(outsider);
    const it = await t.tokenFor(insider);
    expect(ids((await t.gql(ACT, { u: author.id }, ot)).data.personActivity)).toEqual([pOpen.id]);
    expect(ids((await t.gql(TAG, { t: tag }, ot)).data.hashtagFeed)).toEqual([pOpen.id]);
    expect(ids((await t.gql(ACT, { u: author.id }, it)).data.personActivity)).toEqual([
      pSecret.id,
      pClosed.id,
      pOpen.id,
    ]);
    expect(ids((await t.gql(TAG, { t: tag.toUpperCase() }, it)).data.hashtagFeed)).toEqual([
      pSecret.id,
      pClosed.id,
      pOpen.id,
    ]);
    for (const id of [pClosed.id, pSecret.id]) {
      const res = await t.gql(`query($id: ID!) { post(id: $id) { id body } }`, { id }, ot);
      expect(res.code).toBe(ErrorCode.NOT_FOUND);
      expect(JSON.stringify(res)).not.toMatch(/secret|closed/);
    }
    // Comments, reactions and votes on an unreadable post answer NOT_FOUND too.
    for (const q of [
      `mutation($p: ID!) { addComment(input: { postId: $p, body: "x" }) { id } }`,
      `mutation($p: ID!) { reactToPost(input: { postId: $p, kind: LIKE }) { id } }`,
      `mutation($p: ID!) { acknowledgePost(input: { postId: $p }) { id } }`,
    ]) {
      expect((await t.gql(q, { p: pSecret.id }, ot)).code).toBe(ErrorCode.NOT_FOUND);
    }
    const secretFeed = await t.gql(
      `query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }`,
      { g: secret.id },
      ot,
    );
    expect(secretFeed.code).toBe(ErrorCode.NOT_FOUND);
    const candidates = await t.gql(
      `query($g: ID!, $s: String!) { mentionCandidates(groupId: $g, search: $s) { id } }`,
      { g: secret.id, s: tag },
      it,
    );
    expect(candidates.data.mentionCandidates.map((u: any) => u.id).sort()).toEqual(
      [author.id, insider.id].sort(),
    );
    expect(
      (
        await t.gql(
          `query($g: ID!) { mentionCandidates(groupId: $g) { id } }`,
          { g: secret.id },
          ot,
        )
      ).code,
    ).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('feed query count', () => {
  // Cards are cached under the users epoch, which every profile change in the shared test
  // database moves on: counting warm reads needs a database of its own (and runs after the
  // other app of this file has closed: passport's strategy is process-wide).
  it('a feed page costs the same number of SQL queries at 10 posts and at 50', async () => {
    const db = await scratchDatabase();
    const t = await bootTestApp({ DATABASE_URL: db.url });
    try {
      const owner = await createUser(t.ds);
      const viewer = await createUser(t.ds);
      const groups: Array<{ id: string }> = [];
      for (let i = 0; i < 5; i++) {
        const g = await createGroup(t.ds, { owner });
        await addMember(t.ds, g, viewer);
        groups.push(g);
      }
      const ot = await t.tokenFor(owner);
      const vt = await t.tokenFor(viewer);
      for (let i = 0; i < 50; i++) {
        const g = groups[i % groups.length]!;
        const kind = i % 10 === 0 ? 'POLL' : i % 7 === 0 ? 'QUESTION' : 'DISCUSSION';
        const p = await createPost(t, ot, {
          groupId: g.id,
          kind,
          body: `post ${i} #perf`,
          poll: kind === 'POLL' ? { options: ['a', 'b'] } : undefined,
        });
        await t.gql(
          `mutation($p: ID!) { addComment(input: { postId: $p, body: "c" }) { id } }`,
          { p: p.id },
          vt,
        );
        await t.gql(
          `mutation($p: ID!) { reactToPost(input: { postId: $p, kind: LIKE }) { id } }`,
          { p: p.id },
          vt,
        );
      }
      const count = async (query: string, first: number) => {
        const { result: res, queries } = await countQueries(t, () =>
          t.gql(query, { first, g: groups[0]!.id }, vt),
        );
        expect(res.errors).toBeUndefined();
        const conn = Object.values(res.data)[0] as any;
        expect(conn.edges.length).toBe(first);
        return queries;
      };
      const HOME = `query($first: Int) { homeFeed(first: $first) { edges { node { ${CARD} } } } }`;
      const TAG = `query($first: Int) { hashtagFeed(tag: "perf", first: $first) { edges { node { ${CARD} } } } }`;
      // The notifications those writes caused are made in the background: let them finish, so
      // that only the feed's own statements are counted.
      await t.app.get(Outbox).drain();
      // Earlier answers leave cards and groups in memory: move every version on so that none is
      // (any update gives a group's row a new version).
      const cold = async (first: number) => {
        await t.ds.query('UPDATE posts SET card_version = card_version + 1');
        await t.ds.query('UPDATE groups SET name = name');
        return count(HOME, first);
      };
      // Cold: the page (versions and the viewer's own fields), the cards not yet in memory, the
      // page's groups not yet in memory. Warm: the page alone. No session check: the viewer's
      // session has been held in memory (SessionCache) since their first request above.
      expect([await cold(10), await cold(50)]).toEqual([3, 3]);
      expect([await count(HOME, 50), await count(HOME, 10)]).toEqual([1, 1]);
      expect(await count(TAG, 50)).toBe(await count(TAG, 10));
      // A group feed reads its access check with the page (each group holds 10 of the posts).
      const GROUP = `query($first: Int, $g: ID!) { groupFeed(groupId: $g, first: $first) { edges { node { ${CARD} } } } }`;
      expect([await count(GROUP, 10), await count(GROUP, 5)]).toEqual([1, 1]);
    } finally {
      await t.close();
      await db.drop();
    }
  }, 60_000);
});
