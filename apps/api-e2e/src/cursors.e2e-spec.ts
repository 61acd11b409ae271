import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { createPost } from './conversation/helpers';
import { world } from './groups/world';
import { bootTestApp, TestApp } from './support/test-app';

/** A cursor as a client could make one up: base64url JSON of any values. */
const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
const ID = '00000000-0000-4000-8000-000000000000';

/**
 * Cursors are opaque, but a client can still send any string. Each value of a made-up cursor is
 * checked against the SQL type it would be compared as, so what reaches the database is valid:
 * a clear BAD_USER_INPUT, never a database error.
 */
describe('pagination cursors made up by a client', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('are BAD_USER_INPUT on every connection', async () => {
    const w = await world(t, GroupVisibility.OPEN);
    const post = await createPost(t, w.tokens.owner, { groupId: w.group.id, body: 'cursors' });
    // Wrong for every kind of key: by time, by name, or by role and name (members).
    const made = [
      'garbage',
      forged(['2026-12-02 18:33:00+00', 'not-an-id']),
      forged([1, ID]),
      forged(['a', 'b']),
      forged(['a', 'b', 'c']),
      forged([1.5, 'a', ID]),
      forged([2, 'a', 'not-an-id']),
    ];
    const connections: Array<[string, Record<string, unknown>, string]> = [
      ['{ homeFeed(after: $a) { edges { cursor } } }', {}, w.tokens.member],
      [
        '{ groupFeed(groupId: $g, after: $a) { edges { cursor } } }',
        { g: w.group.id },
        w.tokens.member,
      ],
      ['{ hashtagFeed(tag: "x", after: $a) { edges { cursor } } }', {}, w.tokens.member],
      [
        '{ personActivity(userId: $u, after: $a) { edges { cursor } } }',
        { u: w.users.owner.id },
        w.tokens.member,
      ],
      [
        '{ postQueue(groupId: $g, after: $a) { edges { cursor } } }',
        { g: w.group.id },
        w.tokens.owner,
      ],
      [
        '{ post(id: $p) { comments(after: $a) { edges { cursor } } } }',
        { p: post.id },
        w.tokens.member,
      ],
      [
        '{ post(id: $p) { seenBy(after: $a) { edges { cursor } } } }',
        { p: post.id },
        w.tokens.owner,
      ],
      [
        '{ group(id: $g) { members(after: $a) { edges { cursor } } } }',
        { g: w.group.id },
        w.tokens.member,
      ],
      [
        '{ group(id: $g) { joinRequests(after: $a) { edges { cursor } } } }',
        { g: w.group.id },
        w.tokens.owner,
      ],
      ['{ groups(after: $a) { edges { cursor } } }', {}, w.tokens.member],
      ['{ users(after: $a) { edges { cursor } } }', {}, w.tokens.member],
      ['{ auditLog(after: $a) { edges { cursor } } }', {}, w.tokens.orgAdmin],
      ['{ notifications(after: $a) { edges { cursor } } }', {}, w.tokens.member],
    ];
    // Keyed by time: a time that is not one.
    const byTime = new Set(['homeFeed', 'groupFeed', 'hashtagFeed', 'personActivity', 'postQueue']);
    for (const key of ['comments', 'seenBy', 'joinRequests', 'auditLog', 'notifications'])
      byTime.add(key);
    for (const [selection, variables, token] of connections) {
      const declared = Object.keys(variables)
        .map((k) => `, $${k}: ID!`)
        .join('');
      const query = `query($a: String${declared}) ${selection}`;
      // The connection itself answers (so a refusal cannot pass for the check under test).
      const ok = await t.gql(query, { ...variables, a: null }, token);
      expect({ query, errors: ok.errors }).toEqual({ query, errors: undefined });
      const field = /(\w+)\(([^)]*)after: \$a/.exec(selection)?.[1] ?? '';
      for (const a of byTime.has(field) ? [...made, forged(['yesterday', ID])] : made) {
        const res = await t.gql(query, { ...variables, a }, token);
        expect({ query, a, code: res.code }).toEqual({ query, a, code: ErrorCode.BAD_USER_INPUT });
      }
    }
  });
});
