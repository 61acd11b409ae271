import { GroupVisibility } from '@hearth/shared/util';
import { addMember, createUser } from '@hearth/api/testing';
import { Client } from 'graphql-ws';
import { bootTestApp, TestApp } from '../support/test-app';
import { world } from '../groups/world';
import { createPost } from '../conversation/helpers';
import { listen, live, settle, wsClient } from './ws-client';

const GROUP_EVENTS = `subscription($g: ID!) { groupEvents(groupId: $g) { kind postId actorId } }`;

/** With REDIS_URL set, two API instances on one PostgreSQL and one Redis act as one. */
describe('live events across two API instances (Redis)', () => {
  let a: TestApp;
  let b: TestApp;
  const clients: Client[] = [];
  const env = {
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    // This run's own channels.
    REDIS_PREFIX: `${process.env['HEARTH_TEST_DATABASE'] ?? 'hearth_test'}-ws-${Date.now()}:`,
  };
  beforeAll(async () => {
    a = await bootTestApp(env);
    b = await bootTestApp(env);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    await a.close();
    await b.close();
  });

  it('a subscriber on instance A receives what was written through instance B, and stops when B removes them', async () => {
    const urlA = await listen(a);
    const w = await world(a, GroupVisibility.CLOSED);
    const person = await createUser(a.ds);
    await addMember(a.ds, w.group, person);
    const onA = wsClient(urlA, await a.tokenFor(person));
    const control = wsClient(urlA, w.tokens.member);
    clients.push(onA, control);
    const mine = live(onA, GROUP_EVENTS, { g: w.group.id });
    const theirs = live(control, GROUP_EVENTS, { g: w.group.id });
    await settle(300);

    const post = await createPost(b, w.tokens.admin, { groupId: w.group.id, body: 'from B' });
    const [event] = await mine.received(1);
    expect(event).toEqual({ kind: 'POST_ADDED', postId: post.id, actorId: w.users.admin.id });

    const removed = await b.gql(
      `mutation($g: ID!, $u: ID!) { removeMember(input: { groupId: $g, userId: $u }) { id } }`,
      { g: w.group.id, u: person.id },
      w.tokens.owner,
    );
    expect(removed.errors).toBeUndefined();
    await createPost(b, w.tokens.admin, { groupId: w.group.id, body: 'members only' });
    await theirs.received(2);
    await settle();
    expect(mine.events).toHaveLength(1);
  });
});
