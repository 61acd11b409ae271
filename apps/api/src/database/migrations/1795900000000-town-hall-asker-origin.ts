import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The question an asker originally asked (it stays when a merge moves the asker to another
 * question): anonymous askers' keyed hashes are now derived per question from it, so one person's
 * anonymous questions cannot be linked to each other by reading the database.
 */
export class TownHallAskerOrigin1795900000000 implements MigrationInterface {
  name = 'TownHallAskerOrigin1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "town_hall_question_askers" ADD "origin_question_id" uuid`);
    await q.query(
      `UPDATE "town_hall_question_askers" SET "origin_question_id" = "question_id" WHERE "origin_question_id" IS NULL`,
    );
    await q.query(
      `ALTER TABLE "town_hall_question_askers" ALTER COLUMN "origin_question_id" SET NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "town_hall_question_askers" DROP COLUMN "origin_question_id"`);
  }
}
