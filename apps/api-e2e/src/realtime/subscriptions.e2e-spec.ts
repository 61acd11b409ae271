import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { addMember, createUser } from '@hearth/api/testing';
import { SessionEntity } from '@hearth/api/identity';
import { SubscriptionHub } from '@hearth/api/core';
import { Client } from 'graphql-ws';
import { JwtService } from '@nestjs/jwt';
import { Logger } from '@nestjs/common';
import { bootTestApp, TestApp } from '../support/test-app';
import { world, World } from '../groups/world';
import { addComment, createPost } from '../conversation/helpers';
import { eventually, handshake, listen, live, settle, wsClient } from './ws-client';

const EVENT = `kind groupId postId commentId actorId reactions { total counts { kind count } } acknowledgedCount`;
const GROUP_EVENTS = `subscription($g: ID!) { groupEvents(groupId: $g) { ${EVENT} } }`;
const HOME_EVENTS = `subscription { homeEvents { ${EVENT} } }`;

describe('live events over graphql-ws', () => {
  let t: TestApp;
  let url: string;
  let w: World;
  const clients: Client[] = [];
  const client = (token?: string): Client => {
    const c = wsClient(url, token);
    clients.push(c);
    return c;
  };
  /** Subscriptions registered in the API on a group's topic (to wait for, rather than sleep). */
  const count = (groupId: string): number =>
    t.app.get(SubscriptionHub).listenerCount(`group:${groupId}`);
  /** A new member of w's group, with a token. */
  const newMember = async () => {
    const user = await createUser(t.ds);
    await addMember(t.ds, w.group, user);
    return { user, token: await t.tokenFor(user) };
  };

  beforeAll(async () => {
    t = await bootTestApp();
    url = await listen(t);
    w = await world(t, GroupVisibility.OPEN);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    await t.close();
  });

  it('delivers a new post, a comment, reaction counts and a vote to a member', async () => {
    const before = count(w.group.id);
    const me = live(client(w.tokens.member), GROUP_EVENTS, { g: w.group.id });
    await eventually(() => count(w.group.id) >= before + 1);
    const post = await createPost(t, w.tokens.admin, { groupId: w.group.id, body: 'live!' });
    const [added] = await me.received(1);
    expect(added).toEqual({
      kind: 'POST_ADDED',
      groupId: w.group.id,
      postId: post.id,
      commentId: null,
      actorId: w.users.admin.id,
      reactions: null,
      acknowledgedCount: null,
    });
    const comment = await addComment(t, w.tokens.owner, post.id, 'and a comment');
    await t.gql(
      `mutation($p: ID!) { reactToPost(input: { postId: $p, kind: CELEBRATE }) { id } }`,
      { p: post.id },
      w.tokens.moderator,
    );
    const events = await me.received(3);
    expect(events[1]).toMatchObject({
      kind: 'COMMENT_ADDED',
      postId: post.id,
      commentId: comment.id,
      actorId: w.users.owner.id,
    });
    expect(events[2]).toMatchObject({
      kind: 'REACTIONS_CHANGED',
      postId: post.id,
      commentId: null,
      reactions: { total: 1, counts: [{ kind: 'CELEBRATE', count: 1 }] },
    });
  });

  it('home events come from my groups only', async () => {
    const mine = await newMember();
    const before = count(w.group.id);
    const home = live(client(mine.token), HOME_EVENTS);
    const elsewhere = await world(t, GroupVisibility.OPEN);
    const watcher = live(client(elsewhere.tokens.member), GROUP_EVENTS, { g: elsewhere.group.id });
    await eventually(() => count(w.group.id) >= before + 1 && count(elsewhere.group.id) >= 1);
    await createPost(t, elsewhere.tokens.admin, { groupId: elsewhere.group.id, body: 'not yours' });
    await watcher.received(1);
    const post = await createPost(t, w.tokens.admin, { groupId: w.group.id, body: 'yours' });
    const [event] = await home.received(1);
    expect(event.postId).toBe(post.id);
    await settle();
    expect(home.events).toHaveLength(1);
  });

  it('someone removed from the group stops receiving its events at once', async () => {
    const leaving = await newMember();
    const staying = await newMember();
    const before = count(w.group.id);
    const gone = live(client(leaving.token), HOME_EVENTS);
    const control = live(client(staying.token), HOME_EVENTS);
    await eventually(() => count(w.group.id) >= before + 2);
    await createPost(t, w.tokens.admin, { groupId: w.group.id, body: 'before' });
    await gone.received(1);
    const removed = await t.gql(
      `mutation($g: ID!, $u: ID!) { removeMember(input: { groupId: $g, userId: $u }) { id } }`,
      { g: w.group.id, u: leaving.user.id },
      w.tokens.owner,
    );
    expect(removed.errors).toBeUndefined();
    await createPost(t, w.tokens.admin, { groupId: w.group.id, body: 'after' });
    await control.received(2);
    await settle();
    expect(gone.events).toHaveLength(1);
  });

  it('someone banned from an OPEN group stops reading it live, and a CLOSED or SECRET group tells outsiders nothing', async () => {
    const outsider = await createUser(t.ds);
    const outsiderToken = await t.tokenFor(outsider);
    const before = count(w.group.id);
    const reading = live(client(outsiderToken), GROUP_EVENTS, { g: w.group.id });
    const control = live(client(w.tokens.member), GROUP_EVENTS, { g: w.group.id });
    await eventually(() => count(w.group.id) >= before + 2);
    await createPost(t, w.tokens.admin, { groupId: w.group.id, body: 'open to all' });
    await reading.received(1);
    const ban = await t.gql(
      `mutation($g: ID!, $u: ID!) { banMember(input: { groupId: $g, userId: $u }) { id } }`,
      { g: w.group.id, u: outsider.id },
      w.tokens.owner,
    );
    expect(ban.errors).toBeUndefined();
    await createPost(t, w.tokens.admin, { groupId: w.group.id, body: 'not for the banned' });
    await control.received(2);
    await settle();
    expect(reading.events).toHaveLength(1);

    for (const [visibility, code] of [
      [GroupVisibility.CLOSED, ErrorCode.FORBIDDEN],
      [GroupVisibility.SECRET, ErrorCode.NOT_FOUND],
    ] as const) {
      const hidden = await world(t, visibility);
      const refused = live(client(hidden.tokens.nonMember), GROUP_EVENTS, { g: hidden.group.id });
      await eventually(() => refused.done);
      expect(refused.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code }) }),
      ]);
      // And their posts never reach a non-member's home events.
      const home = live(client(hidden.tokens.nonMember), HOME_EVENTS);
      const member = live(client(hidden.tokens.member), GROUP_EVENTS, { g: hidden.group.id });
      await eventually(() => count(hidden.group.id) >= 1);
      await settle(200);
      await createPost(t, hidden.tokens.admin, { groupId: hidden.group.id, body: 'inside' });
      await member.received(1);
      await settle();
      expect(home.events).toHaveLength(0);
    }
  });

  it('anonymous poll votes carry no voter and no counts; acknowledgement counts reach the author and admins only', async () => {
    const before = count(w.group.id);
    const author = live(client(w.tokens.owner), GROUP_EVENTS, { g: w.group.id });
    const member = live(client(w.tokens.member), GROUP_EVENTS, { g: w.group.id });
    await eventually(() => count(w.group.id) >= before + 2);
    const poll = await createPost(t, w.tokens.owner, {
      groupId: w.group.id,
      kind: 'POLL',
      body: 'secret ballot',
      poll: { options: ['yes', 'no'], anonymous: true },
    });
    await t.gql(
      `mutation($p: ID!, $o: [ID!]!) { votePoll(input: { postId: $p, optionIds: $o }) { id } }`,
      { p: poll.id, o: [poll.poll.options[0].id] },
      w.tokens.moderator,
    );
    const [, vote] = await member.received(2);
    expect(vote).toEqual({
      kind: 'POLL_VOTED',
      groupId: w.group.id,
      postId: poll.id,
      commentId: null,
      actorId: null,
      reactions: null,
      acknowledgedCount: null,
    });

    const notice = await createPost(t, w.tokens.owner, {
      groupId: w.group.id,
      kind: 'ANNOUNCEMENT',
      body: 'please read',
      needsAcknowledgement: true,
    });
    await t.gql(
      `mutation($p: ID!) { acknowledgePost(input: { postId: $p }) { id } }`,
      { p: notice.id },
      w.tokens.member,
    );
    const seen = await author.received(4);
    expect(seen[3]).toMatchObject({
      kind: 'ACKNOWLEDGED',
      postId: notice.id,
      acknowledgedCount: 1,
    });
    await settle();
    expect(member.events.map((e) => e.kind)).toEqual(['POST_ADDED', 'POLL_VOTED', 'POST_ADDED']);
  });

  it('signing out stops delivery on sockets opened with that session', async () => {
    const person = await newMember();
    const control = await newMember();
    const before = count(w.group.id);
    const mine = live(client(person.token), GROUP_EVENTS, { g: w.group.id });
    const theirs = live(client(control.token), GROUP_EVENTS, { g: w.group.id });
    await eventually(() => count(w.group.id) >= before + 2);
    const out = await t.gql(`mutation { signOut }`, {}, person.token);
    expect(out.errors).toBeUndefined();
    await createPost(t, w.tokens.admin, { groupId: w.group.id, body: 'after sign-out' });
    await theirs.received(1);
    await settle();
    expect(mine.events).toHaveLength(0);
  });

  it('closes the connection with 4403 for a missing, malformed, expired or revoked token', async () => {
    const user = await createUser(t.ds);
    const sessions = t.ds.getRepository(SessionEntity);
    const revoked = await sessions.save(
      sessions.create({
        userId: user.id,
        refreshTokenHash: `revoked-${Math.random()}`,
        expiresAt: new Date(Date.now() + 3_600_000),
        revokedAt: new Date(),
      }),
    );
    const live1 = await sessions.save(
      sessions.create({
        userId: user.id,
        refreshTokenHash: `live-${Math.random()}`,
        expiresAt: new Date(Date.now() + 3_600_000),
      }),
    );
    const jwt = t.app.get(JwtService);
    const token = (sid: string, expiresIn: number, secret?: string) =>
      jwt.signAsync({ sub: user.id, sid }, { expiresIn, ...(secret ? { secret } : {}) });
    const cases: Array<Record<string, unknown> | undefined> = [
      undefined,
      { authorization: 'Bearer not-a-token' },
      { authorization: `Bearer ${await token(live1.id, -60)}` },
      { authorization: `Bearer ${await token(revoked.id, 600)}` },
      {
        authorization: `Bearer ${await token(live1.id, 600, 'another-secret-another-secret-0123')}`,
      },
    ];
    for (const payload of cases)
      expect(await handshake(url, payload)).toMatchObject({ acked: false, code: 4403 });
    expect(
      await handshake(url, { authorization: `Bearer ${await token(live1.id, 600)}` }),
    ).toMatchObject({ acked: true });
  });

  it('refuses a browser from a foreign origin before the socket opens', async () => {
    const payload = { authorization: `Bearer ${w.tokens.member}` };
    expect(await handshake(url, payload, 'https://evil.example')).toEqual({
      acked: false,
      status: 403,
    });
    expect(await handshake(url, payload, 'http://localhost:4200')).toMatchObject({ acked: true });
  });

  it('accepts every loopback spelling by default and says once, with the fix, what it refused', async () => {
    const payload = { authorization: `Bearer ${w.tokens.member}` };
    // The address npm start prints, and the other ways of writing the same machine.
    for (const origin of ['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000'])
      expect(await handshake(url, payload, origin)).toMatchObject({ acked: true });
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      for (let i = 0; i < 3; i++)
        expect(await handshake(url, payload, 'http://intranet.example:3000')).toEqual({
          acked: false,
          status: 403,
        });
      const said = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('intranet'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/"http:\/\/intranet\.example:3000".*set PUBLIC_URL.*WEB_ORIGINS/);
    } finally {
      warn.mockRestore();
    }
  });

  it('bounds subscriptions per socket and sockets per person, and runs only subscriptions', async () => {
    const person = await newMember();
    const c = client(person.token);
    const subs = Array.from({ length: 20 }, () => live(c, GROUP_EVENTS, { g: w.group.id }));
    const extra = live(c, GROUP_EVENTS, { g: w.group.id });
    await eventually(() => extra.done);
    expect(extra.errors).toEqual([
      expect.objectContaining({ extensions: { code: ErrorCode.RATE_LIMITED } }),
    ]);
    expect(subs.every((s) => !s.done)).toBe(true);

    // Queries and mutations go over HTTP (a fresh socket: this one is full).
    const query = live(client(w.tokens.member), `query { me { id } }`);
    await eventually(() => query.done);
    expect(query.errors).toEqual([
      expect.objectContaining({ extensions: { code: ErrorCode.BAD_USER_INPUT } }),
    ]);

    const payload = { authorization: `Bearer ${person.token}` };
    // The client above holds one socket; nine more are allowed, the eleventh is refused.
    const sockets = await Promise.all(Array.from({ length: 9 }, () => openSocket(url, payload)));
    expect(await handshake(url, payload)).toMatchObject({ acked: false, code: 4403 });
    for (const s of sockets) s.close();
  });
});

/** Opens and acknowledges a socket, and keeps it open. */
async function openSocket(
  url: string,
  payload: Record<string, unknown>,
): Promise<{ close: () => void }> {
  const { default: WebSocket } = await import('ws');
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload })));
    ws.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack')
        resolve({ close: () => ws.close() });
    });
    ws.on('close', (code: number) => reject(new Error(`closed ${code}`)));
  });
}
