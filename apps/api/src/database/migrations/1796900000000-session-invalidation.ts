import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every API process when a cached session may no longer be live (see the API's
 * SessionInvalidationListener): triggers NOTIFY the channel `hearth_session_invalidation` with
 * `s:<session id>` when a session's revocation or expiry changes or it is deleted, `u:<user id>` when
 * a person's `active` or `org_role` changes or they are deleted, and `*` when either table is
 * truncated. PostgreSQL delivers a notification when its transaction commits, whoever wrote (an
 * API instance, the CLI, SQL by hand), and only then; a rolled-back change sends nothing.
 */
export class SessionInvalidation1796900000000 implements MigrationInterface {
  name = 'SessionInvalidation1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "hearth_notify_session_invalidation"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'STATEMENT' THEN
          PERFORM pg_notify('hearth_session_invalidation', '*');
        ELSIF TG_TABLE_NAME = 'sessions' THEN
          PERFORM pg_notify('hearth_session_invalidation', 's:' || OLD.id);
        ELSE
          PERFORM pg_notify('hearth_session_invalidation', 'u:' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER "trg_sessions_invalidate_update" AFTER UPDATE OF "revoked_at", "expires_at" ON "sessions" FOR EACH ROW
        WHEN (OLD."revoked_at" IS DISTINCT FROM NEW."revoked_at" OR OLD."expires_at" IS DISTINCT FROM NEW."expires_at")
        EXECUTE FUNCTION "hearth_notify_session_invalidation"()`,
    );
    await q.query(
      `CREATE TRIGGER "trg_sessions_invalidate_delete" AFTER DELETE ON "sessions" FOR EACH ROW EXECUTE FUNCTION "hearth_notify_session_invalidation"()`,
    );
    await q.query(
      `CREATE TRIGGER "trg_sessions_invalidate_truncate" AFTER TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "hearth_notify_session_invalidation"()`,
    );
    await q.query(
      `CREATE TRIGGER "trg_users_invalidate_update" AFTER UPDATE OF "active", "org_role" ON "users" FOR EACH ROW
        WHEN (OLD."active" IS DISTINCT FROM NEW."active" OR OLD."org_role" IS DISTINCT FROM NEW."org_role")
        EXECUTE FUNCTION "hearth_notify_session_invalidation"()`,
    );
    await q.query(
      `CREATE TRIGGER "trg_users_invalidate_delete" AFTER DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "hearth_notify_session_invalidation"()`,
    );
    await q.query(
      `CREATE TRIGGER "trg_users_invalidate_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "hearth_notify_session_invalidation"()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['trg_users_invalidate_truncate', 'users'],
      ['trg_users_invalidate_delete', 'users'],
      ['trg_users_invalidate_update', 'users'],
      ['trg_sessions_invalidate_truncate', 'sessions'],
      ['trg_sessions_invalidate_delete', 'sessions'],
      ['trg_sessions_invalidate_update', 'sessions'],
    ])
      await q.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    await q.query(`DROP FUNCTION "hearth_notify_session_invalidation"()`);
  }
}
