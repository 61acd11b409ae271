import { ErrorCode, GroupRole, GroupVisibility } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { NotifyJob, Outbox } from '@hearth/api/core';
import { UserEntity } from '@hearth/api/identity';
import { GroupEntity } from '@hearth/api/groups';
import { Client } from 'graphql-ws';
import { bootTestApp, TestApp } from '../support/test-app';
import { addComment, createPost, mention } from '../conversation/helpers';
import { listen, live, settle, wsClient } from '../realtime/ws-client';

const LIST = `query($unread: Boolean!) { notifications(first: 50, unreadOnly: $unread) {
  edges { node { id kind summary link actors { id displayName } actorCount eventCount groupId postId commentId detail read } }
  pageInfo { hasNextPage endCursor } } }`;

interface Note {
  id: string;
  kind: string;
  summary: string;
  link: string;
  actors: Array<{ id: string; displayName: string }>;
  actorCount: number;
  eventCount: number;
  groupId: string | null;
  postId: string | null;
  commentId: string | null;
  detail: string | null;
  read: boolean;
}

describe('notifications', () => {
  let t: TestApp;
  /** Runs every recorded job now: the rules are checked on what the background work produced. */
  const drain = () => t.jobsDone();

  interface Person {
    user: UserEntity;
    token: string;
  }
  const person = async (name?: string): Promise<Person> => {
    const user = await createUser(t.ds, name ? { displayName: name } : {});
    return { user, token: await t.tokenFor(user) };
  };
  const notes = async (p: Person): Promise<Note[]> => {
    await drain();
    const res = await t.gql<{ notifications: { edges: Array<{ node: Note }> } }>(
      LIST,
      { unread: false },
      p.token,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.notifications.edges.map((e) => e.node);
  };
  const unread = async (p: Person): Promise<number> => {
    await drain();
    const res = await t.gql<{ unreadNotificationCount: number }>(
      `{ unreadNotificationCount }`,
      {},
      p.token,
    );
    return res.data!.unreadNotificationCount;
  };
  /** A group with an owner and some members, all with tokens. */
  const team = async (
    size: number,
    visibility = GroupVisibility.OPEN,
    extra: Partial<GroupEntity> = {},
  ): Promise<{ group: GroupEntity; owner: Person; members: Person[] }> => {
    const owner = await person('Olga Owner');
    const group = await createGroup(t.ds, { owner: owner.user, visibility, ...extra });
    const members: Person[] = [];
    for (let i = 0; i < size; i++) {
      const p = await person(`Member ${i} ${Math.random().toString(36).slice(2, 6)}`);
      await addMember(t.ds, group, p.user);
      members.push(p);
    }
    return { group, owner, members };
  };
  const setLevel = async (p: Person, groupId: string, level: string) => {
    const res = await t.gql(
      `mutation($g: ID!, $l: NotificationLevel!) { setGroupNotificationLevel(groupId: $g, level: $l) { level } }`,
      { g: groupId, l: level },
      p.token,
    );
    expect(res.errors).toBeUndefined();
  };
  const react = (p: Person, postId: string, kind = 'LIKE') =>
    t.gql(
      `mutation($p: ID!, $k: ReactionKind!) { reactToPost(input: { postId: $p, kind: $k }) { id } }`,
      { p: postId, k: kind },
      p.token,
    );

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('a mention in a post tells the person mentioned, not the author, and links to the post', async () => {
    const { group, owner, members } = await team(2);
    const [ana, ben] = members as [Person, Person];
    const post = await createPost(t, owner.token, {
      groupId: group.id,
      body: `Welcome ${mention(ana.user)} and ${mention(owner.user)}!`,
    });
    const [n, ...rest] = await notes(ana);
    expect(rest).toEqual([]);
    expect(n).toMatchObject({
      kind: 'MENTION',
      postId: post.id,
      groupId: group.id,
      read: false,
      link: `/posts/${post.id}`,
      actors: [{ id: owner.user.id, displayName: 'Olga Owner' }],
    });
    expect(n!.summary).toBe(`Olga Owner mentioned you in ${group.name}`);
    // Not the author (self-mention), not someone merely in the group (HIGHLIGHTS by default).
    expect(await notes(owner)).toEqual([]);
    expect(await notes(ben)).toEqual([]);
  });

  it('comments on my post are one notification with a count; a reply to my comment is its own', async () => {
    const { group, owner, members } = await team(3);
    const [ana, ben, cy] = members as [Person, Person, Person];
    const post = await createPost(t, owner.token, { groupId: group.id, body: 'Thoughts?' });
    const first = await addComment(t, ana.token, post.id, 'One');
    await addComment(t, ben.token, post.id, 'Two');
    const third = await addComment(t, ana.token, post.id, 'Three');
    await addComment(t, owner.token, post.id, 'My own comment tells nobody about itself');
    const mine = await notes(owner);
    expect(mine).toHaveLength(1);
    // It opens the post on the latest comment it counts.
    expect(mine[0]).toMatchObject({
      kind: 'REPLY',
      postId: post.id,
      commentId: third.id,
      link: `/posts/${post.id}?comment=${third.id}`,
      eventCount: 3,
      actorCount: 2,
    });
    expect(mine[0]!.actors.map((a) => a.id)).toEqual([ana.user.id, ben.user.id]);
    expect(mine[0]!.summary).toBe(
      `${ana.user.displayName} and ${ben.user.displayName} commented on your post in ${group.name}`,
    );

    const reply = await addComment(t, cy.token, post.id, 'Replying to you, Ana', first.id);
    const anas = await notes(ana);
    expect(anas).toHaveLength(1);
    expect(anas[0]).toMatchObject({
      kind: 'REPLY',
      postId: post.id,
      link: `/posts/${post.id}?comment=${reply.id}`,
      actorCount: 1,
    });
    expect(anas[0]!.summary).toBe(
      `${cy.user.displayName} replied to your comment in ${group.name}`,
    );
    // The post's author hears of the reply as a comment on their post: the same notification.
    expect((await notes(owner))[0]).toMatchObject({ eventCount: 4, actorCount: 3 });
  });

  it('reactions on my post are aggregated, and changing a reaction does not count again', async () => {
    const { group, owner, members } = await team(3);
    const post = await createPost(t, owner.token, { groupId: group.id, body: 'Shipped!' });
    for (const m of members) expect((await react(m, post.id)).errors).toBeUndefined();
    expect((await react(members[0]!, post.id, 'CELEBRATE')).errors).toBeUndefined();
    expect((await react(owner, post.id)).errors).toBeUndefined();
    const [n, ...rest] = await notes(owner);
    expect(rest).toEqual([]);
    expect(n).toMatchObject({ kind: 'REACTION', actorCount: 3, eventCount: 3 });
    expect(n!.summary).toBe(
      `${members[2]!.user.displayName} and 2 others reacted to your post in ${group.name}`,
    );
  });

  it('a thread with 60 commenters counts 60 people once each, and the notification keeps only the latest 50', async () => {
    const { group, owner, members } = await team(60);
    const post = await createPost(t, owner.token, { groupId: group.id, body: 'Ideas welcome' });
    for (const m of members) await addComment(t, m.token, post.id, 'An idea');
    const rowOf = async () => {
      const [row] = await t.ds.query(
        `SELECT cardinality(actor_ids) AS kept, actor_ids[1] AS latest, actor_count
           FROM notifications WHERE recipient_id = $1 AND post_id = $2`,
        [owner.user.id, post.id],
      );
      return row as { kept: number; latest: string; actor_count: number };
    };
    let [n] = await notes(owner);
    expect(n).toMatchObject({ kind: 'REPLY', actorCount: 60, eventCount: 60 });
    expect(n!.actors.map((a) => a.id)).toEqual([
      members[59]!.user.id,
      members[58]!.user.id,
      members[57]!.user.id,
    ]);
    expect(n!.summary).toBe(
      `${members[59]!.user.displayName} and 59 others commented on your post in ${group.name}`,
    );
    expect(await rowOf()).toEqual({ kept: 50, latest: members[59]!.user.id, actor_count: 60 });

    // Commenting again (the latest, and one further back among the kept 50) counts no one twice.
    await addComment(t, members[59]!.token, post.id, 'One more idea');
    await addComment(t, members[20]!.token, post.id, 'And mine again');
    [n] = await notes(owner);
    expect(n).toMatchObject({ actorCount: 60, eventCount: 62 });
    expect(n!.actors[0]!.id).toBe(members[20]!.user.id);
    expect(await rowOf()).toEqual({ kept: 50, latest: members[20]!.user.id, actor_count: 60 });
  });

  it('jobs that run out of order (several processes) still keep actors and the link in the order people acted', async () => {
    const { group, owner, members } = await team(3);
    const [ana, ben, cy] = members as [Person, Person, Person];
    const post = await createPost(t, owner.token, { groupId: group.id, body: 'Order matters' });
    const a1 = await addComment(t, ana.token, post.id, 'Ana first');
    const b1 = await addComment(t, ben.token, post.id, 'Ben second');
    const c1 = await addComment(t, cy.token, post.id, 'Cy third');
    const a2 = await addComment(t, ana.token, post.id, 'Ana again, last');
    // Those jobs have run; reading the notification lets the same events make a fresh one.
    const [first] = await notes(owner);
    const read = await t.gql(
      `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
      {
        id: first!.id,
      },
      owner.token,
    );
    expect(read.errors).toBeUndefined();

    // The four events' jobs, recorded in the order they happened, held back...
    const jobs: string[] = [];
    for (const c of [a1, b1, c1, a2]) {
      const [row] = await t.ds.query(
        `INSERT INTO outbox_jobs (kind, payload, run_after) VALUES ($1, $2::jsonb, now() + interval '1 hour') RETURNING id`,
        [NotifyJob.COMMENT_ADDED, JSON.stringify({ commentId: c.id })],
      );
      jobs.push((row as { id: string }).id);
    }
    // ...then run one at a time as another process might: the last first, the first late.
    for (const i of [3, 2, 0, 1]) {
      await t.ds.query(`UPDATE outbox_jobs SET run_after = now() WHERE id = $1`, [jobs[i]]);
      await drain();
    }
    const [n, ...rest] = await notes(owner);
    expect(rest.filter((x) => !x.read)).toEqual([]);
    expect(n).toMatchObject({ read: false, actorCount: 3, eventCount: 4, commentId: a2.id });
    expect(n!.link).toBe(`/posts/${post.id}?comment=${a2.id}`);
    // Ana acted last (her earlier comment arriving late does not move her back), then Cy, then Ben.
    expect(n!.actors.map((a) => a.id)).toEqual([ana.user.id, cy.user.id, ben.user.id]);
    expect(n!.summary).toBe(
      `${ana.user.displayName} and 2 others commented on your post in ${group.name}`,
    );
  });

  it('notifications are listed by when their latest event happened, not when its job ran', async () => {
    const { group, owner, members } = await team(1);
    const [ana] = members as [Person];
    const p1 = await createPost(t, owner.token, { groupId: group.id, body: 'First topic' });
    const p2 = await createPost(t, owner.token, { groupId: group.id, body: 'Second topic' });
    const c1 = await addComment(t, ana.token, p1.id, 'On the first');
    const c2 = await addComment(t, ana.token, p2.id, 'On the second, later');
    await drain();
    const readAll = await t.gql(`mutation { markAllNotificationsRead }`, {}, owner.token);
    expect(readAll.errors).toBeUndefined();
    // The same two events again, as jobs recorded in order a second apart, run later and last-first.
    const jobs: string[] = [];
    for (const [c, ago] of [
      [c1, '2 seconds'],
      [c2, '1 second'],
    ] as const) {
      const [row] = await t.ds.query(
        `INSERT INTO outbox_jobs (kind, payload, created_at, run_after)
         VALUES ($1, $2::jsonb, now() - $3::interval, now() + interval '1 hour') RETURNING id`,
        [NotifyJob.COMMENT_ADDED, JSON.stringify({ commentId: c.id }), ago],
      );
      jobs.push((row as { id: string }).id);
    }
    for (const id of [jobs[1], jobs[0]]) {
      await t.ds.query(`UPDATE outbox_jobs SET run_after = now() WHERE id = $1`, [id]);
      await drain();
    }
    const unreadNotes = (await notes(owner)).filter((n) => !n.read);
    expect(unreadNotes.map((n) => n.postId)).toEqual([p2.id, p1.id]);
  });

  it('announcements reach members at HIGHLIGHTS and ALL, not OFF; new posts only those at ALL, grouped per group', async () => {
    const { group, owner, members } = await team(3);
    const [highlights, all, off] = members as [Person, Person, Person];
    await setLevel(all, group.id, 'ALL');
    await setLevel(off, group.id, 'OFF');
    const ann = await createPost(t, owner.token, {
      groupId: group.id,
      kind: 'ANNOUNCEMENT',
      body: 'Office closed Friday',
    });
    await createPost(t, owner.token, { groupId: group.id, body: 'First ordinary post' });
    await createPost(t, highlights.token, { groupId: group.id, body: 'Second ordinary post' });

    expect((await notes(highlights)).map((n) => n.kind)).toEqual(['ANNOUNCEMENT']);
    expect((await notes(off)).map((n) => n.kind)).toEqual([]);
    const alls = await notes(all);
    expect(alls.map((n) => n.kind)).toEqual(['NEW_POST', 'ANNOUNCEMENT']);
    expect(alls[0]).toMatchObject({ eventCount: 2, link: `/groups/${group.slug}` });
    expect(alls[0]!.summary).toBe(`2 new posts in ${group.name}`);
    expect(alls[1]).toMatchObject({ postId: ann.id });
    expect(alls[1]!.summary).toBe(`Olga Owner posted an announcement in ${group.name}`);
    // The author of a post is never told about it (and the owner is at HIGHLIGHTS).
    expect(await notes(owner)).toEqual([]);
  });

  it('join requests reach the group’s moderators; the decision reaches the person who asked', async () => {
    const { group, owner, members } = await team(2, GroupVisibility.CLOSED);
    const [mod, plain] = members as [Person, Person];
    await t.ds.query(
      `UPDATE group_memberships SET role = $3 WHERE group_id = $1 AND user_id = $2`,
      [group.id, mod.user.id, GroupRole.MODERATOR],
    );
    const asker = await person('Asha Asker');
    const other = await person('Otto Other');
    const ask = async (p: Person) => {
      const res = await t.gql<{ requestToJoinGroup: { id: string } }>(
        `mutation($g: ID!) { requestToJoinGroup(input: { groupId: $g }) { id } }`,
        { g: group.id },
        p.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.requestToJoinGroup.id;
    };
    const first = await ask(asker);
    const second = await ask(other);
    for (const m of [owner, mod]) {
      const [n, ...rest] = await notes(m);
      expect(rest).toEqual([]);
      expect(n).toMatchObject({
        kind: 'JOIN_REQUEST',
        actorCount: 2,
        link: `/groups/${group.slug}?tab=requests`,
      });
      expect(n!.summary).toBe(`Otto Other and Asha Asker asked to join ${group.name}`);
    }
    expect(await notes(plain)).toEqual([]);

    await t.gql(
      `mutation($r: ID!) { approveJoinRequest(input: { requestId: $r }) { id } }`,
      { r: first },
      mod.token,
    );
    await t.gql(
      `mutation($r: ID!) { declineJoinRequest(input: { requestId: $r }) { id } }`,
      { r: second },
      mod.token,
    );
    expect((await notes(asker)).map((n) => [n.kind, n.summary])).toEqual([
      ['JOIN_APPROVED', `Your request to join ${group.name} was approved`],
    ]);
    expect((await notes(other)).map((n) => [n.kind, n.summary])).toEqual([
      ['JOIN_DECLINED', `Your request to join ${group.name} was declined`],
    ]);
  });

  it('an invitation tells the person invited', async () => {
    const { group, owner } = await team(0, GroupVisibility.SECRET);
    const guest = await person('Gina Guest');
    const res = await t.gql(
      `mutation($g: ID!, $u: [ID!]!) { inviteToGroup(input: { groupId: $g, userIds: $u }) { id } }`,
      { g: group.id, u: [guest.user.id] },
      owner.token,
    );
    expect(res.errors).toBeUndefined();
    expect((await notes(guest)).map((n) => [n.kind, n.summary, n.link])).toEqual([
      ['INVITED', `Olga Owner invited you to join ${group.name}`, `/groups/${group.slug}`],
    ]);
  });

  it('a held post: its author hears whether it was approved or rejected, with the reason', async () => {
    const { group, owner, members } = await team(2, GroupVisibility.OPEN, { postApproval: true });
    const [ana, ben] = members as [Person, Person];
    await setLevel(ben, group.id, 'ALL');
    const good = await createPost(t, ana.token, { groupId: group.id, body: 'Please approve' });
    const bad = await createPost(t, ana.token, { groupId: group.id, body: 'Buy my stuff' });
    // Held posts tell nobody.
    expect(await notes(ben)).toEqual([]);
    await t.gql(
      `mutation($p: ID!) { approvePost(input: { postId: $p }) { id } }`,
      { p: good.id },
      owner.token,
    );
    await t.gql(
      `mutation($p: ID!) { rejectPost(input: { postId: $p, reason: "No selling here" }) { id } }`,
      { p: bad.id },
      owner.token,
    );
    const anas = await notes(ana);
    expect(anas.map((n) => [n.kind, n.postId, n.detail])).toEqual([
      ['POST_REJECTED', bad.id, 'No selling here'],
      ['POST_APPROVED', good.id, null],
    ]);
    expect(anas[0]!.summary).toBe(`Your post in ${group.name} was not approved: No selling here`);
    // Once approved it is a new post in the group, from its author.
    expect((await notes(ben)).map((n) => [n.kind, n.actors[0]?.id])).toEqual([
      ['NEW_POST', ana.user.id],
    ]);
  });

  it('a muted kind, leaving the group, and a deactivated account stop notifications', async () => {
    const { group, owner, members } = await team(3);
    const [muter, leaver, gone] = members as [Person, Person, Person];
    const muted = await t.gql(
      `mutation { setNotificationKindMuted(kind: REPLY, muted: true) { mutedKinds } }`,
      {},
      muter.token,
    );
    expect(muted.data).toEqual({ setNotificationKindMuted: { mutedKinds: ['REPLY'] } });
    const posts = [];
    for (const p of [muter, leaver, gone])
      posts.push(await createPost(t, p.token, { groupId: group.id, body: 'mine' }));
    await t.gql(
      `mutation($g: ID!) { leaveGroup(input: { groupId: $g }) { id } }`,
      { g: group.id },
      leaver.token,
    );
    await t.ds.query(`UPDATE users SET active = false WHERE id = $1`, [gone.user.id]);
    for (const post of posts) await addComment(t, owner.token, post.id, 'A comment');
    expect(await notes(muter)).toEqual([]);
    expect(await notes(leaver)).toEqual([]);
    const [row] = await t.ds.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`,
      [gone.user.id],
    );
    expect(row.n).toBe(0);
  });

  it('nothing of a group reaches someone who may not see it', async () => {
    const { group, owner } = await team(0, GroupVisibility.CLOSED);
    const outsider = await person('Ozzy Outsider');
    // A mention of a non-member in a closed group is not even stored as a mention; either way,
    // no notification is created for them.
    await createPost(t, owner.token, {
      groupId: group.id,
      body: `Hello ${mention(outsider.user)}`,
    });
    expect(await notes(outsider)).toEqual([]);
  });

  it('read and unread: one or all, only one’s own, and new activity after reading starts afresh', async () => {
    const { group, owner, members } = await team(2);
    const [ana, ben] = members as [Person, Person];
    const p1 = await createPost(t, owner.token, { groupId: group.id, body: 'one' });
    const p2 = await createPost(t, owner.token, { groupId: group.id, body: 'two' });
    await addComment(t, ana.token, p1.id, 'c1');
    await addComment(t, ana.token, p2.id, 'c2');
    expect(await unread(owner)).toBe(2);
    const [latest] = await notes(owner);

    const stranger = await t.gql(
      `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`,
      { id: latest!.id },
      ben.token,
    );
    expect(stranger.code).toBe(ErrorCode.NOT_FOUND);
    expect(stranger.data).toBeNull();
    const anon = await t.gql(`{ unreadNotificationCount }`);
    expect(anon.code).toBe(ErrorCode.UNAUTHENTICATED);

    const read = await t.gql(
      `mutation($id: ID!) { markNotificationRead(id: $id) { id read } }`,
      { id: latest!.id },
      owner.token,
    );
    expect(read.data).toEqual({ markNotificationRead: { id: latest!.id, read: true } });
    expect(await unread(owner)).toBe(1);

    // More comments on the post whose notification was read: a new one, not the old one bumped.
    await addComment(t, ben.token, p2.id, 'c3');
    const after = await notes(owner);
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ read: false, eventCount: 1, actors: [{ id: ben.user.id }] });
    expect(await unread(owner)).toBe(2);

    const all = await t.gql(`mutation { markAllNotificationsRead }`, {}, owner.token);
    expect(all.data).toEqual({ markAllNotificationsRead: 2 });
    expect(await unread(owner)).toBe(0);
  });

  it('the unread count is exact under concurrency', async () => {
    const { group, owner, members } = await team(12);
    const posts: Array<{ id: string }> = [];
    for (let i = 0; i < 6; i++)
      posts.push(await createPost(t, owner.token, { groupId: group.id, body: `post ${i}` }));
    // Everyone reacts to every post at once, and jobs run on several drains at the same time.
    await Promise.all(members.flatMap((m) => posts.map((p) => react(m, p.id))));
    await Promise.all([drain(), drain(), t.app.get(Outbox).drain()]);
    expect(await unread(owner)).toBe(6);
    const mine = await notes(owner);
    expect(mine.map((n) => [n.kind, n.actorCount, n.eventCount])).toEqual(
      posts.map(() => ['REACTION', 12, 12]),
    );
  });

  it('preferences: levels for my groups only, clear errors for bad input', async () => {
    const { group, members } = await team(1);
    const [ana] = members as [Person];
    const elsewhere = await team(0, GroupVisibility.SECRET);
    const prefs = await t.gql(
      `{ notificationPreferences { mutedKinds groups { groupId groupName level } } }`,
      {},
      ana.token,
    );
    expect(prefs.data).toEqual({
      notificationPreferences: {
        mutedKinds: [],
        groups: [{ groupId: group.id, groupName: group.name, level: 'HIGHLIGHTS' }],
      },
    });
    const notMine = await t.gql(
      `mutation($g: ID!) { setGroupNotificationLevel(groupId: $g, level: ALL) { level } }`,
      { g: elsewhere.group.id },
      ana.token,
    );
    expect(notMine.code).toBe(ErrorCode.NOT_FOUND);
    const badLevel = await t.gql(
      `mutation($g: ID!) { setGroupNotificationLevel(groupId: $g, level: LOUD) { level } }`,
      { g: group.id },
      ana.token,
    );
    expect(badLevel.status).toBe(400);
    const badCursor = await t.gql(
      `{ notifications(after: "nonsense") { edges { cursor } } }`,
      {},
      ana.token,
    );
    expect(badCursor.code).toBe(ErrorCode.BAD_USER_INPUT);
    const tooMany = await t.gql(
      `{ notifications(first: 500) { edges { cursor } } }`,
      {},
      ana.token,
    );
    expect(tooMany.code).toBe(ErrorCode.BAD_USER_INPUT);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM notification_group_levels WHERE user_id = $1`,
      [ana.user.id],
    );
    expect(n).toBe(0);
  });

  it('pages with a cursor', async () => {
    const { owner, members } = await team(1);
    for (let i = 0; i < 3; i++) {
      const g = await createGroup(t.ds, { owner: members[0]!.user });
      await addMember(t.ds, g, owner.user);
      const post = await createPost(t, owner.token, { groupId: g.id, body: `p${i}` });
      await addComment(t, members[0]!.token, post.id, 'hi');
    }
    await drain();
    const page = async (after?: string) =>
      (
        await t.gql(
          `query($a: String) { notifications(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { a: after },
          owner.token,
        )
      ).data.notifications;
    const one = await page();
    expect(one.edges).toHaveLength(2);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page(one.pageInfo.endCursor);
    expect(two.edges).toHaveLength(1);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const ids = [...one.edges, ...two.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(3);
  });

  describe('live', () => {
    const clients: Client[] = [];
    let url: string;
    beforeAll(async () => {
      url = await listen(t);
    });
    afterAll(async () => {
      await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    });

    it('notificationEvents tells me of a new notification and of reading, with my unread count — and nobody else', async () => {
      const { group, owner, members } = await team(1);
      const [ana] = members as [Person];
      const c1 = wsClient(url, owner.token);
      const c2 = wsClient(url, ana.token);
      clients.push(c1, c2);
      const mine = live(c1, `subscription { notificationEvents { change unreadCount } }`);
      const hers = live(c2, `subscription { notificationEvents { change unreadCount } }`);
      await settle(200);
      const post = await createPost(t, owner.token, { groupId: group.id, body: 'live' });
      await addComment(t, ana.token, post.id, 'hello');
      expect(await mine.received(1)).toEqual([{ change: 'NEW', unreadCount: 1 }]);
      await t.gql(`mutation { markAllNotificationsRead }`, {}, owner.token);
      expect((await mine.received(2))[1]).toEqual({ change: 'READ', unreadCount: 0 });
      await settle(200);
      expect(hers.events).toEqual([]);
    });
  });
});
