export * from './lib/groups/group.entity';
export * from './lib/membership/membership.entity';
export * from './lib/membership/join-request.entity';
export * from './lib/membership/group-invitation.entity';
export * from './lib/membership/group-ban.entity';
export * from './lib/groups.module';
export * from './lib/groups.resolvers';
