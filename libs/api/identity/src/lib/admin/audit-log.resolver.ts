import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AuthUser,
  Connection,
  CurrentUser,
  forbidden,
  GraphqlContext,
  notFound,
} from '@hearth/api/core';
import { isAdmin } from '../identity.policy';
import { User } from '../users/user.model';
import { People } from '../users/people';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs, AuditLogConnection, AuditLogEntry } from './audit-log.model';

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  constructor(
    private readonly service: AuditLogService,
    private readonly people: People,
  ) {}

  @Query(() => AuditLogConnection, { description: 'Org admins only; newest first.' })
  auditLog(
    @CurrentUser() actor: AuthUser,
    @Args() args: AuditLogArgs,
  ): Promise<Connection<AuditLogEntry>> {
    if (!isAdmin(actor)) throw forbidden('Only admins can read the audit log.');
    return this.service.page(args);
  }

  @ResolveField(() => User)
  async actor(@Parent() entry: AuditLogEntry, @Context() ctx: GraphqlContext): Promise<User> {
    const user = await this.people.one(ctx, entry.actorId);
    if (!user) throw notFound('That person');
    return user;
  }
}
