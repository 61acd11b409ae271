import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A town hall's questions are read a page at a time in each order (keyset cursors): an index per
 * order lets a page start at its cursor instead of sorting every question of the town hall.
 */
export class TownHallQuestionPages1796000000000 implements MigrationInterface {
  name = 'TownHallQuestionPages1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_top" ON "town_hall_questions" ("town_hall_id", "vote_count" DESC, "published_at", "id") WHERE "status" = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_newest" ON "town_hall_questions" ("town_hall_id", "published_at" DESC, "id" DESC) WHERE "status" = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_answered" ON "town_hall_questions" ("town_hall_id", "answered_at" DESC, "id" DESC) WHERE "answered_at" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_created" ON "town_hall_questions" ("town_hall_id", "created_at" DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['top', 'newest', 'answered', 'created'])
      await q.query(`DROP INDEX "ix_town_hall_questions_${name}"`);
  }
}
