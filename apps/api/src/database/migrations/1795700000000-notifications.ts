import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: the outbox of background jobs (recorded in the transaction that causes them),
 * notifications grouped per subject while unread, and each person's preferences.
 */
export class Notifications1795700000000 implements MigrationInterface {
  name = 'Notifications1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbox_jobs" (
      "id" bigserial NOT NULL,
      "kind" text NOT NULL,
      "payload" jsonb NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "run_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text,
      CONSTRAINT "pk_outbox_jobs" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "notifications" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "recipient_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "subject_key" text NOT NULL,
      "group_id" uuid,
      "post_id" uuid,
      "comment_id" uuid,
      "actor_ids" uuid array NOT NULL DEFAULT '{}',
      "event_count" integer NOT NULL DEFAULT 1,
      "detail" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "read_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "pk_notifications" PRIMARY KEY ("id"),
      CONSTRAINT "fk_notifications_recipient" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_notifications_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE)`);
    // One unread notification per subject: a busy thread is one notification with a count.
    await q.query(
      `CREATE UNIQUE INDEX "uq_notifications_unread_subject" ON "notifications" ("recipient_id", "subject_key") WHERE "read_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_notifications_recipient" ON "notifications" ("recipient_id", "updated_at" DESC, "id" DESC)`,
    );
    await q.query(`CREATE TABLE "notification_group_levels" (
      "user_id" uuid NOT NULL,
      "group_id" uuid NOT NULL,
      "level" text NOT NULL CHECK ("level" IN ('ALL', 'HIGHLIGHTS', 'OFF')),
      CONSTRAINT "pk_notification_group_levels" PRIMARY KEY ("user_id", "group_id"),
      CONSTRAINT "fk_notification_group_levels_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
      CONSTRAINT "fk_notification_group_levels_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE TABLE "notification_muted_kinds" (
      "user_id" uuid NOT NULL,
      "kind" text NOT NULL,
      CONSTRAINT "pk_notification_muted_kinds" PRIMARY KEY ("user_id", "kind"),
      CONSTRAINT "fk_notification_muted_kinds_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification_muted_kinds"`);
    await q.query(`DROP TABLE "notification_group_levels"`);
    await q.query(`DROP INDEX "uq_notifications_unread_subject"`);
    await q.query(`DROP INDEX "ix_notifications_recipient"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP TABLE "outbox_jobs"`);
  }
}
