import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reaction counts by kind from counters, not a count. Building a card (and telling subscribers of a
 * reaction) grouped every reaction of the post or comment by kind, so one more reaction on a post
 * thousands had reacted to read thousands of rows, and so did every card rebuilt after it.
 *
 * `post_reaction_counts` and `comment_reaction_counts` keep one row per target and kind, kept by
 * statement triggers on the reactions in the same transaction as the reactions themselves (as
 * `post_seen_counts` is, migration PostSeenCounts), so they are exact whoever writes them: the API,
 * a cascade from a deleted person, a seed. Each statement's changes are summed per target and kind
 * (a reaction changing kind is -1 for the old kind and +1 for the new) and applied in one upsert in
 * (target, kind) order, so concurrent statements lock shared counters in one order. A count that
 * falls to 0 keeps its row (at most six per target); readers skip it. Counts of a target deleted in
 * the same statement (a cascade) are left to its own cascade. The counters are tables of their own
 * because a change to a `posts` row moves the card version: the reactions' own triggers (migration
 * CardVersions) still move it once per statement, as before.
 */
const TARGETS = [
  { table: 'post_reactions', counts: 'post_reaction_counts', column: 'post_id', parent: 'posts' },
  {
    table: 'comment_reactions',
    counts: 'comment_reaction_counts',
    column: 'comment_id',
    parent: 'comments',
  },
] as const;
const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

const transition = (event: (typeof EVENTS)[number]): string =>
  event === 'INSERT'
    ? 'REFERENCING NEW TABLE AS new_rows'
    : event === 'DELETE'
      ? 'REFERENCING OLD TABLE AS old_rows'
      : 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows';

const fn = (t: (typeof TARGETS)[number]): string => `hearth_count_${t.table}`;

export class ReactionCounts1796700000000 implements MigrationInterface {
  name = 'ReactionCounts1796700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of TARGETS) {
      // No reaction is written between the count below and the triggers taking over (until commit).
      await q.query(`LOCK TABLE "${t.table}" IN SHARE ROW EXCLUSIVE MODE`);
      await q.query(`CREATE TABLE "${t.counts}" (
        "${t.column}" uuid NOT NULL,
        "kind" text NOT NULL,
        "count" integer NOT NULL,
        CONSTRAINT "pk_${t.counts}" PRIMARY KEY ("${t.column}", "kind"),
        CONSTRAINT "fk_${t.counts}_${t.parent === 'posts' ? 'post' : 'comment'}" FOREIGN KEY ("${t.column}") REFERENCES "${t.parent}"("id") ON DELETE CASCADE
      )`);
      const apply = (deltas: string) => `
          INSERT INTO ${t.counts} AS s (${t.column}, kind, count)
          SELECT d.${t.column}, d.kind, d.n
            FROM (SELECT ${t.column}, kind, sum(n)::int AS n FROM (${deltas}) x GROUP BY ${t.column}, kind) d
           WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM ${t.parent} o WHERE o.id = d.${t.column})
           ORDER BY d.${t.column}, d.kind
          ON CONFLICT (${t.column}, kind) DO UPDATE SET count = s.count + EXCLUDED.count;`;
      await q.query(`CREATE FUNCTION "${fn(t)}"() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN${apply(`SELECT ${t.column}, kind, 1 AS n FROM new_rows`)}
          ELSIF TG_OP = 'DELETE' THEN${apply(`SELECT ${t.column}, kind, -1 AS n FROM old_rows`)}
          ELSE${apply(
            `SELECT ${t.column}, kind, 1 AS n FROM new_rows UNION ALL SELECT ${t.column}, kind, -1 FROM old_rows`,
          )}
          END IF;
          RETURN NULL;
        END $$`);
      for (const event of EVENTS)
        await q.query(
          `CREATE TRIGGER "trg_${t.table}_count_${event.toLowerCase()}" AFTER ${event} ON "${t.table}" ${transition(event)} FOR EACH STATEMENT EXECUTE FUNCTION "${fn(t)}"()`,
        );
      await q.query(
        `INSERT INTO "${t.counts}" ("${t.column}", "kind", "count") SELECT "${t.column}", "kind", count(*) FROM "${t.table}" GROUP BY "${t.column}", "kind"`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [...TARGETS].reverse()) {
      for (const event of EVENTS)
        await q.query(`DROP TRIGGER "trg_${t.table}_count_${event.toLowerCase()}" ON "${t.table}"`);
      await q.query(`DROP FUNCTION "${fn(t)}"()`);
      await q.query(`DROP TABLE "${t.counts}"`);
    }
  }
}
