import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions for cached post cards. `posts.card_version` goes up, in the same transaction, with every
 * change to what a card shows the same to everyone (the post itself, its comments, reactions on it
 * and on its comments, poll votes, acknowledgements); `card_epochs('users')` goes up when a person's
 * name or profile changes, since cards carry authors and reactors. A card cached under the version
 * and epoch that a later statement still reads is therefore exactly what the database holds.
 */
const CHILD_TABLES = [
  'comments',
  'post_reactions',
  'post_acknowledgements',
  'poll_options',
  'poll_ballots',
  'poll_votes',
];
const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

const transition = (event: (typeof EVENTS)[number]): string =>
  event === 'INSERT'
    ? 'REFERENCING NEW TABLE AS new_rows'
    : event === 'DELETE'
      ? 'REFERENCING OLD TABLE AS old_rows'
      : 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows';

const USER_CARD_COLUMNS = [
  'display_name',
  'email',
  'title',
  'department',
  'location',
  'bio',
  'avatar_data_url',
  'org_role',
  'active',
  'manager_id',
];

export class CardVersions1795600000000 implements MigrationInterface {
  name = 'CardVersions1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" ADD "card_version" bigint NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'CREATE TABLE "card_epochs" ("name" text NOT NULL, "epoch" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "pk_card_epochs" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(`INSERT INTO "card_epochs" ("name", "epoch") VALUES ('users', 0)`);
    // A post's own change: every UPDATE of the row (a child's bump sets the column itself).
    await queryRunner.query(`CREATE FUNCTION "hearth_post_card_version"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.card_version = OLD.card_version THEN
          NEW.card_version := OLD.card_version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "trg_posts_card_version" BEFORE UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION "hearth_post_card_version"()',
    );
    // Rows that carry post_id: one UPDATE per statement, so bulk writes bump each post once.
    await queryRunner.query(`CREATE FUNCTION "hearth_touch_post_cards"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE posts SET card_version = card_version + 1
           WHERE id IN (SELECT post_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE posts SET card_version = card_version + 1
           WHERE id IN (SELECT post_id FROM old_rows);
        ELSE
          UPDATE posts SET card_version = card_version + 1
           WHERE id IN (SELECT post_id FROM new_rows UNION SELECT post_id FROM old_rows);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of CHILD_TABLES)
      for (const event of EVENTS)
        await queryRunner.query(
          `CREATE TRIGGER "trg_${table}_cards_${event.toLowerCase()}" AFTER ${event} ON "${table}" ${transition(event)} FOR EACH STATEMENT EXECUTE FUNCTION "hearth_touch_post_cards"()`,
        );
    // Reactions on comments reach the post through the comment.
    await queryRunner.query(`CREATE FUNCTION "hearth_touch_comment_cards"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE posts SET card_version = card_version + 1 WHERE id IN (
            SELECT c.post_id FROM comments c WHERE c.id IN (SELECT comment_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE posts SET card_version = card_version + 1 WHERE id IN (
            SELECT c.post_id FROM comments c WHERE c.id IN (SELECT comment_id FROM old_rows));
        ELSE
          UPDATE posts SET card_version = card_version + 1 WHERE id IN (
            SELECT c.post_id FROM comments c WHERE c.id IN (
              SELECT comment_id FROM new_rows UNION SELECT comment_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    for (const event of EVENTS)
      await queryRunner.query(
        `CREATE TRIGGER "trg_comment_reactions_cards_${event.toLowerCase()}" AFTER ${event} ON "comment_reactions" ${transition(event)} FOR EACH STATEMENT EXECUTE FUNCTION "hearth_touch_comment_cards"()`,
      );
    await queryRunner.query(`CREATE FUNCTION "hearth_touch_user_cards"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE card_epochs SET epoch = epoch + 1 WHERE name = 'users';
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_users_cards" AFTER UPDATE ON "users" FOR EACH ROW WHEN (${USER_CARD_COLUMNS.map(
        (c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`,
      ).join(' OR ')}) EXECUTE FUNCTION "hearth_touch_user_cards"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "trg_users_cards" ON "users"');
    await queryRunner.query('DROP FUNCTION "hearth_touch_user_cards"()');
    for (const event of EVENTS)
      await queryRunner.query(
        `DROP TRIGGER "trg_comment_reactions_cards_${event.toLowerCase()}" ON "comment_reactions"`,
      );
    await queryRunner.query('DROP FUNCTION "hearth_touch_comment_cards"()');
    for (const table of CHILD_TABLES)
      for (const event of EVENTS)
        await queryRunner.query(
          `DROP TRIGGER "trg_${table}_cards_${event.toLowerCase()}" ON "${table}"`,
        );
    await queryRunner.query('DROP FUNCTION "hearth_touch_post_cards"()');
    await queryRunner.query('DROP TRIGGER "trg_posts_card_version" ON "posts"');
    await queryRunner.query('DROP FUNCTION "hearth_post_card_version"()');
    await queryRunner.query('DROP TABLE "card_epochs"');
    await queryRunner.query('ALTER TABLE "posts" DROP COLUMN "card_version"');
  }
}
