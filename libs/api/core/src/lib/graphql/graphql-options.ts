import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '../config/app-config';
import { formatError } from '../errors/format-error';
import { GraphqlContext } from '../auth/request-context';
import { LoaderRegistry } from '../loaders/loader-registry';
import { JitExecution } from './jit-executor';
import { OperationsInFlight } from './operations-in-flight';
import { Metrics } from '../observability/metrics';
import { graphqlObservabilityPlugin } from '../observability/graphql-observability.plugin';
import { queryLimitsRule } from './query-limits';

/**
 * Apollo Server settings: CSRF prevention on, no batching, introspection and the IDE only outside
 * production, every error formatted (internal ones masked), depth/alias/cost limits, a bounded
 * parser, compiled execution. The schema is built from the resolvers in memory; `npm run schema` writes it to a file.
 */
/** Nest's type leaves out `gateway`, which it passes on to Apollo Server like every other option. */
export type GraphqlOptions = Omit<ApolloDriverConfig, 'driver'> & { gateway: GatewayInterface };

export function createGraphqlOptions(
  config: AppConfig,
  operations: OperationsInFlight,
  metrics: Metrics,
): GraphqlOptions {
  const jit = new JitExecution();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: 10_000 },
    // Cache-control hints and tracing wrap every field resolver; Hearth uses neither.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // Stopping waits for the operations under way before the database closes.
      operations.plugin,
      // Request counts and times by operation, errors by code, the request id in errors.
      graphqlObservabilityPlugin(metrics),
    ],
    // Compact JSON (Apollo pretty-prints by default): smaller responses, less work per request.
    stringifyResult: (value: unknown) => JSON.stringify(value),
    formatError,
    // Compiled execution (graphql-jit): see JitExecution.
    transformSchema: jit.transformSchema,
    gateway: jit.gateway,
    validationRules: [
      queryLimitsRule({
        maxDepth: config.graphqlMaxDepth,
        maxAliases: config.graphqlMaxAliases,
        maxCost: config.graphqlMaxCost,
      }),
    ],
    context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({
      req,
      loaders: new LoaderRegistry(),
    }),
  };
}
