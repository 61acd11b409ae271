import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Town halls: the session, its hosts and moderators, questions, who asked them and votes.
 * An anonymous question keeps no person id anywhere: its asker is a keyed hash (see
 * libs/api/townhalls, asker keys), which only the server can recompute for the asker.
 */
export class TownHalls1795800000000 implements MigrationInterface {
  name = 'TownHalls1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "town_halls" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "title" text NOT NULL,
      "description" text NOT NULL DEFAULT '',
      "audience_group_id" uuid,
      "state" text NOT NULL DEFAULT 'DRAFT' CHECK ("state" IN ('DRAFT', 'OPEN', 'LIVE', 'ENDED', 'ARCHIVED')),
      "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "allow_anonymous" boolean NOT NULL,
      "pre_moderated" boolean NOT NULL,
      "vote_budget" integer CHECK ("vote_budget" BETWEEN 1 AND 100),
      "answering_question_id" uuid,
      "created_by_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_town_halls" PRIMARY KEY ("id"),
      CONSTRAINT "ck_town_halls_times" CHECK ("ends_at" > "starts_at"),
      CONSTRAINT "fk_town_halls_group" FOREIGN KEY ("audience_group_id") REFERENCES "groups"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_town_halls_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id"))`);
    await q.query(`CREATE INDEX "ix_town_halls_starts" ON "town_halls" ("starts_at")`);
    await q.query(`CREATE TABLE "town_hall_people" (
      "town_hall_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "role" text NOT NULL CHECK ("role" IN ('HOST', 'MODERATOR')),
      CONSTRAINT "pk_town_hall_people" PRIMARY KEY ("town_hall_id", "user_id", "role"),
      CONSTRAINT "fk_town_hall_people_town_hall" FOREIGN KEY ("town_hall_id") REFERENCES "town_halls"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_town_hall_people_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "ix_town_hall_people_user" ON "town_hall_people" ("user_id")`);
    await q.query(`CREATE TABLE "town_hall_questions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "town_hall_id" uuid NOT NULL,
      "body" text NOT NULL,
      "anonymous" boolean NOT NULL,
      "author_id" uuid,
      "status" text NOT NULL CHECK ("status" IN ('PENDING', 'PUBLISHED', 'REJECTED', 'MERGED', 'WITHDRAWN')),
      "answer_state" text CHECK ("answer_state" IN ('ANSWERING', 'ANSWERED_LIVE', 'ANSWERED_IN_WRITING', 'DEFERRED')),
      "answer" text,
      "answered_at" TIMESTAMP WITH TIME ZONE,
      "answered_by_id" uuid,
      "deferred_to_id" uuid,
      "deferred_until" TIMESTAMP WITH TIME ZONE,
      "reject_reason" text CHECK ("reject_reason" IN ('DUPLICATE', 'OFF_TOPIC', 'DISRESPECTFUL', 'ALREADY_ANSWERED', 'OTHER')),
      "reject_note" text,
      "merged_into_id" uuid,
      "edited_by_moderator" boolean NOT NULL DEFAULT false,
      "vote_count" integer NOT NULL DEFAULT 0 CHECK ("vote_count" >= 0),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "published_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "pk_town_hall_questions" PRIMARY KEY ("id"),
      CONSTRAINT "ck_town_hall_questions_anonymous" CHECK (NOT "anonymous" OR "author_id" IS NULL),
      CONSTRAINT "fk_town_hall_questions_town_hall" FOREIGN KEY ("town_hall_id") REFERENCES "town_halls"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_town_hall_questions_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_town_hall_questions_answered_by" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_town_hall_questions_deferred_to" FOREIGN KEY ("deferred_to_id") REFERENCES "users"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_town_hall_questions_merged_into" FOREIGN KEY ("merged_into_id") REFERENCES "town_hall_questions"("id") ON DELETE SET NULL)`);
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_list" ON "town_hall_questions" ("town_hall_id", "status", "vote_count" DESC, "created_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_town_hall_questions_body_trgm" ON "town_hall_questions" USING gin ("body" gin_trgm_ops)`,
    );
    await q.query(
      `ALTER TABLE "town_halls" ADD CONSTRAINT "fk_town_halls_answering" FOREIGN KEY ("answering_question_id") REFERENCES "town_hall_questions"("id") ON DELETE SET NULL`,
    );
    // Who asked: a person id for named questions, a keyed hash for anonymous ones (never both).
    // A merged question's askers move to the question it was merged into.
    await q.query(`CREATE TABLE "town_hall_question_askers" (
      "id" bigserial NOT NULL,
      "question_id" uuid NOT NULL,
      "user_id" uuid,
      "anon_key" text,
      CONSTRAINT "pk_town_hall_question_askers" PRIMARY KEY ("id"),
      CONSTRAINT "ck_town_hall_question_askers_one" CHECK (("user_id" IS NULL) <> ("anon_key" IS NULL)),
      CONSTRAINT "fk_town_hall_question_askers_question" FOREIGN KEY ("question_id") REFERENCES "town_hall_questions"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_town_hall_question_askers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_town_hall_question_askers_user" ON "town_hall_question_askers" ("question_id", "user_id") WHERE "user_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_town_hall_question_askers_anon" ON "town_hall_question_askers" ("question_id", "anon_key") WHERE "anon_key" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_town_hall_question_askers_anon" ON "town_hall_question_askers" ("anon_key") WHERE "anon_key" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_town_hall_question_askers_user" ON "town_hall_question_askers" ("user_id") WHERE "user_id" IS NOT NULL`,
    );
    await q.query(`CREATE TABLE "town_hall_votes" (
      "question_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "town_hall_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_town_hall_votes" PRIMARY KEY ("question_id", "user_id"),
      CONSTRAINT "fk_town_hall_votes_question" FOREIGN KEY ("question_id") REFERENCES "town_hall_questions"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_town_hall_votes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_town_hall_votes_town_hall" FOREIGN KEY ("town_hall_id") REFERENCES "town_halls"("id") ON DELETE CASCADE)`);
    await q.query(
      `CREATE INDEX "ix_town_hall_votes_budget" ON "town_hall_votes" ("town_hall_id", "user_id")`,
    );
    await q.query(`ALTER TABLE "notifications" ADD "town_hall_id" uuid`);
    await q.query(`ALTER TABLE "notifications" ADD "question_id" uuid`);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_town_hall" FOREIGN KEY ("town_hall_id") REFERENCES "town_halls"("id") ON DELETE CASCADE`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notifications" WHERE "town_hall_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_town_hall"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "question_id"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "town_hall_id"`);
    await q.query(`DROP TABLE "town_hall_votes"`);
    await q.query(`DROP TABLE "town_hall_question_askers"`);
    await q.query(`ALTER TABLE "town_halls" DROP CONSTRAINT "fk_town_halls_answering"`);
    await q.query(`DROP TABLE "town_hall_questions"`);
    await q.query(`DROP TABLE "town_hall_people"`);
    await q.query(`DROP TABLE "town_halls"`);
  }
}
