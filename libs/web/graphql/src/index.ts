export { graphql } from './gql';
export * from './gql/graphql';
export * from './lib/session';
export * from './lib/client';
export * from './lib/errors';
export * from './lib/auth';
export * from './lib/testing';
export * from './lib/people';
export * from './lib/pagination';
