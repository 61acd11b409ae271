import { HealthResolver } from '../health.resolver';

/** Every resolver class; the schema emitter builds the schema from these. */
export const RESOLVERS = [HealthResolver];
