import { GroupVisibility } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { Outbox } from '@hearth/api/core';
import { UserEntity } from '@hearth/api/identity';
import { bootTestApp, TestApp } from '../support/test-app';
import { scratchDatabase, ScratchDatabase } from '../support/scratch-db';
import { addComment, createPost, mention } from '../conversation/helpers';
import { listen, live, settle, wsClient } from '../realtime/ws-client';

/**
 * The fan-out is recorded before the request returns and done in the background: an API that
 * stops before doing it loses nothing — the next one to run jobs does it, from the state at
 * that time. On a database of its own, so that no other test's API runs these jobs.
 */
describe('notification fan-out survives a restart', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchDatabase();
  });
  afterAll(() => db.drop());

  const count = async (t: TestApp, sql: string, params: unknown[] = []): Promise<number> => {
    const [row] = await t.ds.query<Array<{ n: number }>>(sql, params);
    return row!.n;
  };

  it('jobs recorded by an API that stopped are done by the next, and nothing half-done shows', async () => {
    // API A records jobs but never runs them (as if it died right after answering).
    const a = await bootTestApp({ DATABASE_URL: db.url, JOBS_WORKER: 'false' });
    const owner = await createUser(a.ds, { displayName: 'Ruth Restart' });
    const group = await createGroup(a.ds, { owner, visibility: GroupVisibility.CLOSED });
    const members: UserEntity[] = [];
    for (let i = 0; i < 40; i++) {
      const u = await createUser(a.ds);
      await addMember(a.ds, group, u);
      members.push(u);
    }
    const token = await a.tokenFor(owner);
    const removed = members[0]!;
    const ann = await createPost(a, token, {
      groupId: group.id,
      kind: 'ANNOUNCEMENT',
      body: `All hands at noon, ${mention(removed)}`,
    });
    const gone = await createPost(a, token, {
      groupId: group.id,
      kind: 'ANNOUNCEMENT',
      body: 'Posted by mistake',
    });
    expect(await count(a, `SELECT count(*)::int AS n FROM outbox_jobs`)).toBe(2);
    await a.close();

    // Meanwhile: one person leaves the group, one announcement is deleted.
    const b0 = await bootTestApp({ DATABASE_URL: db.url, JOBS_WORKER: 'false' });
    await b0.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
      group.id,
      removed.id,
    ]);
    await b0.ds.query(`UPDATE posts SET deleted_at = now() WHERE id = $1`, [gone.id]);
    expect(await count(b0, `SELECT count(*)::int AS n FROM notifications`)).toBe(0);
    await b0.close();

    // API B starts with a worker: it finds the jobs and does them.
    const b = await bootTestApp({ DATABASE_URL: db.url, JOBS_WORKER: 'true', JOBS_POLL_MS: '100' });
    try {
      const started = Date.now();
      while (
        (await count(b, `SELECT count(*)::int AS n FROM outbox_jobs`)) > 0 &&
        Date.now() - started < 10_000
      )
        await new Promise((r) => setTimeout(r, 50));
      expect(await b.ds.query(`SELECT kind, attempts, last_error FROM outbox_jobs`)).toEqual([]);
      // Every remaining member told once about the announcement; nobody about the deleted one;
      // not the person who left (not even for the mention: the group is closed); not the author.
      const rows: Array<{ recipient_id: string; kind: string; post_id: string }> = await b.ds.query(
        `SELECT recipient_id, kind, post_id FROM notifications`,
      );
      expect(rows).toHaveLength(39);
      expect(new Set(rows.map((r) => r.recipient_id))).toEqual(
        new Set(members.slice(1).map((m) => m.id)),
      );
      expect(rows.every((r) => r.kind === 'ANNOUNCEMENT' && r.post_id === ann.id)).toBe(true);
    } finally {
      await b.close();
    }
  });

  it('a burst of comments whose jobs three APIs run at once keeps people and the link in the order they commented', async () => {
    // API A records the jobs and runs none of them.
    const a = await bootTestApp({ DATABASE_URL: db.url, JOBS_WORKER: 'false' });
    const owner = await createUser(a.ds, { displayName: 'Rita Racer' });
    const people: UserEntity[] = [];
    const events: Array<{ who: string; comment: string }> = [];
    let postId = '';
    try {
      const group = await createGroup(a.ds, { owner });
      for (let i = 0; i < 60; i++) {
        const u = await createUser(a.ds);
        await addMember(a.ds, group, u);
        people.push(u);
      }
      const post = await createPost(a, await a.tokenFor(owner), { groupId: group.id, body: 'Go' });
      postId = post.id;
      // 60 people comment, then five of the latest 50 again: 65 events, 60 people (someone pushed
      // out of the 50 kept would be counted again).
      for (const u of [...people, ...people.slice(20, 25)]) {
        const c = await addComment(a, await a.tokenFor(u), post.id, `From ${u.displayName}`);
        events.push({ who: u.id, comment: c.id });
      }
    } finally {
      await a.close();
    }
    // Three APIs drain the same outbox at the same time, each claiming jobs the others skip.
    const apps = await Promise.all(
      [1, 2, 3].map(() => bootTestApp({ DATABASE_URL: db.url, JOBS_WORKER: 'false' })),
    );
    try {
      const ran = await Promise.all(apps.map((x) => x.app.get(Outbox).drain()));
      expect(ran.reduce((n, r) => n + r, 0)).toBe(66); // the post's job and 65 comments'
      expect(ran.filter((r) => r > 0).length).toBeGreaterThan(1);
      // The latest event of each person, latest first: the five who came back, then the others.
      const order: string[] = [];
      for (const e of [...events].reverse()) if (!order.includes(e.who)) order.push(e.who);
      const [row] = await apps[0]!.ds.query(
        `SELECT actor_ids, actor_count, event_count, comment_id FROM notifications
          WHERE recipient_id = $1 AND post_id = $2`,
        [owner.id, postId],
      );
      expect(row).toEqual({
        actor_ids: order.slice(0, 50),
        actor_count: 60,
        event_count: 65,
        comment_id: events.at(-1)!.comment,
      });
    } finally {
      for (const x of apps) await x.close();
    }
  });

  it('a job that fails leaves nothing behind and runs again later', async () => {
    const t = await bootTestApp({ DATABASE_URL: db.url, JOBS_WORKER: 'false' });
    try {
      const outbox = t.app.get(Outbox);
      const user = await createUser(t.ds);
      let calls = 0;
      outbox.handle('test.flaky', async (m) => {
        calls++;
        await m.query(
          `INSERT INTO notifications (recipient_id, kind, subject_key) VALUES ($1, 'MENTION', 'test:flaky')`,
          [user.id],
        );
        if (calls === 1) throw new Error('the first attempt fails halfway');
      });
      await t.ds.transaction((m) => outbox.record(m, 'test.flaky', { n: 1 }));
      expect(await outbox.drain()).toBe(1);
      expect(calls).toBe(1);
      const pending = `SELECT count(*)::int AS n FROM outbox_jobs WHERE kind = 'test.flaky'`;
      const written = `SELECT count(*)::int AS n FROM notifications WHERE subject_key = 'test:flaky'`;
      expect(await count(t, written)).toBe(0);
      expect(await count(t, pending)).toBe(1);
      const [job] = await t.ds.query(
        `SELECT attempts, last_error, run_after > now() AS later FROM outbox_jobs WHERE kind = 'test.flaky'`,
      );
      expect(job).toEqual({
        attempts: 1,
        last_error: 'Error: the first attempt fails halfway',
        later: true,
      });
      // Not due yet: a drain leaves it.
      await outbox.drain();
      expect(calls).toBe(1);
      await t.ds.query(`UPDATE outbox_jobs SET run_after = now() WHERE kind = 'test.flaky'`);
      await outbox.drain();
      expect(calls).toBe(2);
      expect(await count(t, written)).toBe(1);
      expect(await count(t, pending)).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('with Redis, BullMQ hands the work to another instance, whose signal reaches a subscriber on the first', async () => {
    const redis = {
      DATABASE_URL: db.url,
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `${db.name}-bull:`,
    };
    // A answers requests but runs no jobs; B runs them, and polls only once a minute: the work
    // reaches it through BullMQ.
    const a = await bootTestApp({ ...redis, JOBS_WORKER: 'false' });
    const b = await bootTestApp({ ...redis, JOBS_WORKER: 'true', JOBS_POLL_MS: '60000' });
    const clients: Array<{ dispose: () => void | Promise<void> }> = [];
    try {
      const url = await listen(a);
      await settle(300);
      const owner = await createUser(a.ds);
      const fan = await createUser(a.ds);
      const group = await createGroup(a.ds, { owner });
      await addMember(a.ds, group, fan);
      const ownerToken = await a.tokenFor(owner);
      const client = wsClient(url, ownerToken);
      clients.push(client);
      const signals = live(client, `subscription { notificationEvents { change unreadCount } }`);
      await settle(300);
      const post = await createPost(a, ownerToken, { groupId: group.id, body: 'Over to B' });
      await addComment(a, await a.tokenFor(fan), post.id, 'Caught it');
      expect(await signals.received(1, 8000)).toEqual([{ change: 'NEW', unreadCount: 1 }]);
      expect(
        await count(a, `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`, [
          owner.id,
        ]),
      ).toBe(1);
      signals.stop();
    } finally {
      for (const c of clients) await c.dispose();
      await a.close();
      await b.close();
    }
  });
});
