import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeCursorAs, isUuid, notFound, toConnection } from '@hearth/api/core';
import { DataSource } from 'typeorm';
import { User } from '../users/user.model';
import { AuditLogArgs, AuditLogEntry } from './audit-log.model';

/** Reading the audit log (org admins only; the resolver checks who asks). */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A page of entries, newest first, optionally of one group. */
  async page(args: AuditLogArgs): Promise<Connection<AuditLogEntry>> {
    const params: unknown[] = [args.first + 1];
    const where: string[] = [];
    if (args.groupId) {
      if (!isUuid(args.groupId)) throw notFound('That group');
      params.push(args.groupId);
      where.push(`a.group_id = $${params.length}`);
    }
    if (args.after) {
      const [at, id] = decodeCursorAs(args.after, ['timestamptz', 'uuid']);
      params.push(at, id);
      where.push(
        `(a.created_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const rows: Array<{
      id: string;
      actor_id: string;
      action: string;
      group_id: string | null;
      target_user_id: string | null;
      details: Record<string, unknown>;
      created_at: Date;
      at_text: string;
      group_name: string | null;
    }> = await this.ds.query(
      `SELECT a.id, a.actor_id, a.action, a.group_id, a.target_user_id, a.details, a.created_at, a.created_at::text AS at_text, g.name AS group_name
         FROM audit_log a LEFT JOIN groups g ON g.id = a.group_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.created_at DESC, a.id DESC LIMIT $1`,
      params,
    );
    return toConnection(
      rows,
      args.first,
      (r) => [r.at_text, r.id],
      (r) => ({
        id: r.id,
        actorId: r.actor_id,
        actor: undefined as unknown as User,
        action: r.action,
        groupId: r.group_id,
        groupName: r.group_name,
        targetUserId: r.target_user_id,
        details: Object.keys(r.details).length ? JSON.stringify(r.details) : null,
        createdAt: r.created_at,
      }),
    );
  }
}
