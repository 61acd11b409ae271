import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuthUser,
  Connection,
  CurrentUser,
  decodeCursorAs,
  forbidden,
  GraphqlContext,
  isUuid,
  notFound,
  toConnection,
} from '@hearth/api/core';
import { DataSource } from 'typeorm';
import { isAdmin } from '../identity.policy';
import { User } from '../users/user.model';
import { usersLoader } from '../users/users.loader';
import { AuditLogArgs, AuditLogConnection, AuditLogEntry } from './audit-log.model';

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Query(() => AuditLogConnection, { description: 'Org admins only; newest first.' })
  async auditLog(
    @CurrentUser() actor: AuthUser,
    @Args() args: AuditLogArgs,
  ): Promise<Connection<AuditLogEntry>> {
    if (!isAdmin(actor)) throw forbidden('Only admins can read the audit log.');
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

  @ResolveField(() => User)
  async actor(@Parent() entry: AuditLogEntry, @Context() ctx: GraphqlContext): Promise<User> {
    const user = await usersLoader(ctx, this.ds).load(entry.actorId);
    if (!user) throw notFound('That person');
    return user;
  }
}
