import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp } from '../support/test-app';
import { scratchDatabase, ScratchDatabase } from '../support/scratch-db';
import { addComment, createPost } from '../conversation/helpers';
// The migration under test lives in the API app, which has no import alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { NotificationActorOrder1796400000000 } from '../../../api/src/database/migrations/1796400000000-notification-actor-order';

/**
 * Notifications written before actors carried the order of their events keep the order they had,
 * and new events go on from there. On a database of its own: the migration is reverted and applied
 * again under the running API.
 */
describe('migration: notification actors ordered by event', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchDatabase();
  });
  afterAll(() => db.drop());

  it('an unread notification keeps its actors in order through the migration, and the next event goes first', async () => {
    const t = await bootTestApp({ DATABASE_URL: db.url });
    try {
      const owner = await createUser(t.ds, { displayName: 'Olga Owner' });
      const group = await createGroup(t.ds, { owner });
      const [ana, ben, cy] = await Promise.all([1, 2, 3].map(() => createUser(t.ds)));
      for (const u of [ana!, ben!, cy!]) await addMember(t.ds, group, u);
      const post = await createPost(t, await t.tokenFor(owner), {
        groupId: group.id,
        body: 'Before and after',
      });
      for (const u of [ana!, ben!, cy!]) await addComment(t, await t.tokenFor(u), post.id, 'Hi');
      await t.jobsDone();
      const row = async () => {
        const [r] = await t.ds.query(
          `SELECT actor_ids, actor_seqs::text[] AS seqs, actor_count FROM notifications
            WHERE recipient_id = $1 AND post_id = $2`,
          [owner.id, post.id],
        );
        return r as { actor_ids: string[]; seqs: string[]; actor_count: number };
      };
      expect((await row()).actor_ids).toEqual([cy!.id, ben!.id, ana!.id]);

      // As a database from before the migration: the columns are not there; then it runs.
      const migration = new NotificationActorOrder1796400000000();
      const qr = t.ds.createQueryRunner();
      try {
        await migration.down(qr);
        const [cols] = await t.ds.query(
          `SELECT count(*)::int AS n FROM information_schema.columns
            WHERE table_name = 'notifications' AND column_name IN ('actor_seqs', 'latest_seq')`,
        );
        expect(cols).toEqual({ n: 0 });
        await migration.up(qr);
      } finally {
        await qr.release();
      }
      expect(await row()).toEqual({
        actor_ids: [cy!.id, ben!.id, ana!.id],
        seqs: ['-1', '-2', '-3'],
        actor_count: 3,
      });

      // Ben comments again: he moves to the front, above every actor kept from before.
      const again = await addComment(t, await t.tokenFor(ben!), post.id, 'Me again');
      await t.jobsDone();
      const after = await row();
      expect(after.actor_ids).toEqual([ben!.id, cy!.id, ana!.id]);
      expect(Number(after.seqs[0])).toBeGreaterThan(0);
      expect(after.seqs.slice(1)).toEqual(['-1', '-3']);
      expect(after.actor_count).toBe(3);
      const [link] = await t.ds.query(
        `SELECT comment_id FROM notifications WHERE recipient_id = $1 AND post_id = $2`,
        [owner.id, post.id],
      );
      expect(link).toEqual({ comment_id: again.id });
    } finally {
      await t.close();
    }
  });
});
