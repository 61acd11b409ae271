import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { Client } from 'graphql-ws';
import { SubscriptionHub } from '@hearth/api/core';
import { bootTestApp, TestApp } from '../support/test-app';
import { world } from '../groups/world';
import { eventually, live, settle, wsClient } from './ws-client';

const EVENTS = `subscription($g: ID!) { groupMembershipEvents(groupId: $g) { change groupId userId actorId } }`;
const REQUEST =
  'mutation($id: ID!, $answers: [String!]) { requestToJoinGroup(input: { groupId: $id, answers: $answers }) { id } }';
const APPROVE = 'mutation($id: ID!) { approveJoinRequest(input: { requestId: $id }) { status } }';
const ROLE =
  'mutation($g: ID!, $u: ID!, $r: GroupRole!) { changeMemberRole(input: { groupId: $g, userId: $u, role: $r }) { role } }';
const LEAVE = 'mutation($id: ID!) { leaveGroup(input: { groupId: $id }) { id } }';
const INVITE =
  'mutation($g: ID!, $u: [ID!]!) { inviteToGroup(input: { groupId: $g, userIds: $u }) { id } }';

describe('membership changes, live, for those who manage members', () => {
  let t: TestApp;
  let url: string;
  const clients: Client[] = [];
  const client = (token: string): Client => {
    const c = wsClient(url, token);
    clients.push(c);
    return c;
  };
  /** Waits until `n` subscriptions to the group's membership changes are registered. */
  const subscribed = (groupId: string, n: number) =>
    eventually(() => t.app.get(SubscriptionHub).listenerCount(`members:${groupId}`) >= n);
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    t = await bootTestApp();
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    url = `ws://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    await t.close();
  });

  it('a moderator and an org admin see a request arrive and its decision; the requester is told nothing this way', async () => {
    const w = await world(t, GroupVisibility.CLOSED);
    const moderator = live(client(w.tokens.moderator), EVENTS, { g: w.group.id });
    const orgAdmin = live(client(w.tokens.orgAdmin), EVENTS, { g: w.group.id });
    await subscribed(w.group.id, 2);
    const asker = await createUser(t.ds);
    const askerToken = await t.tokenFor(asker);
    const data = await ok(REQUEST, { id: w.group.id, answers: ['To help'] }, askerToken);
    const [requested] = await moderator.received(1);
    expect(requested).toEqual({
      change: 'REQUESTED',
      groupId: w.group.id,
      userId: asker.id,
      actorId: asker.id,
    });
    await ok(APPROVE, { id: data.requestToJoinGroup.id }, w.tokens.admin);
    const events = await orgAdmin.received(2);
    expect(events.map((e) => e.change)).toEqual(['REQUESTED', 'REQUEST_DECIDED']);
    expect(events[1]).toMatchObject({ userId: asker.id, actorId: w.users.admin.id });

    // Several invitations at once: one change per person invited.
    const [a, b] = [await createUser(t.ds), await createUser(t.ds)];
    await ok(INVITE, { g: w.group.id, u: [a.id, b.id] }, w.tokens.admin);
    const all = await moderator.received(4);
    expect(all.slice(2).map((e) => [e.change, e.userId])).toEqual([
      ['INVITED', a.id],
      ['INVITED', b.id],
    ]);
  });

  it('members, outsiders and the banned are refused when they subscribe', async () => {
    const w = await world(t, GroupVisibility.CLOSED);
    for (const role of ['member', 'nonMember', 'banned', 'pending', 'hr'] as const) {
      const refused = live(client(w.tokens[role]), EVENTS, { g: w.group.id });
      await eventually(() => refused.done);
      expect([role, refused.errors]).toEqual([
        role,
        [
          expect.objectContaining({
            extensions: expect.objectContaining({ code: ErrorCode.FORBIDDEN }),
          }),
        ],
      ]);
    }
    const secret = await world(t, GroupVisibility.SECRET);
    const hidden = live(client(secret.tokens.nonMember), EVENTS, { g: secret.group.id });
    await eventually(() => hidden.done);
    expect(hidden.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: ErrorCode.NOT_FOUND }),
      }),
    ]);
    const bad = live(client(w.tokens.owner), EVENTS, { g: 'not-a-group' });
    await eventually(() => bad.done);
    expect(bad.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: ErrorCode.NOT_FOUND }),
      }),
    ]);
  });

  it('a moderator who is demoted stops receiving them at once, not even the change that demoted them', async () => {
    const w = await world(t, GroupVisibility.OPEN);
    const demoted = live(client(w.tokens.moderator), EVENTS, { g: w.group.id });
    const control = live(client(w.tokens.admin), EVENTS, { g: w.group.id });
    await subscribed(w.group.id, 2);
    await ok(ROLE, { g: w.group.id, u: w.users.moderator.id, r: 'MEMBER' }, w.tokens.owner);
    await ok(LEAVE, { id: w.group.id }, w.tokens.member);
    const events = await control.received(2);
    expect(events.map((e) => [e.change, e.userId])).toEqual([
      ['ROLE_CHANGED', w.users.moderator.id],
      ['LEFT', w.users.member.id],
    ]);
    await settle();
    expect(demoted.events).toHaveLength(0);
  });
});
