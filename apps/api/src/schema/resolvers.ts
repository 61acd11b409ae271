import { CONVERSATION_RESOLVERS } from '@hearth/api/conversation';
import { GROUPS_RESOLVERS } from '@hearth/api/groups';
import { IDENTITY_RESOLVERS } from '@hearth/api/identity';
import { NOTIFICATIONS_RESOLVERS } from '@hearth/api/notifications';
import { TOWN_HALLS_RESOLVERS } from '@hearth/api/townhalls';
import { HealthResolver } from '../health.resolver';

/** Every resolver class; the schema emitter builds the schema from these (no database needed). */
export const RESOLVERS = [
  HealthResolver,
  ...IDENTITY_RESOLVERS,
  ...GROUPS_RESOLVERS,
  ...CONVERSATION_RESOLVERS,
  ...NOTIFICATIONS_RESOLVERS,
  ...TOWN_HALLS_RESOLVERS,
];
