import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification orders its actors by when they acted, not by when the job telling of it ran: jobs
 * run on several processes at once, so an earlier comment's job could finish after a later one's
 * and put its author first. `actor_seqs` holds, beside each kept actor, the id of the job of their
 * latest event; `latest_seq` the latest event's, whose post, comment and detail the notification
 * shows. Existing rows keep their order (their actors get decreasing negative places, below every
 * job's id).
 */
export class NotificationActorOrder1796400000000 implements MigrationInterface {
  name = 'NotificationActorOrder1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "notifications" ADD "actor_seqs" bigint array NOT NULL DEFAULT '{}', ADD "latest_seq" bigint NOT NULL DEFAULT 0`,
    );
    await q.query(
      `UPDATE "notifications"
          SET "actor_seqs" = ARRAY(SELECT -i::bigint FROM generate_subscripts("actor_ids", 1) AS i ORDER BY i)
        WHERE cardinality("actor_ids") > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "latest_seq", DROP COLUMN "actor_seqs"`);
  }
}
