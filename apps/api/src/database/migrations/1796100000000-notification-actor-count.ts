import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification counts its different actors in a column and keeps only the most recent 50 of them
 * (it names three): the array grew with every person who reacted to a post, and the whole row was
 * rewritten each time.
 */
export class NotificationActorCount1796100000000 implements MigrationInterface {
  name = 'NotificationActorCount1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ADD "actor_count" integer NOT NULL DEFAULT 0`);
    await q.query(
      `UPDATE "notifications" SET "actor_count" = cardinality("actor_ids"), "actor_ids" = "actor_ids"[1:50]`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "actor_count"`);
  }
}
