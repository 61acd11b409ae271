import { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversation1795430819717 implements MigrationInterface {
  name = 'Conversation1795430819717';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT \'PUBLISHED\', "body" text NOT NULL, "mentions" uuid array NOT NULL DEFAULT \'{}\', "hashtags" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, "pinned_at" TIMESTAMP WITH TIME ZONE, "needs_acknowledgement" boolean NOT NULL DEFAULT false, "acknowledge_until" TIMESTAMP WITH TIME ZONE, "accepted_comment_id" uuid, "poll_multiple" boolean NOT NULL DEFAULT false, "poll_anonymous" boolean NOT NULL DEFAULT false, "poll_closes_at" TIMESTAMP WITH TIME ZONE, "poll_results" text, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, CONSTRAINT "pk_posts" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_posts_author_held" ON "posts"  ("author_id", "group_id") WHERE status <> \'PUBLISHED\' AND deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_posts_highlights" ON "posts"  ("group_id") WHERE status = \'PUBLISHED\' AND deleted_at IS NULL AND (pinned_at IS NOT NULL OR needs_acknowledgement)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_posts_queue" ON "posts"  ("group_id", "created_at", "id") WHERE status = \'PENDING\' AND deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_posts_author_feed" ON "posts"  ("author_id", "published_at", "id") WHERE status = \'PUBLISHED\' AND deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_posts_group_feed" ON "posts"  ("group_id", "published_at", "id") WHERE status = \'PUBLISHED\' AND deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "post_hashtags" ("tag" text NOT NULL, "post_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_post_hashtags" PRIMARY KEY ("tag", "post_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_post_hashtags_feed" ON "post_hashtags"  ("tag", "published_at", "post_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "post_views" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_post_views" PRIMARY KEY ("post_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "post_acknowledgements" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_post_acknowledgements" PRIMARY KEY ("post_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "mentions" uuid array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, CONSTRAINT "pk_comments" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_comments_post_live" ON "comments"  ("post_id") WHERE deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_comments_replies" ON "comments"  ("parent_id", "created_at", "id") WHERE parent_id IS NOT NULL AND deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_comments_thread" ON "comments"  ("post_id", "created_at", "id") WHERE parent_id IS NULL AND deleted_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "post_reactions" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_post_reactions" PRIMARY KEY ("post_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_post_reactions_recent" ON "post_reactions"  ("post_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_reactions" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_comment_reactions" PRIMARY KEY ("comment_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_comment_reactions_recent" ON "comment_reactions"  ("comment_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "poll_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "position" integer NOT NULL, "label" text NOT NULL, CONSTRAINT "uq_poll_options_position" UNIQUE ("post_id", "position"), CONSTRAINT "pk_poll_options" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "poll_ballots" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_poll_ballots" PRIMARY KEY ("post_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "poll_votes" ("option_id" uuid NOT NULL, "user_id" uuid NOT NULL, "post_id" uuid NOT NULL, CONSTRAINT "pk_poll_votes" PRIMARY KEY ("option_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_poll_votes_ballot" ON "poll_votes"  ("post_id", "user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "fk_posts_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "fk_posts_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_hashtags" ADD CONSTRAINT "fk_post_hashtags_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_views" ADD CONSTRAINT "fk_post_views_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_views" ADD CONSTRAINT "fk_post_views_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_acknowledgements" ADD CONSTRAINT "fk_post_acknowledgements_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_acknowledgements" ADD CONSTRAINT "fk_post_acknowledgements_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_parent" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" ADD CONSTRAINT "fk_post_reactions_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" ADD CONSTRAINT "fk_post_reactions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" ADD CONSTRAINT "fk_comment_reactions_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" ADD CONSTRAINT "fk_comment_reactions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "poll_options" ADD CONSTRAINT "fk_poll_options_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "poll_ballots" ADD CONSTRAINT "fk_poll_ballots_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "poll_ballots" ADD CONSTRAINT "fk_poll_ballots_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "poll_votes" ADD CONSTRAINT "fk_poll_votes_option" FOREIGN KEY ("option_id") REFERENCES "poll_options"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "poll_votes" ADD CONSTRAINT "fk_poll_votes_ballot" FOREIGN KEY ("post_id", "user_id") REFERENCES "poll_ballots"("post_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "poll_votes" DROP CONSTRAINT "fk_poll_votes_ballot"');
    await queryRunner.query('ALTER TABLE "poll_votes" DROP CONSTRAINT "fk_poll_votes_option"');
    await queryRunner.query('ALTER TABLE "poll_ballots" DROP CONSTRAINT "fk_poll_ballots_user"');
    await queryRunner.query('ALTER TABLE "poll_ballots" DROP CONSTRAINT "fk_poll_ballots_post"');
    await queryRunner.query('ALTER TABLE "poll_options" DROP CONSTRAINT "fk_poll_options_post"');
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" DROP CONSTRAINT "fk_comment_reactions_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" DROP CONSTRAINT "fk_comment_reactions_comment"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" DROP CONSTRAINT "fk_post_reactions_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_reactions" DROP CONSTRAINT "fk_post_reactions_post"',
    );
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_author"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_parent"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_post"');
    await queryRunner.query(
      'ALTER TABLE "post_acknowledgements" DROP CONSTRAINT "fk_post_acknowledgements_user"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_acknowledgements" DROP CONSTRAINT "fk_post_acknowledgements_post"',
    );
    await queryRunner.query('ALTER TABLE "post_views" DROP CONSTRAINT "fk_post_views_user"');
    await queryRunner.query('ALTER TABLE "post_views" DROP CONSTRAINT "fk_post_views_post"');
    await queryRunner.query('ALTER TABLE "post_hashtags" DROP CONSTRAINT "fk_post_hashtags_post"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "fk_posts_author"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "fk_posts_group"');
    await queryRunner.query('DROP INDEX "public"."ix_poll_votes_ballot"');
    await queryRunner.query('DROP TABLE "poll_votes"');
    await queryRunner.query('DROP TABLE "poll_ballots"');
    await queryRunner.query('DROP TABLE "poll_options"');
    await queryRunner.query('DROP INDEX "public"."ix_comment_reactions_recent"');
    await queryRunner.query('DROP TABLE "comment_reactions"');
    await queryRunner.query('DROP INDEX "public"."ix_post_reactions_recent"');
    await queryRunner.query('DROP TABLE "post_reactions"');
    await queryRunner.query('DROP INDEX "public"."ix_comments_thread"');
    await queryRunner.query('DROP INDEX "public"."ix_comments_replies"');
    await queryRunner.query('DROP INDEX "public"."ix_comments_post_live"');
    await queryRunner.query('DROP TABLE "comments"');
    await queryRunner.query('DROP TABLE "post_acknowledgements"');
    await queryRunner.query('DROP TABLE "post_views"');
    await queryRunner.query('DROP INDEX "public"."ix_post_hashtags_feed"');
    await queryRunner.query('DROP TABLE "post_hashtags"');
    await queryRunner.query('DROP INDEX "public"."ix_posts_group_feed"');
    await queryRunner.query('DROP INDEX "public"."ix_posts_author_feed"');
    await queryRunner.query('DROP INDEX "public"."ix_posts_queue"');
    await queryRunner.query('DROP INDEX "public"."ix_posts_highlights"');
    await queryRunner.query('DROP INDEX "public"."ix_posts_author_held"');
    await queryRunner.query('DROP TABLE "posts"');
  }
}
