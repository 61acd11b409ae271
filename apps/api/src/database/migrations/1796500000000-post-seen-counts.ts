import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Seen by N" from a counter, not a count. Every feed row counted the post's views
 * (`count(*) FROM post_views`), so a page cost as many index entries as its posts had viewers: with
 * the newest posts of a 10,000-person organisation seen by 5,000 people each, the home feed fell
 * from 488 to 21 req/s (163 once vacuumed), measured on the bench's 10,000-post database.
 *
 * `post_seen_counts` keeps each post's number of views, kept by statement triggers on `post_views`
 * in the same transaction as the views themselves, so it is exact whoever writes them (the API, a
 * cascade from a deleted person, a seed). It is a table of its own because any change to a `posts`
 * row moves the post's card version (migration CardVersions), and views must not throw cached cards
 * away. New views are counted in post id order, so concurrent batches lock shared counters in one order.
 * A view's post never changes (it is half of the primary key), so UPDATE needs no trigger.
 */
export class PostSeenCounts1796500000000 implements MigrationInterface {
  name = 'PostSeenCounts1796500000000';

  async up(q: QueryRunner): Promise<void> {
    // No view is written between the count below and the triggers taking over (until commit).
    await q.query(`LOCK TABLE "post_views" IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`CREATE TABLE "post_seen_counts" (
      "post_id" uuid NOT NULL,
      "seen" integer NOT NULL,
      CONSTRAINT "pk_post_seen_counts" PRIMARY KEY ("post_id"),
      CONSTRAINT "fk_post_seen_counts_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE FUNCTION "hearth_count_post_views"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO post_seen_counts (post_id, seen)
          SELECT post_id, count(*) FROM new_rows GROUP BY post_id ORDER BY post_id
          ON CONFLICT (post_id) DO UPDATE SET seen = post_seen_counts.seen + EXCLUDED.seen;
        ELSE
          UPDATE post_seen_counts s SET seen = s.seen - o.n
            FROM (SELECT post_id, count(*)::int AS n FROM old_rows GROUP BY post_id) o
           WHERE s.post_id = o.post_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER "trg_post_views_count_insert" AFTER INSERT ON "post_views" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "hearth_count_post_views"()`,
    );
    await q.query(
      `CREATE TRIGGER "trg_post_views_count_delete" AFTER DELETE ON "post_views" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "hearth_count_post_views"()`,
    );
    await q.query(
      `INSERT INTO "post_seen_counts" ("post_id", "seen") SELECT "post_id", count(*) FROM "post_views" GROUP BY "post_id"`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "trg_post_views_count_delete" ON "post_views"`);
    await q.query(`DROP TRIGGER "trg_post_views_count_insert" ON "post_views"`);
    await q.query(`DROP FUNCTION "hearth_count_post_views"()`);
    await q.query(`DROP TABLE "post_seen_counts"`);
  }
}
