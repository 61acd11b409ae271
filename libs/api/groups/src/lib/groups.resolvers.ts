import { GroupsResolver } from './groups/groups.resolver';
import { MembershipEventsResolver } from './membership/membership-events.resolver';
import { MEMBERSHIP_FIELD_RESOLVERS } from './membership/membership.resolvers';

/** Every GraphQL resolver class of groups: registered by GroupsModule and read by the schema emitter. */
export const GROUPS_RESOLVERS = [
  GroupsResolver,
  MembershipEventsResolver,
  ...MEMBERSHIP_FIELD_RESOLVERS,
];
