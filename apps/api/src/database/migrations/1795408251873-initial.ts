import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795408251873 implements MigrationInterface {
  name = 'Initial1795408251873';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "action" text NOT NULL, "group_id" uuid, "target_user_id" uuid, "details" jsonb NOT NULL DEFAULT \'{}\'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_group" ON "audit_log"  ("group_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_log_created" ON "audit_log"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "title" text, "department" text, "location" text, "bio" text, "manager_id" uuid, "avatar_data_url" text, "org_role" text NOT NULL DEFAULT \'MEMBER\', "active" boolean NOT NULL DEFAULT true, "password_hash" text, "deactivated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_users" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_users_display_name" ON "users"  ("display_name", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "previous_refresh_token_hash" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sessions" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sessions_user" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_sessions_refresh_token" ON "sessions"  ("refresh_token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sessions_previous_refresh_token" ON "sessions"  ("previous_refresh_token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "org_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "invited_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "org_role" text NOT NULL DEFAULT \'MEMBER\', CONSTRAINT "pk_org_invitations" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_org_invitations_user" ON "org_invitations"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_org_invitations_token" ON "org_invitations"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" integer NOT NULL, "name" text NOT NULL, "open_sign_up" boolean NOT NULL DEFAULT false, "allowed_email_domains" text array NOT NULL DEFAULT \'{}\', "group_creation_policy" text NOT NULL DEFAULT \'EVERYONE\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_organisation" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT \'\', "category" text NOT NULL, "visibility" text NOT NULL, "cover_color" text NOT NULL DEFAULT \'#3B5BDB\', "cover_image_url" text, "posting_policy" text NOT NULL DEFAULT \'EVERYONE\', "post_approval" boolean NOT NULL DEFAULT false, "membership_questions" jsonb NOT NULL DEFAULT \'[]\'::jsonb, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_groups" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_groups_category" ON "groups"  ("category", "name", "id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_groups_name" ON "groups"  ("name", "id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_groups_slug" ON "groups"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "group_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL DEFAULT \'MEMBER\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_group_memberships_group_user" UNIQUE ("group_id", "user_id"), CONSTRAINT "pk_group_memberships" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_group_memberships_group_role" ON "group_memberships"  ("group_id", "role") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_group_memberships_user" ON "group_memberships"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "group_join_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answers" jsonb NOT NULL DEFAULT \'[]\'::jsonb, "status" text NOT NULL DEFAULT \'PENDING\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, CONSTRAINT "pk_group_join_requests" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_group_join_requests_user" ON "group_join_requests"  ("user_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_group_join_requests_group" ON "group_join_requests"  ("group_id", "status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "group_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "invited_by_id" uuid NOT NULL, "status" text NOT NULL DEFAULT \'PENDING\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_group_invitations" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_group_invitations_user" ON "group_invitations"  ("user_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_group_invitations_group" ON "group_invitations"  ("group_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "group_bans" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "banned_by_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_group_bans" PRIMARY KEY ("group_id", "user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_manager" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_invitations" ADD CONSTRAINT "fk_org_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_invitations" ADD CONSTRAINT "fk_org_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "groups" ADD CONSTRAINT "fk_groups_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_memberships" ADD CONSTRAINT "fk_group_memberships_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_memberships" ADD CONSTRAINT "fk_group_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_join_requests" ADD CONSTRAINT "fk_group_join_requests_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_join_requests" ADD CONSTRAINT "fk_group_join_requests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_invitations" ADD CONSTRAINT "fk_group_invitations_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_invitations" ADD CONSTRAINT "fk_group_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_invitations" ADD CONSTRAINT "fk_group_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_bans" ADD CONSTRAINT "fk_group_bans_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "group_bans" ADD CONSTRAINT "fk_group_bans_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Beyond what the entities declare: case-insensitive unique email, one pending request or
    // invitation per person and group, trigram indexes for directory search, the settings row.
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_email" ON "users" (lower("email"))');
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_group_join_requests_pending" ON "group_join_requests" ("group_id", "user_id") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_group_invitations_pending" ON "group_invitations" ("group_id", "user_id") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_search_trgm" ON "users" USING gin ((lower("display_name" || ' ' || coalesce("title", '') || ' ' || coalesce("department", ''))) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_groups_search_trgm" ON "groups" USING gin ((lower("name" || ' ' || "description")) gin_trgm_ops)`,
    );
    await queryRunner.query(`INSERT INTO "organisation" ("id", "name") VALUES (1, 'Hearth')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_groups_search_trgm"');
    await queryRunner.query('DROP INDEX "ix_users_search_trgm"');
    await queryRunner.query('DROP INDEX "uq_group_invitations_pending"');
    await queryRunner.query('DROP INDEX "uq_group_join_requests_pending"');
    await queryRunner.query('DROP INDEX "uq_users_email"');
    await queryRunner.query('ALTER TABLE "group_bans" DROP CONSTRAINT "fk_group_bans_user"');
    await queryRunner.query('ALTER TABLE "group_bans" DROP CONSTRAINT "fk_group_bans_group"');
    await queryRunner.query(
      'ALTER TABLE "group_invitations" DROP CONSTRAINT "fk_group_invitations_invited_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "group_invitations" DROP CONSTRAINT "fk_group_invitations_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "group_invitations" DROP CONSTRAINT "fk_group_invitations_group"',
    );
    await queryRunner.query(
      'ALTER TABLE "group_join_requests" DROP CONSTRAINT "fk_group_join_requests_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "group_join_requests" DROP CONSTRAINT "fk_group_join_requests_group"',
    );
    await queryRunner.query(
      'ALTER TABLE "group_memberships" DROP CONSTRAINT "fk_group_memberships_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "group_memberships" DROP CONSTRAINT "fk_group_memberships_group"',
    );
    await queryRunner.query('ALTER TABLE "groups" DROP CONSTRAINT "fk_groups_created_by"');
    await queryRunner.query(
      'ALTER TABLE "org_invitations" DROP CONSTRAINT "fk_org_invitations_invited_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "org_invitations" DROP CONSTRAINT "fk_org_invitations_user"',
    );
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_manager"');
    await queryRunner.query('DROP TABLE "group_bans"');
    await queryRunner.query('DROP INDEX "public"."ix_group_invitations_group"');
    await queryRunner.query('DROP INDEX "public"."ix_group_invitations_user"');
    await queryRunner.query('DROP TABLE "group_invitations"');
    await queryRunner.query('DROP INDEX "public"."ix_group_join_requests_group"');
    await queryRunner.query('DROP INDEX "public"."ix_group_join_requests_user"');
    await queryRunner.query('DROP TABLE "group_join_requests"');
    await queryRunner.query('DROP INDEX "public"."ix_group_memberships_user"');
    await queryRunner.query('DROP INDEX "public"."ix_group_memberships_group_role"');
    await queryRunner.query('DROP TABLE "group_memberships"');
    await queryRunner.query('DROP INDEX "public"."uq_groups_slug"');
    await queryRunner.query('DROP INDEX "public"."ix_groups_name"');
    await queryRunner.query('DROP INDEX "public"."ix_groups_category"');
    await queryRunner.query('DROP TABLE "groups"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP INDEX "public"."uq_org_invitations_token"');
    await queryRunner.query('DROP INDEX "public"."ix_org_invitations_user"');
    await queryRunner.query('DROP TABLE "org_invitations"');
    await queryRunner.query('DROP INDEX "public"."ix_sessions_previous_refresh_token"');
    await queryRunner.query('DROP INDEX "public"."uq_sessions_refresh_token"');
    await queryRunner.query('DROP INDEX "public"."ix_sessions_user"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."ix_users_display_name"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_created"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_log_group"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
