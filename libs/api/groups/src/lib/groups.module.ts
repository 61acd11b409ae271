import { Module } from '@nestjs/common';
import { AuditService } from '@hearth/api/core';
import { IdentityModule } from '@hearth/api/identity';
import { GROUPS_RESOLVERS } from './groups.resolvers';
import { GroupsService } from './groups/groups.service';
import { MembershipEvents } from './membership/membership-events';

@Module({
  imports: [IdentityModule],
  providers: [GroupsService, MembershipEvents, AuditService, ...GROUPS_RESOLVERS],
  exports: [GroupsService],
})
export class GroupsModule {}
