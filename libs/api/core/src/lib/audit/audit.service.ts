import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

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
}
