/** Every GraphQL resolver class of groups: registered by GroupsModule and read by the schema emitter. */
export const GROUPS_RESOLVERS: Array<new (...args: never[]) => unknown> = [];
