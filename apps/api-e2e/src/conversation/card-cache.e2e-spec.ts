import { GroupVisibility } from '@hearth/shared/util';
import { bootTestApp, TestApp } from '../support/test-app';
import { world, World } from '../groups/world';
import { addComment, createPost } from './helpers';

/**
 * Post cards are kept in memory under a version the database raises with every change a card
 * shows. Each case reads a card until it is cached, changes something through the API as someone
 * else, and reads again: the card must show the change at once.
 */
const CARD = `id body editedAt pinned commentCount seenCount acknowledgements { acknowledgedCount }
  author { id displayName }
  reactions { total mine recentNames counts { kind count } }
  latestComments { id body replyCount author { id displayName } reactions { total mine counts { kind count } } }
  acceptedAnswer { id body }
  poll { voterCount resultsVisible options { id voteCount mine } }`;

describe('cached post cards follow every change', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await bootTestApp();
    w = await world(t, GroupVisibility.OPEN);
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  /** The card of `postId` in the group feed, read twice so the second read comes from memory. */
  const card = async (postId: string, token = w.tokens.member): Promise<any> => {
    let found: any;
    for (let i = 0; i < 2; i++) {
      const data = await ok(
        `query($g: ID!) { groupFeed(groupId: $g, first: 20) { edges { node { ${CARD} } } } }`,
        { g: w.group.id },
        token,
      );
      found = data.groupFeed.edges.map((e: any) => e.node).find((n: any) => n.id === postId);
    }
    expect(found).toBeDefined();
    return found;
  };

  it('reactions on the post: added, changed, removed', async () => {
    const post = await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'react' });
    expect((await card(post.id)).reactions.total).toBe(0);
    const REACT = `mutation($p: ID!, $k: ReactionKind!) { reactToPost(input: { postId: $p, kind: $k }) { id } }`;
    await ok(REACT, { p: post.id, k: 'LIKE' }, w.tokens.admin);
    let c = await card(post.id);
    expect(c.reactions).toMatchObject({
      total: 1,
      mine: null,
      recentNames: [w.users.admin.displayName],
      counts: [{ kind: 'LIKE', count: 1 }],
    });
    await ok(REACT, { p: post.id, k: 'LOVE' }, w.tokens.admin);
    expect((await card(post.id)).reactions.counts).toEqual([{ kind: 'LOVE', count: 1 }]);
    await ok(REACT, { p: post.id, k: 'CELEBRATE' }, w.tokens.member);
    c = await card(post.id);
    expect([c.reactions.total, c.reactions.mine]).toEqual([2, 'CELEBRATE']);
    await ok(
      `mutation($p: ID!) { removePostReaction(input: { postId: $p }) { id } }`,
      { p: post.id },
      w.tokens.admin,
    );
    expect((await card(post.id)).reactions.total).toBe(1);
  });

  it('comments: added, edited, reacted to, replied to, deleted', async () => {
    const post = await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'talk' });
    await card(post.id);
    const comment = await addComment(t, w.tokens.admin, post.id, 'first!');
    let c = await card(post.id);
    expect(c.commentCount).toBe(1);
    expect(c.latestComments.map((x: any) => x.body)).toEqual(['first!']);

    await ok(
      `mutation($c: ID!) { updateComment(input: { commentId: $c, body: "first, edited" }) { id } }`,
      { c: comment.id },
      w.tokens.admin,
    );
    expect((await card(post.id)).latestComments[0].body).toBe('first, edited');

    await ok(
      `mutation($c: ID!) { reactToComment(input: { commentId: $c, kind: INSIGHTFUL }) { id } }`,
      { c: comment.id },
      w.tokens.owner,
    );
    c = await card(post.id);
    expect(c.latestComments[0].reactions).toMatchObject({ total: 1, mine: null });
    // The viewer's own reaction to a cached comment comes from the viewer's page row.
    await ok(
      `mutation($c: ID!) { reactToComment(input: { commentId: $c, kind: LIKE }) { id } }`,
      { c: comment.id },
      w.tokens.member,
    );
    expect((await card(post.id)).latestComments[0].reactions).toMatchObject({
      total: 2,
      mine: 'LIKE',
    });
    await ok(
      `mutation($c: ID!) { removeCommentReaction(input: { commentId: $c }) { id } }`,
      { c: comment.id },
      w.tokens.owner,
    );
    expect((await card(post.id)).latestComments[0].reactions.total).toBe(1);

    const reply = await addComment(t, w.tokens.owner, post.id, 'a reply', comment.id);
    c = await card(post.id);
    expect([c.commentCount, c.latestComments[0].replyCount]).toEqual([2, 1]);
    await ok(
      `mutation($c: ID!) { deleteComment(input: { commentId: $c }) { id } }`,
      { c: reply.id },
      w.tokens.owner,
    );
    c = await card(post.id);
    expect([c.commentCount, c.latestComments[0].replyCount]).toEqual([1, 0]);
  });

  it('the post itself: edited and pinned; seen by someone', async () => {
    const post = await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'before' });
    expect((await card(post.id)).editedAt).toBeNull();
    await ok(
      `mutation($p: ID!) { updatePost(input: { postId: $p, body: "after" }) { id } }`,
      { p: post.id },
      w.tokens.member,
    );
    let c = await card(post.id);
    expect(c.body).toBe('after');
    expect(c.editedAt).not.toBeNull();
    await ok(
      `mutation($p: ID!) { pinPost(input: { postId: $p }) { id } }`,
      { p: post.id },
      w.tokens.owner,
    );
    expect((await card(post.id)).pinned).toBe(true);
    await ok(
      `mutation($p: ID!) { unpinPost(input: { postId: $p }) { id } }`,
      { p: post.id },
      w.tokens.owner,
    );
    await ok(
      `mutation($p: [ID!]!) { markPostsSeen(input: { postIds: $p }) }`,
      { p: [post.id] },
      w.tokens.admin,
    );
    c = await card(post.id);
    expect([c.pinned, c.seenCount]).toEqual([false, 1]);
  });

  it('people renamed: post authors and comment authors', async () => {
    const post = await createPost(t, w.tokens.moderator, { groupId: w.group.id, body: 'names' });
    await addComment(t, w.tokens.owner, post.id, 'hello');
    await card(post.id);
    const RENAME = `mutation($n: String!) { updateProfile(input: { displayName: $n }) { id } }`;
    await ok(RENAME, { n: 'Renamed Moderator' }, w.tokens.moderator);
    await ok(RENAME, { n: 'Renamed Owner' }, w.tokens.owner);
    const c = await card(post.id);
    expect(c.author.displayName).toBe('Renamed Moderator');
    expect(c.latestComments[0].author.displayName).toBe('Renamed Owner');
  });

  it('the group: renamed, archived and unarchived (groups are kept in memory by row version)', async () => {
    const own = await world(t, GroupVisibility.OPEN);
    const post = await createPost(t, own.tokens.member, { groupId: own.group.id, body: 'where' });
    const read = async () => {
      let found: any;
      for (let i = 0; i < 2; i++) {
        const data = await ok(
          `query($g: ID!) { groupFeed(groupId: $g, first: 5) { edges { node { id
             group { id name archived } viewerPermissions { canComment canReact } } } } }`,
          { g: own.group.id },
          own.tokens.member,
        );
        found = data.groupFeed.edges.map((e: any) => e.node).find((n: any) => n.id === post.id);
      }
      return found;
    };
    expect((await read()).group.name).toBe(own.group.name);
    await ok(
      `mutation($g: ID!) { updateGroup(input: { groupId: $g, name: "Renamed group" }) { id } }`,
      { g: own.group.id },
      own.tokens.owner,
    );
    expect((await read()).group).toMatchObject({ name: 'Renamed group', archived: false });
    const ARCHIVE = `mutation($g: ID!) { archiveGroup(input: { groupId: $g }) { id } }`;
    await ok(ARCHIVE, { g: own.group.id }, own.tokens.owner);
    let c = await read();
    expect([c.group.archived, c.viewerPermissions.canComment]).toEqual([true, false]);
    await ok(
      ARCHIVE.replaceAll('archiveGroup', 'unarchiveGroup'),
      { g: own.group.id },
      own.tokens.owner,
    );
    c = await read();
    expect([c.group.archived, c.viewerPermissions.canComment]).toEqual([false, true]);
  });

  it('polls: votes counted as they come', async () => {
    const post = await createPost(t, w.tokens.member, {
      groupId: w.group.id,
      kind: 'POLL',
      body: 'lunch?',
      poll: { options: ['pizza', 'salad'] },
    });
    const before = await card(post.id);
    expect(before.poll.voterCount).toBe(0);
    const pizza = before.poll.options[0].id;
    await ok(
      `mutation($p: ID!, $o: [ID!]!) { votePoll(input: { postId: $p, optionIds: $o }) { id } }`,
      { p: post.id, o: [pizza] },
      w.tokens.admin,
    );
    const c = await card(post.id);
    expect(c.poll.voterCount).toBe(1);
    expect(c.poll.options.map((o: any) => [o.voteCount, o.mine])).toEqual([
      [1, false],
      [0, false],
    ]);
  });

  it('questions and announcements: answer accepted, acknowledgements counted', async () => {
    const question = await createPost(t, w.tokens.member, {
      groupId: w.group.id,
      kind: 'QUESTION',
      body: 'how?',
    });
    const answer = await addComment(t, w.tokens.admin, question.id, 'like this');
    expect((await card(question.id)).acceptedAnswer).toBeNull();
    await ok(
      `mutation($p: ID!, $c: ID) { acceptAnswer(input: { postId: $p, commentId: $c }) { id } }`,
      { p: question.id, c: answer.id },
      w.tokens.member,
    );
    expect((await card(question.id)).acceptedAnswer).toEqual({ id: answer.id, body: 'like this' });

    const notice = await createPost(t, w.tokens.owner, {
      groupId: w.group.id,
      kind: 'ANNOUNCEMENT',
      body: 'read me',
      needsAcknowledgement: true,
    });
    expect((await card(notice.id, w.tokens.owner)).acknowledgements.acknowledgedCount).toBe(0);
    await ok(
      `mutation($p: ID!) { acknowledgePost(input: { postId: $p }) { id } }`,
      { p: notice.id },
      w.tokens.member,
    );
    expect((await card(notice.id, w.tokens.owner)).acknowledgements.acknowledgedCount).toBe(1);
  });
});
