/** Every GraphQL resolver class of identity: registered by IdentityModule and read by the schema emitter. */
export const IDENTITY_RESOLVERS: Array<new (...args: never[]) => unknown> = [];
