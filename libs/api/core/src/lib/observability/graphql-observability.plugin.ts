import type { ApolloServerPlugin } from '@apollo/server';
import { GraphqlContext } from '../auth/request-context';
import { Metrics } from './metrics';
import { requestIdOf } from './request-id';

/**
 * Times every GraphQL request over HTTP by operation name and type, counts the errors of its
 * response by `extensions.code` (as formatted: the codes clients see), and puts the request id in
 * each error's extensions, so a person reporting an error can quote the id found in the logs.
 */
export function graphqlObservabilityPlugin(metrics: Metrics): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart: ({ contextValue }) => {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse: ({ response, request, operation, operationName }) => {
          const name = metrics.operationLabel(operationName ?? request.operationName);
          const body = response.body;
          if (body.kind === 'single' && body.singleResult.errors?.length) {
            const requestId = requestIdOf(contextValue.req);
            for (const e of body.singleResult.errors) {
              const code = e.extensions?.['code'];
              metrics.graphqlErrors.inc({
                code: typeof code === 'string' ? code : 'UNKNOWN',
                operation: name,
              });
            }
            if (requestId)
              body.singleResult.errors = body.singleResult.errors.map((e) => ({
                ...e,
                extensions: { ...e.extensions, requestId },
              }));
          }
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.operationDuration.observe(
            { operation: name, type: operation?.operation ?? 'unknown' },
            seconds,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
