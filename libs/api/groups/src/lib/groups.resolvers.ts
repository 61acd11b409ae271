import { GroupsResolver } from './groups/groups.resolver';
import { MEMBERSHIP_FIELD_RESOLVERS } from './membership/membership.resolvers';

/** Every GraphQL resolver class of groups: registered by GroupsModule and read by the schema emitter. */
export const GROUPS_RESOLVERS = [GroupsResolver, ...MEMBERSHIP_FIELD_RESOLVERS];
