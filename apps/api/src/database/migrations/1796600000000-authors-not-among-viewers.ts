import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Seen by" counts the people a post has reached, not its author: the web app recorded authors as
 * viewers of their own posts as soon as they were shown, so every post's count was one too many and
 * its author headed its own list. Those views go (the counters of migration PostSeenCounts follow);
 * the API records no more of them. Reverting leaves them gone: they said nothing.
 */
export class AuthorsNotAmongViewers1796600000000 implements MigrationInterface {
  name = 'AuthorsNotAmongViewers1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "post_views" v USING "posts" p WHERE p."id" = v."post_id" AND v."user_id" = p."author_id"`,
    );
  }

  async down(): Promise<void> {
    // Nothing to restore.
  }
}
