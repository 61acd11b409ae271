import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

/** The audit action of an org admin's read of a SECRET group they are not in. */
export const SECRET_GROUP_VIEWED = 'SECRET_GROUP_VIEWED';

export interface AuditEntry {
  actorId: string;
  action: string;
  groupId?: string | null;
  targetUserId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes audit rows inside the caller's transaction, so an action and its record land together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const row = manager.create(AuditLogEntity, {
      actorId: entry.actorId,
      action: entry.action,
      groupId: entry.groupId ?? null,
      targetUserId: entry.targetUserId ?? null,
      details: entry.details ?? {},
    });
    await manager.save(row);
  }

  /**
   * Records that an org admin read secret groups they are not in (an "outsider read"): one row per
   * group and subject (`details`), at most one an hour for the same actor, action, group and
   * subject, so a page read again and again does not flood the log. One statement for any number.
   */
  async recordReads(
    manager: EntityManager,
    actorId: string,
    action: string,
    reads: ReadonlyArray<{ groupId: string; details?: Record<string, unknown> }>,
  ): Promise<void> {
    if (!reads.length) return;
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, group_id, details)
       SELECT $1, $2, r.group_id, r.details
         FROM jsonb_to_recordset($3::jsonb) AS r(group_id uuid, details jsonb)
        WHERE NOT EXISTS (
          SELECT 1 FROM audit_log a
           WHERE a.group_id = r.group_id AND a.created_at > now() - interval '1 hour'
             AND a.actor_id = $1 AND a.action = $2 AND a.details = r.details)`,
      [
        actorId,
        action,
        JSON.stringify(reads.map((r) => ({ group_id: r.groupId, details: r.details ?? {} }))),
      ],
    );
  }
}
