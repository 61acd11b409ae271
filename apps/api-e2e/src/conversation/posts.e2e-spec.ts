import { ErrorCode, GroupVisibility, PostingPolicy } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, countQueries, TestApp } from '../support/test-app';
import { world } from '../groups/world';
import { addComment, CREATE, createPost, mention, POST } from './helpers';

describe('posts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('stores the Markdown as written, with mentions and hashtags as structured data', async () => {
      const w = await world(t, GroupVisibility.CLOSED);
      const body = `Hello ${mention(w.users.member)} and ${mention(w.users.nonMember)}! #Launch **bold** <script>x</script> [a](javascript:alert(1))`;
      const post = await createPost(t, w.tokens.owner, { groupId: w.group.id, body });
      expect(post.body).toBe(body);
      expect(post.status).toBe('PUBLISHED');
      expect(post.hashtags).toEqual(['launch']);
      // The non-member cannot read a CLOSED group: the mention stays text, not a structured mention.
      expect(post.mentions).toEqual([{ id: w.users.member.id }]);
      expect(post.author.id).toBe(w.users.owner.id);
    });

    it('refuses bodies that are empty or too long, with a clear error and nothing written', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      for (const body of ['', '   ', 'x'.repeat(10001)]) {
        const res = await t.gql(CREATE, { input: { groupId: w.group.id, body } }, w.tokens.member);
        expect(res.code).toBe(ErrorCode.BAD_USER_INPUT);
        expect(res.errors?.[0]?.message).toMatch(/Write something|1 to 10000 characters/);
      }
      const feed = await t.gql(
        `query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }`,
        { g: w.group.id },
        w.tokens.member,
      );
      expect(feed.data.groupFeed.edges).toHaveLength(0);
    });

    it('validates polls and announcements', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ kind: 'POLL', body: 'Q?' }, 'poll'],
        [{ kind: 'POLL', body: 'Q?', poll: { options: ['Only one'] } }, 'options'],
        [
          {
            kind: 'POLL',
            body: 'Q?',
            poll: { options: Array.from({ length: 11 }, (_, i) => `o${i}`) },
          },
          'options',
        ],
        [{ kind: 'POLL', body: 'Q?', poll: { options: ['Same', 'same'] } }, 'poll'],
        [
          {
            kind: 'POLL',
            body: 'Q?',
            poll: { options: ['A', 'B'], closesAt: '2020-01-01T00:00:00Z' },
          },
          'poll',
        ],
        [{ kind: 'DISCUSSION', body: 'x', poll: { options: ['A', 'B'] } }, 'poll'],
        [{ kind: 'DISCUSSION', body: 'x', needsAcknowledgement: true }, 'needsAcknowledgement'],
      ];
      for (const [input, field] of cases) {
        const res = await t.gql(
          CREATE,
          { input: { groupId: w.group.id, ...input } },
          w.tokens.owner,
        );
        expect({ input, code: res.code }).toEqual({ input, code: ErrorCode.BAD_USER_INPUT });
        expect(res.errors?.[0]?.extensions?.field).toBe(field);
      }
    });

    it('only group admins post announcements, and only admins post where the policy says so', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const ann = await t.gql(
        CREATE,
        { input: { groupId: w.group.id, kind: 'ANNOUNCEMENT', body: 'Hear ye' } },
        w.tokens.member,
      );
      expect(ann.code).toBe(ErrorCode.FORBIDDEN);
      expect(ann.errors?.[0]?.extensions?.reason).toBe('ANNOUNCEMENT_ADMINS');
      expect(
        (
          await createPost(t, w.tokens.admin, {
            groupId: w.group.id,
            kind: 'ANNOUNCEMENT',
            body: 'Hear ye',
          })
        ).kind,
      ).toBe('ANNOUNCEMENT');

      const owner = await createUser(t.ds);
      const member = await createUser(t.ds);
      const g = await createGroup(t.ds, { owner, postingPolicy: PostingPolicy.ADMINS_ONLY });
      await addMember(t.ds, g, member);
      const res = await t.gql(
        CREATE,
        { input: { groupId: g.id, body: 'hi' } },
        await t.tokenFor(member),
      );
      expect(res.errors?.[0]?.extensions?.reason).toBe('ADMINS_ONLY');
      expect(
        (await createPost(t, await t.tokenFor(owner), { groupId: g.id, body: 'hi' })).status,
      ).toBe('PUBLISHED');
    });

    it('an archived group takes no new posts or comments', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const post = await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'before' });
      await t.ds.query(`UPDATE groups SET archived_at = now() WHERE id = $1`, [w.group.id]);
      const res = await t.gql(
        CREATE,
        { input: { groupId: w.group.id, body: 'after' } },
        w.tokens.owner,
      );
      expect(res.errors?.[0]?.extensions?.reason).toBe('ARCHIVED');
      const c = await t.gql(
        `mutation($p: ID!) { addComment(input: { postId: $p, body: "late" }) { id } }`,
        { p: post.id },
        w.tokens.owner,
      );
      expect(c.errors?.[0]?.extensions?.reason).toBe('ARCHIVED');
      const read = await t.gql(POST, { id: post.id }, w.tokens.member);
      expect(read.data.post.viewerPermissions).toMatchObject({
        canEdit: false,
        canComment: false,
        canReact: false,
      });
    });
  });

  describe('editing, deleting, pinning', () => {
    it('the author edits (shown as edited); others cannot', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const post = await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'first #a' });
      const EDIT = `mutation($p: ID!, $b: String!) { updatePost(input: { postId: $p, body: $b }) { body editedAt hashtags } }`;
      for (const who of ['owner', 'admin', 'moderator', 'orgAdmin', 'nonMember'] as const) {
        const res = await t.gql(EDIT, { p: post.id, b: 'hijack' }, w.tokens[who]);
        expect({ who, code: res.code }).toEqual({ who, code: ErrorCode.FORBIDDEN });
      }
      const ok = await t.gql(EDIT, { p: post.id, b: 'second #b' }, w.tokens.member);
      expect(ok.data.updatePost.body).toBe('second #b');
      expect(ok.data.updatePost.editedAt).not.toBeNull();
      expect(ok.data.updatePost.hashtags).toEqual(['b']);
      const tagA = await t.gql(
        `{ hashtagFeed(tag: "a") { edges { node { id } } } }`,
        {},
        w.tokens.member,
      );
      expect(tagA.data.hashtagFeed.edges.map((e: any) => e.node.id)).not.toContain(post.id);
      const tagB = await t.gql(
        `{ hashtagFeed(tag: "#B") { edges { node { id } } } }`,
        {},
        w.tokens.member,
      );
      expect(tagB.data.hashtagFeed.edges.map((e: any) => e.node.id)).toContain(post.id);
    });

    it('deleting hides the post everywhere and keeps an audit row', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const post = await createPost(t, w.tokens.member, {
        groupId: w.group.id,
        body: 'oops #gone',
      });
      const DEL = `mutation($p: ID!) { deletePost(input: { postId: $p }) { id } }`;
      expect((await t.gql(DEL, { p: post.id }, w.tokens.nonMember)).code).toBe(ErrorCode.FORBIDDEN);
      const res = await t.gql(DEL, { p: post.id }, w.tokens.moderator);
      expect(res.data.deletePost.id).toBe(post.id);
      expect((await t.gql(POST, { id: post.id }, w.tokens.member)).code).toBe(ErrorCode.NOT_FOUND);
      expect((await t.gql(DEL, { p: post.id }, w.tokens.member)).code).toBe(ErrorCode.NOT_FOUND);
      const feed = await t.gql(
        `query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }`,
        { g: w.group.id },
        w.tokens.member,
      );
      expect(feed.data.groupFeed.edges).toHaveLength(0);
      const audit = await t.ds.query(
        `SELECT actor_id, target_user_id, details FROM audit_log WHERE action = 'post.delete' AND group_id = $1`,
        [w.group.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBe(w.users.moderator.id);
      expect(audit[0].target_user_id).toBe(w.users.member.id);
      expect(audit[0].details.postId).toBe(post.id);
      const [row] = await t.ds.query(`SELECT body, deleted_at FROM posts WHERE id = $1`, [post.id]);
      expect(row.deleted_at).not.toBeNull();
    });

    it('group admins pin a few posts at most', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const PIN = `mutation($p: ID!) { pinPost(input: { postId: $p }) { id pinned } }`;
      const posts = [];
      for (let i = 0; i < 4; i++)
        posts.push(await createPost(t, w.tokens.member, { groupId: w.group.id, body: `p${i}` }));
      expect((await t.gql(PIN, { p: posts[0].id }, w.tokens.moderator)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await t.gql(PIN, { p: posts[0].id }, w.tokens.member)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      for (let i = 0; i < 3; i++)
        expect((await t.gql(PIN, { p: posts[i].id }, w.tokens.admin)).data.pinPost.pinned).toBe(
          true,
        );
      const fourth = await t.gql(PIN, { p: posts[3].id }, w.tokens.owner);
      expect(fourth.code).toBe(ErrorCode.CONFLICT);
      const unpin = await t.gql(
        `mutation($p: ID!) { unpinPost(input: { postId: $p }) { pinned } }`,
        { p: posts[0].id },
        w.tokens.orgAdmin,
      );
      expect(unpin.data.unpinPost.pinned).toBe(false);
      expect((await t.gql(PIN, { p: posts[3].id }, w.tokens.owner)).data.pinPost.pinned).toBe(true);
      const hl = await t.gql(
        `query($g: ID) { feedHighlights(groupId: $g) { edges { node { id } } } }`,
        { g: w.group.id },
        w.tokens.member,
      );
      expect(hl.data.feedHighlights.edges.map((e: any) => e.node.id).sort()).toEqual(
        [posts[1].id, posts[2].id, posts[3].id].sort(),
      );
    });
  });

  describe('moderation queue', () => {
    it("members' posts wait; moderators approve or reject with a reason the author sees", async () => {
      const w = await world(t, GroupVisibility.OPEN, { postApproval: true });
      const held = await createPost(t, w.tokens.member, {
        groupId: w.group.id,
        body: 'please #approve',
      });
      expect(held.status).toBe('PENDING');
      expect(held.publishedAt).toBeNull();
      const byMod = await createPost(t, w.tokens.moderator, {
        groupId: w.group.id,
        body: 'mod post',
      });
      expect(byMod.status).toBe('PUBLISHED');

      // Not in the feed, invisible to others, visible to the author and moderators.
      const feed = await t.gql(
        `query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }`,
        { g: w.group.id },
        w.tokens.member,
      );
      expect(feed.data.groupFeed.edges.map((e: any) => e.node.id)).toEqual([byMod.id]);
      expect((await t.gql(POST, { id: held.id }, w.tokens.nonMember)).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      expect((await t.gql(POST, { id: held.id }, w.tokens.member)).data.post.status).toBe(
        'PENDING',
      );

      const QUEUE = `query($g: ID!) { postQueue(groupId: $g) { edges { node { id author { id } } } } }`;
      expect((await t.gql(QUEUE, { g: w.group.id }, w.tokens.member)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      const queue = await t.gql(QUEUE, { g: w.group.id }, w.tokens.moderator);
      expect(queue.data.postQueue.edges.map((e: any) => e.node.id)).toEqual([held.id]);

      const second = await createPost(t, w.tokens.member, {
        groupId: w.group.id,
        body: 'second try',
      });
      const REJECT = `mutation($p: ID!, $r: String!) { rejectPost(input: { postId: $p, reason: $r }) { status rejectionReason } }`;
      expect((await t.gql(REJECT, { p: second.id, r: '' }, w.tokens.moderator)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect((await t.gql(REJECT, { p: second.id, r: 'Off topic' }, w.tokens.member)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      const rej = await t.gql(REJECT, { p: second.id, r: 'Off topic here' }, w.tokens.moderator);
      expect(rej.data.rejectPost).toEqual({
        status: 'REJECTED',
        rejectionReason: 'Off topic here',
      });
      const HELD = `query($g: ID!, $first: Int, $after: String) { myHeldPosts(groupId: $g, first: $first, after: $after) { edges { cursor node { id status rejectionReason } } pageInfo { hasNextPage endCursor } } }`;
      const mine = await t.gql(HELD, { g: w.group.id }, w.tokens.member);
      expect(mine.data.myHeldPosts.edges.map((e: any) => e.node)).toEqual([
        { id: second.id, status: 'REJECTED', rejectionReason: 'Off topic here' },
        { id: held.id, status: 'PENDING', rejectionReason: null },
      ]);
      // A page at a time, to the last, over ties in time (it used to stop at 50).
      const more: Array<{ id: string }> = [];
      for (let i = 0; i < 60; i++)
        more.push(await createPost(t, w.tokens.member, { groupId: w.group.id, body: `held ${i}` }));
      await t.ds.query(
        `UPDATE posts SET created_at = '2030-01-01T00:00:00Z' WHERE id = ANY($1::uuid[])`,
        [more.slice(10, 40).map((p) => p.id)],
      );
      const expected = (
        await t.ds.query(
          `SELECT id::text FROM posts WHERE author_id = $1 AND group_id = $2 AND status <> 'PUBLISHED' AND deleted_at IS NULL
            ORDER BY created_at DESC, id DESC`,
          [w.users.member.id, w.group.id],
        )
      ).map((r: { id: string }) => r.id);
      expect(expected).toHaveLength(62);
      for (const first of [7, 50]) {
        const ids: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i++) {
          const r: any = await t.gql(HELD, { g: w.group.id, first, after }, w.tokens.member);
          ids.push(...r.data.myHeldPosts.edges.map((e: any) => e.node.id));
          if (!r.data.myHeldPosts.pageInfo.hasNextPage) break;
          after = r.data.myHeldPosts.pageInfo.endCursor;
        }
        expect(ids).toEqual(expected);
      }
      // Nobody else's, and bad input refused.
      const modHeld = await t.gql(HELD, { g: w.group.id }, w.tokens.moderator);
      expect(modHeld.data.myHeldPosts.edges).toEqual([]);
      for (const v of [{ first: 0 }, { first: 51 }, { first: 5, after: 'junk' }])
        expect((await t.gql(HELD, { g: w.group.id, ...v }, w.tokens.member)).code).toBe(
          ErrorCode.BAD_USER_INPUT,
        );
      for (const p of more)
        await t.ds.query(`UPDATE posts SET deleted_at = now() WHERE id = $1`, [p.id]);

      const ok = await t.gql(
        `mutation($p: ID!) { approvePost(input: { postId: $p }) { status publishedAt } }`,
        { p: held.id },
        w.tokens.moderator,
      );
      expect(ok.data.approvePost.status).toBe('PUBLISHED');
      const again = await t.gql(
        `mutation($p: ID!) { approvePost(input: { postId: $p }) { status } }`,
        { p: held.id },
        w.tokens.moderator,
      );
      expect(again.code).toBe(ErrorCode.CONFLICT);
      const after = await t.gql(
        `query($g: ID!) { groupFeed(groupId: $g) { edges { node { id } } } }`,
        { g: w.group.id },
        w.tokens.nonMember,
      );
      expect(after.data.groupFeed.edges.map((e: any) => e.node.id)).toEqual([held.id, byMod.id]);
      const tag = await t.gql(
        `{ hashtagFeed(tag: "approve") { edges { node { id } } } }`,
        {},
        w.tokens.member,
      );
      expect(tag.data.hashtagFeed.edges.map((e: any) => e.node.id)).toContain(held.id);
    });
  });

  describe('questions, comments and replies', () => {
    it('comments with one level of replies; the author or a moderator accepts an answer', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const q = await createPost(t, w.tokens.member, {
        groupId: w.group.id,
        kind: 'QUESTION',
        body: 'How?',
      });
      const c1 = await addComment(t, w.tokens.admin, q.id, `Like this ${mention(w.users.member)}`);
      const c2 = await addComment(t, w.tokens.owner, q.id, 'Or that');
      const r1 = await addComment(t, w.tokens.member, q.id, 'Thanks', c1.id);
      expect(r1.parentId).toBe(c1.id);
      const deep = await t.gql(
        `mutation($p: ID!, $c: ID!) { addComment(input: { postId: $p, parentId: $c, body: "deeper" }) { id } }`,
        { p: q.id, c: r1.id },
        w.tokens.member,
      );
      expect(deep.code).toBe(ErrorCode.BAD_USER_INPUT);
      const outsider = await t.gql(
        `mutation($p: ID!) { addComment(input: { postId: $p, body: "hi" }) { id } }`,
        { p: q.id },
        w.tokens.nonMember,
      );
      expect(outsider.code).toBe(ErrorCode.FORBIDDEN);

      const THREAD = `query($id: ID!) { post(id: $id) { commentCount acceptedAnswer { id }
        comments(first: 10) { edges { node { id body isAcceptedAnswer replyCount mentions { id } replies { edges { node { id body } } } viewerPermissions { canEdit canDelete canReply } } } } } }`;
      const thread = await t.gql(THREAD, { id: q.id }, w.tokens.member);
      expect(thread.data.post.commentCount).toBe(3);
      const nodes = thread.data.post.comments.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => n.id)).toEqual([c1.id, c2.id]);
      expect(nodes[0].replies.edges.map((e: any) => e.node)).toEqual([
        { id: r1.id, body: 'Thanks' },
      ]);
      expect(nodes[0].mentions).toEqual([{ id: w.users.member.id }]);
      expect(nodes[0].viewerPermissions).toEqual({
        canEdit: false,
        canDelete: false,
        canReply: true,
      });

      const ACCEPT = `mutation($p: ID!, $c: ID) { acceptAnswer(input: { postId: $p, commentId: $c }) { acceptedAnswer { id } } }`;
      expect((await t.gql(ACCEPT, { p: q.id, c: c1.id }, w.tokens.owner)).code).toBeUndefined();
      expect((await t.gql(ACCEPT, { p: q.id, c: c2.id }, w.tokens.admin)).code).toBeUndefined();
      const byMember = await t.gql(ACCEPT, { p: q.id, c: c1.id }, w.tokens.owner);
      expect(byMember.data.acceptAnswer.acceptedAnswer.id).toBe(c1.id);
      const notAuthor = await createUser(t.ds);
      await addMember(t.ds, w.group, notAuthor);
      expect((await t.gql(ACCEPT, { p: q.id, c: c2.id }, await t.tokenFor(notAuthor))).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect(
        (await t.gql(ACCEPT, { p: q.id, c: c2.id }, w.tokens.member)).data.acceptAnswer
          .acceptedAnswer.id,
      ).toBe(c2.id);
      const other = await createPost(t, w.tokens.member, {
        groupId: w.group.id,
        body: 'not a question',
      });
      expect((await t.gql(ACCEPT, { p: other.id, c: c1.id }, w.tokens.member)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect(
        (
          await t.gql(
            ACCEPT,
            { p: q.id, c: '00000000-0000-4000-8000-000000000000' },
            w.tokens.member,
          )
        ).code,
      ).toBe(ErrorCode.BAD_USER_INPUT);

      // Editing and deleting comments.
      const EDIT = `mutation($c: ID!) { updateComment(input: { commentId: $c, body: "edited" }) { body editedAt } }`;
      expect((await t.gql(EDIT, { c: c2.id }, w.tokens.member)).code).toBe(ErrorCode.FORBIDDEN);
      expect(
        (await t.gql(EDIT, { c: c2.id }, w.tokens.owner)).data.updateComment.editedAt,
      ).not.toBeNull();
      const DEL = `mutation($c: ID!) { deleteComment(input: { commentId: $c }) { id } }`;
      expect((await t.gql(DEL, { c: c2.id }, w.tokens.member)).code).toBe(ErrorCode.FORBIDDEN);
      expect((await t.gql(DEL, { c: c2.id }, w.tokens.moderator)).data.deleteComment.id).toBe(
        c2.id,
      );
      const after = await t.gql(THREAD, { id: q.id }, w.tokens.member);
      expect(after.data.post.commentCount).toBe(2);
      expect(after.data.post.acceptedAnswer).toBeNull();
      const audit = await t.ds.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'comment.delete' AND group_id = $1`,
        [w.group.id],
      );
      expect(audit[0].n).toBe(1);
    });
  });

  describe('reactions', () => {
    it('one per person, changeable and removable, summarised by kind with a few names', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const post = await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'react' });
      const REACT = `mutation($p: ID!, $k: ReactionKind!) { reactToPost(input: { postId: $p, kind: $k }) { id } }`;
      await t.gql(REACT, { p: post.id, k: 'LIKE' }, w.tokens.owner);
      await t.gql(REACT, { p: post.id, k: 'LIKE' }, w.tokens.admin);
      await t.gql(REACT, { p: post.id, k: 'LOVE' }, w.tokens.admin);
      await t.gql(REACT, { p: post.id, k: 'CELEBRATE' }, w.tokens.moderator);
      expect((await t.gql(REACT, { p: post.id, k: 'LIKE' }, w.tokens.nonMember)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await t.gql(REACT, { p: post.id, k: 'NOPE' }, w.tokens.owner)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      let read = await t.gql(POST, { id: post.id }, w.tokens.admin);
      expect(read.data.post.reactions.total).toBe(3);
      expect(read.data.post.reactions.mine).toBe('LOVE');
      expect(read.data.post.reactions.counts).toEqual(
        expect.arrayContaining([
          { kind: 'LIKE', count: 1 },
          { kind: 'LOVE', count: 1 },
          { kind: 'CELEBRATE', count: 1 },
        ]),
      );
      expect(read.data.post.reactions.recentNames).toHaveLength(3);
      await t.gql(
        `mutation($p: ID!) { removePostReaction(input: { postId: $p }) { id } }`,
        { p: post.id },
        w.tokens.admin,
      );
      read = await t.gql(POST, { id: post.id }, w.tokens.admin);
      expect(read.data.post.reactions.total).toBe(2);
      expect(read.data.post.reactions.mine).toBeNull();

      const c = await addComment(t, w.tokens.owner, post.id, 'nice');
      const RC = `mutation($c: ID!) { reactToComment(input: { commentId: $c, kind: FUNNY }) { reactions { total mine } } }`;
      expect((await t.gql(RC, { c: c.id }, w.tokens.member)).data.reactToComment.reactions).toEqual(
        { total: 1, mine: 'FUNNY' },
      );
      expect((await t.gql(RC, { c: c.id }, w.tokens.banned)).code).toBe(ErrorCode.NOT_FOUND);
    });
  });

  describe('polls', () => {
    it('single choice, results after voting, changeable vote, closing', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const poll = await createPost(t, w.tokens.member, {
        groupId: w.group.id,
        kind: 'POLL',
        body: 'Lunch?',
        poll: { options: ['Pizza', 'Sushi', 'Salad'] },
      });
      expect(poll.poll.options.map((o: any) => o.voteCount)).toEqual([0, 0, 0]); // the author sees results
      const [pizza, sushi] = poll.poll.options.map((o: any) => o.id);
      const VOTE = `mutation($p: ID!, $o: [ID!]!) { votePoll(input: { postId: $p, optionIds: $o }) { poll { voted resultsVisible voterCount options { voteCount mine } } } }`;
      const before = await t.gql(POST, { id: poll.id }, w.tokens.owner);
      expect(before.data.post.poll.resultsVisible).toBe(false);
      expect(before.data.post.poll.options.map((o: any) => o.voteCount)).toEqual([
        null,
        null,
        null,
      ]);
      expect((await t.gql(VOTE, { p: poll.id, o: [pizza, sushi] }, w.tokens.owner)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect(
        (
          await t.gql(
            VOTE,
            { p: poll.id, o: ['00000000-0000-4000-8000-000000000000'] },
            w.tokens.owner,
          )
        ).code,
      ).toBe(ErrorCode.BAD_USER_INPUT);
      const v = await t.gql(VOTE, { p: poll.id, o: [pizza] }, w.tokens.owner);
      expect(v.data.votePoll.poll.voterCount).toBe(1);
      expect(v.data.votePoll.poll.options.map((o: any) => o.voteCount)).toEqual([1, 0, 0]);
      const changed = await t.gql(VOTE, { p: poll.id, o: [sushi] }, w.tokens.owner);
      expect(changed.data.votePoll.poll.options.map((o: any) => [o.voteCount, o.mine])).toEqual([
        [0, false],
        [1, true],
        [0, false],
      ]);
      expect((await t.gql(VOTE, { p: poll.id, o: [sushi] }, w.tokens.nonMember)).code).toBe(
        ErrorCode.FORBIDDEN,
      );
      await t.ds.query(
        `UPDATE posts SET poll_closes_at = now() - interval '1 minute' WHERE id = $1`,
        [poll.id],
      );
      const late = await t.gql(VOTE, { p: poll.id, o: [pizza] }, w.tokens.admin);
      expect(late.errors?.[0]?.extensions?.reason).toBe('POLL_CLOSED');
      const closed = await t.gql(POST, { id: poll.id }, w.tokens.admin);
      expect(closed.data.post.poll.closed).toBe(true);
      expect(closed.data.post.poll.options.map((o: any) => o.voteCount)).toEqual([0, 1, 0]);
    });

    it('anonymous polls never tell who voted; AFTER_CLOSE hides results until closing', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const poll = await createPost(t, w.tokens.owner, {
        groupId: w.group.id,
        kind: 'POLL',
        body: 'Secret ballot',
        poll: {
          options: ['Yes', 'No'],
          multipleChoice: true,
          anonymous: true,
          resultsVisibility: 'AFTER_CLOSE',
        },
      });
      const [yes, no] = poll.poll.options.map((o: any) => o.id);
      const VOTE = `mutation($p: ID!, $o: [ID!]!) { votePoll(input: { postId: $p, optionIds: $o }) { poll { resultsVisible options { voteCount mine voters { id } } } } }`;
      const v = await t.gql(VOTE, { p: poll.id, o: [yes, no] }, w.tokens.member);
      expect(v.data.votePoll.poll.resultsVisible).toBe(false);
      expect(v.data.votePoll.poll.options).toEqual([
        { voteCount: null, mine: true, voters: null },
        { voteCount: null, mine: true, voters: null },
      ]);
      // The author sees counts, never voters.
      const VOTERS = `query($id: ID!) { post(id: $id) { poll { options { voteCount voters { id } } } } }`;
      for (const who of ['owner', 'orgAdmin', 'admin'] as const) {
        const res = await t.gql(VOTERS, { id: poll.id }, w.tokens[who]);
        expect(JSON.stringify(res.data)).not.toContain(w.users.member.id);
        for (const o of res.data.post.poll.options) expect(o.voters).toBeNull();
      }
      const open = await createPost(t, w.tokens.owner, {
        groupId: w.group.id,
        kind: 'POLL',
        body: 'Public ballot',
        poll: { options: ['Yes', 'No'] },
      });
      await t.gql(VOTE, { p: open.id, o: [open.poll.options[0].id] }, w.tokens.member);
      const pub = await t.gql(VOTERS, { id: open.id }, w.tokens.owner);
      expect(pub.data.post.poll.options[0].voters).toEqual([{ id: w.users.member.id }]);

      // The full list of an option's voters: never for an anonymous poll, not even its author.
      const ALL = `query($o: ID!, $after: String) { pollOptionVoters(optionId: $o, first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      for (const who of ['owner', 'orgAdmin', 'admin', 'member'] as const) {
        const res = await t.gql(ALL, { o: yes }, w.tokens[who]);
        expect(res.code).toBe(ErrorCode.FORBIDDEN);
        expect(res.errors?.[0]?.extensions?.reason).toBe('ANONYMOUS_POLL');
        expect(JSON.stringify(res)).not.toContain(w.users.member.id);
      }
    });

    it('lists everyone who chose an option, by name, a page at a time, once results show', async () => {
      const w = await world(t, GroupVisibility.CLOSED);
      const poll = await createPost(t, w.tokens.owner, {
        groupId: w.group.id,
        kind: 'POLL',
        body: 'Offsite?',
        poll: { options: ['Lisbon', 'Leeds'], resultsVisibility: 'AFTER_VOTE' },
      });
      const [lisbon, leeds] = poll.poll.options.map((o: any) => o.id);
      const VOTE = `mutation($p: ID!, $o: [ID!]!) { votePoll(input: { postId: $p, optionIds: $o }) { id } }`;
      for (const who of ['member', 'moderator', 'admin'] as const)
        await t.gql(VOTE, { p: poll.id, o: [lisbon] }, w.tokens[who]);
      const ALL = `query($o: ID!, $after: String) { pollOptionVoters(optionId: $o, first: 2, after: $after) { edges { node { id displayName } } pageInfo { hasNextPage endCursor } } }`;
      const everyone = async (token: string, option: string) => {
        const found: any[] = [];
        let after: string | null = null;
        for (let i = 0; i < 5; i++) {
          const res: any = await t.gql(ALL, { o: option, after }, token);
          expect(res.errors).toBeUndefined();
          found.push(...res.data.pollOptionVoters.edges.map((e: any) => e.node));
          if (!res.data.pollOptionVoters.pageInfo.hasNextPage) break;
          after = res.data.pollOptionVoters.pageInfo.endCursor;
        }
        return found;
      };
      // The author sees results at once; a voter after voting.
      const byAuthor = await everyone(w.tokens.owner, lisbon);
      expect(byAuthor.map((u) => u.id).sort()).toEqual(
        [w.users.member.id, w.users.moderator.id, w.users.admin.id].sort(),
      );
      expect(byAuthor.map((u) => u.displayName)).toEqual(
        [...byAuthor.map((u) => u.displayName)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      expect(await everyone(w.tokens.member, lisbon)).toEqual(byAuthor);
      expect(await everyone(w.tokens.member, leeds)).toEqual([]);
      // Results hidden until you vote; a CLOSED group's outsiders find nothing; bad input.
      const hidden = await t.gql(ALL, { o: lisbon }, w.tokens.orgAdmin);
      expect(hidden.code).toBe(ErrorCode.FORBIDDEN);
      expect(hidden.errors?.[0]?.extensions?.reason).toBe('RESULTS_HIDDEN');
      for (const token of [w.tokens.nonMember, w.tokens.banned])
        expect((await t.gql(ALL, { o: lisbon }, token)).code).toBe(ErrorCode.NOT_FOUND);
      for (const o of ['junk', '00000000-0000-4000-8000-000000000000'])
        expect((await t.gql(ALL, { o }, w.tokens.owner)).code).toBe(ErrorCode.NOT_FOUND);
      expect((await t.gql(ALL, { o: lisbon, after: 'junk' }, w.tokens.owner)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      expect((await t.gql(ALL, { o: lisbon }, '')).code).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });

  describe('announcements, acknowledgement and seen by', () => {
    it('the top of a feed pages: every announcement to acknowledge, then the pins, over ties in time', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const other = await world(t, GroupVisibility.OPEN);
      await addMember(t.ds, other.group, w.users.member);
      const announce = async (world_: typeof w, body: string) =>
        createPost(t, world_.tokens.admin, {
          groupId: world_.group.id,
          kind: 'ANNOUNCEMENT',
          body,
          needsAcknowledgement: true,
        });
      const anns: Array<{ id: string }> = [];
      for (let i = 0; i < 14; i++)
        anns.push(await announce(i % 2 ? other : w, `Announcement ${i}`));
      const pins: Array<{ id: string }> = [];
      for (let i = 0; i < 3; i++) {
        const p = await createPost(t, w.tokens.member, { groupId: w.group.id, body: `pin ${i}` });
        await t.gql(
          `mutation($p: ID!) { pinPost(input: { postId: $p }) { id } }`,
          { p: p.id },
          w.tokens.owner,
        );
        pins.push(p);
      }
      // Ties: five announcements published at the same instant, two pins pinned at the same one.
      await t.ds.query(
        `UPDATE posts SET published_at = '2026-01-01T00:00:00Z' WHERE id = ANY($1::uuid[])`,
        [anns.slice(3, 8).map((p) => p.id)],
      );
      await t.ds.query(
        `UPDATE posts SET pinned_at = '2026-01-02T00:00:00Z' WHERE id = ANY($1::uuid[])`,
        [pins.slice(0, 2).map((p) => p.id)],
      );
      // The order, worked out here: announcements by publication (latest first), then pins by
      // pinning; ties by id, descending.
      const facts = await t.ds.query(
        `SELECT id::text, published_at, pinned_at FROM posts WHERE id = ANY($1::uuid[])`,
        [[...anns, ...pins].map((p) => p.id)],
      );
      const time = (id: string, column: 'published_at' | 'pinned_at') =>
        new Date(facts.find((f: any) => f.id === id)[column]).getTime();
      const byTimeThenId = (column: 'published_at' | 'pinned_at') => (a: string, b: string) =>
        time(b, column) - time(a, column) || (a < b ? 1 : a > b ? -1 : 0);
      const expected = [
        ...anns.map((p) => p.id).sort(byTimeThenId('published_at')),
        ...pins.map((p) => p.id).sort(byTimeThenId('pinned_at')),
      ];
      const HL = `query($g: ID, $first: Int!, $after: String) { feedHighlights(groupId: $g, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
      const readAll = async (g: string | null, first: number) => {
        const ids: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 50; i++) {
          const r: any = await t.gql(HL, { g, first, after }, w.tokens.member);
          expect(r.errors).toBeUndefined();
          ids.push(...r.data.feedHighlights.edges.map((e: any) => e.node.id));
          if (!r.data.feedHighlights.pageInfo.hasNextPage) break;
          after = r.data.feedHighlights.pageInfo.endCursor;
        }
        return ids;
      };
      // Home: both groups' announcements and this group's pins; in pages of 4 and of 50.
      expect(await readAll(null, 4)).toEqual(expected);
      expect(await readAll(null, 50)).toEqual(expected);
      // One group: only its own.
      const own = new Set([...anns.filter((_, i) => i % 2 === 0), ...pins].map((p) => p.id));
      expect(await readAll(w.group.id, 3)).toEqual(expected.filter((id) => own.has(id)));
      // Acknowledged ones leave, wherever they were.
      await t.gql(
        `mutation($p: ID!) { acknowledgePost(input: { postId: $p }) { id } }`,
        { p: anns[5]!.id },
        w.tokens.member,
      );
      expect(await readAll(null, 4)).toEqual(expected.filter((id) => id !== anns[5]!.id));
      // Bad sizes and cursors.
      for (const v of [{ first: 0 }, { first: 51 }, { first: 5, after: 'junk' }])
        expect((await t.gql(HL, { g: null, ...v }, w.tokens.member)).code).toBe(
          ErrorCode.BAD_USER_INPUT,
        );
    });

    it('stays at the top until acknowledged; admins see who has and has not', async () => {
      const w = await world(t, GroupVisibility.CLOSED);
      const ann = await createPost(t, w.tokens.admin, {
        groupId: w.group.id,
        kind: 'ANNOUNCEMENT',
        body: 'Read the handbook',
        needsAcknowledgement: true,
      });
      await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'later post' });
      const HL = `{ feedHighlights { edges { node { id } } } }`;
      const highlighted = async (token: string) =>
        (await t.gql(HL, {}, token)).data.feedHighlights.edges.map((e: any) => e.node.id);
      expect(await highlighted(w.tokens.member)).toEqual([ann.id]);
      const ACK = `mutation($p: ID!) { acknowledgePost(input: { postId: $p }) { id acknowledgedByMe } }`;
      expect((await t.gql(ACK, { p: ann.id }, w.tokens.nonMember)).code).toBe(ErrorCode.NOT_FOUND);
      const ack = await t.gql(ACK, { p: ann.id }, w.tokens.member);
      expect(ack.data.acknowledgePost.acknowledgedByMe).toBe(true);
      await t.gql(ACK, { p: ann.id }, w.tokens.member); // idempotent
      expect(await highlighted(w.tokens.member)).toEqual([]);
      expect(await highlighted(w.tokens.moderator)).toEqual([ann.id]);

      const REPORT = `query($id: ID!) { post(id: $id) { acknowledgements { acknowledgedCount pendingCount acknowledged { edges { node { id } } } pending { edges { node { id } } } } } }`;
      const ids = (conn: any) => conn.edges.map((e: any) => e.node.id);
      const report = await t.gql(REPORT, { id: ann.id }, w.tokens.owner);
      expect(report.data.post.acknowledgements.acknowledgedCount).toBe(1);
      expect(ids(report.data.post.acknowledgements.acknowledged)).toEqual([w.users.member.id]);
      // owner, moderator (the admin wrote it; the deactivated member is not counted)
      expect(report.data.post.acknowledgements.pendingCount).toBe(2);
      expect(ids(report.data.post.acknowledgements.pending).sort()).toEqual(
        [w.users.owner.id, w.users.moderator.id].sort(),
      );

      // Both lists page by name with a cursor, to the last person, without repeats.
      const PAGE = `query($id: ID!, $after: String) { post(id: $id) { acknowledgements { pending(first: 1, after: $after) { edges { cursor node { id displayName } } pageInfo { hasNextPage endCursor } } } } }`;
      const seen: any[] = [];
      let after: string | null = null;
      for (let i = 0; i < 3; i++) {
        const r: any = await t.gql(PAGE, { id: ann.id, after }, w.tokens.owner);
        const pending = r.data.post.acknowledgements.pending;
        seen.push(...pending.edges.map((e: any) => e.node));
        after = pending.pageInfo.endCursor;
        if (!pending.pageInfo.hasNextPage) break;
      }
      expect(seen.map((u) => u.id).sort()).toEqual([w.users.owner.id, w.users.moderator.id].sort());
      const byName = [...seen].sort((a, b) =>
        a.displayName < b.displayName
          ? -1
          : a.displayName > b.displayName
            ? 1
            : a.id < b.id
              ? -1
              : 1,
      );
      expect(seen).toEqual(byName);
      for (const bad of [
        'garbage',
        Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url'),
      ])
        expect((await t.gql(PAGE, { id: ann.id, after: bad }, w.tokens.owner)).code).toBe(
          ErrorCode.BAD_USER_INPUT,
        );
      expect(
        (await t.gql(REPORT, { id: ann.id }, w.tokens.member)).data.post.acknowledgements,
      ).toBeNull();

      // A deadline in the past takes it off the top.
      await t.ds.query(
        `UPDATE posts SET acknowledge_until = now() - interval '1 second' WHERE id = $1`,
        [ann.id],
      );
      expect(await highlighted(w.tokens.moderator)).toEqual([]);
    });

    it('records a batch of posts across groups as seen, only those the reader may read, in the same statements as one post', async () => {
      const author = await createUser(t.ds);
      const reader = await createUser(t.ds);
      const authorToken = await t.tokenFor(author);
      const readerToken = await t.tokenFor(reader);
      const postsIn = async (visibility: GroupVisibility, member: boolean, count: number) => {
        const group = await createGroup(t.ds, { owner: author, visibility });
        if (member) await addMember(t.ds, group, reader);
        const ids: string[] = [];
        for (let i = 0; i < count; i++)
          ids.push((await createPost(t, authorToken, { groupId: group.id, body: `seen ${i}` })).id);
        return ids;
      };
      const open = await postsIn(GroupVisibility.OPEN, false, 2);
      const closedMember = await postsIn(GroupVisibility.CLOSED, true, 2);
      const secretMember = await postsIn(GroupVisibility.SECRET, true, 2);
      const closedOutside = await postsIn(GroupVisibility.CLOSED, false, 2);
      const secretOutside = await postsIn(GroupVisibility.SECRET, false, 2);
      const SEEN = `mutation($ids: [ID!]!) { markPostsSeen(input: { postIds: $ids }) }`;
      // The reader's session is read once, then held in memory (SessionCache): read it before
      // counting, so that both counts below are the marking's own.
      expect((await t.gql('{ me { id } }', {}, readerToken)).errors).toBeUndefined();
      const mark = async (ids: string[]) => {
        await t.jobsDone();
        const { result, queries } = await countQueries(t, () => t.gql(SEEN, { ids }, readerToken));
        return { recorded: result.data.markPostsSeen as number, queries };
      };
      const [first, second] = open as [string, string];
      const one = await mark([first]);
      const batch = await mark([
        second,
        ...closedMember,
        ...secretMember,
        ...closedOutside,
        ...secretOutside,
      ]);
      expect(one.recorded).toBe(1);
      expect(batch.recorded).toBe(5);
      expect(batch.queries).toBe(one.queries);
      const views: Array<{ post_id: string }> = await t.ds.query(
        'SELECT post_id FROM post_views WHERE user_id = $1',
        [reader.id],
      );
      expect(views.map((v) => v.post_id).sort()).toEqual(
        [...open, ...closedMember, ...secretMember].sort(),
      );
    });

    it('records who has seen a post once per person; the list is for the author and group admins', async () => {
      const w = await world(t, GroupVisibility.OPEN);
      const post = await createPost(t, w.tokens.member, { groupId: w.group.id, body: 'seen?' });
      const SEEN = `mutation($ids: [ID!]!) { markPostsSeen(input: { postIds: $ids }) }`;
      expect((await t.gql(SEEN, { ids: [post.id] }, w.tokens.owner)).data.markPostsSeen).toBe(1);
      expect((await t.gql(SEEN, { ids: [post.id] }, w.tokens.owner)).data.markPostsSeen).toBe(0);
      expect(
        (await t.gql(SEEN, { ids: [post.id, 'junk'] }, w.tokens.nonMember)).data.markPostsSeen,
      ).toBe(1);
      expect((await t.gql(SEEN, { ids: [post.id] }, w.tokens.banned)).data.markPostsSeen).toBe(0);
      // Its author is not among those it reached, yet has seen it.
      expect((await t.gql(SEEN, { ids: [post.id] }, w.tokens.member)).data.markPostsSeen).toBe(0);
      const LIST = `query($id: ID!) { post(id: $id) { seenCount seenByMe seenBy(first: 10) { edges { node { user { id } seenAt } } } } }`;
      const byAuthor = await t.gql(LIST, { id: post.id }, w.tokens.member);
      expect(byAuthor.data.post.seenCount).toBe(2);
      expect(byAuthor.data.post.seenByMe).toBe(true);
      const MINE = `query($id: ID!) { post(id: $id) { seenByMe } }`;
      expect((await t.gql(MINE, { id: post.id }, w.tokens.moderator)).data.post.seenByMe).toBe(
        false,
      );
      expect(byAuthor.data.post.seenBy.edges.map((e: any) => e.node.user.id).sort()).toEqual(
        [w.users.owner.id, w.users.nonMember.id].sort(),
      );
      expect(
        (await t.gql(LIST, { id: post.id }, w.tokens.admin)).data.post.seenBy.edges,
      ).toHaveLength(2);
      const BAD = `query($id: ID!, $after: String) { post(id: $id) { seenBy(first: 1, after: $after) { edges { cursor } } } }`;
      const notATime = Buffer.from(JSON.stringify(['yesterday', w.users.owner.id])).toString(
        'base64url',
      );
      expect((await t.gql(BAD, { id: post.id, after: notATime }, w.tokens.member)).code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
      const firstSeen = await t.gql(BAD, { id: post.id }, w.tokens.member);
      expect(
        (
          await t.gql(
            BAD,
            { id: post.id, after: firstSeen.data.post.seenBy.edges[0].cursor },
            w.tokens.member,
          )
        ).data.post.seenBy.edges,
      ).toHaveLength(1);
      const byOther = await t.gql(
        LIST,
        { id: post.id },
        w.tokens.owner === w.tokens.admin ? '' : w.tokens.moderator,
      );
      expect(byOther.code).toBe(ErrorCode.FORBIDDEN);
    });
  });
});
