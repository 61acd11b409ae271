import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A town hall's moderation queue (oldest first) and its follow-ups (soonest due first) are read a
 * page at a time: a partial index for each lets a page start at its cursor among only those
 * questions, however many others the town hall has.
 */
export class TownHallQueuePages1796200000000 implements MigrationInterface {
  name = 'TownHallQueuePages1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_queue" ON "town_hall_questions" ("town_hall_id", "created_at", "id") WHERE "status" = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_follow_ups" ON "town_hall_questions" ("town_hall_id", "deferred_until", "id") WHERE "status" = 'PUBLISHED' AND "answer_state" = 'DEFERRED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['queue', 'follow_ups'])
      await q.query(`DROP INDEX "ix_town_hall_questions_${name}"`);
  }
}
