import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A SECRET group's address ends in random characters, so that nobody outside it can guess it or
 * learn that it exists by choosing the same address for another group. Groups that are SECRET
 * already get such an address here (12 random hexadecimal digits from gen_random_uuid, 48 bits;
 * new ones get ten letters and digits from the API); their old address stops leading to them.
 */
export class SecretGroupSlugs1796800000000 implements MigrationInterface {
  name = 'SecretGroupSlugs1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "groups"
          SET "slug" = COALESCE(NULLIF(rtrim(left("slug", 47), '-'), ''), 'group') || '-'
                       || substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)
        WHERE "visibility" = 'SECRET'`,
    );
  }

  /**
   * Nothing to undo in the schema, and the old addresses are not kept (restoring them would make
   * the groups guessable again): the random addresses stay, and are valid addresses either way.
   */
  async down(): Promise<void> {
    // Intentionally empty: see above.
  }
}
