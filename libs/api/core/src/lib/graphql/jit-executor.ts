import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  isObjectType,
  GraphQLSchema,
  OperationTypeNode,
  SourceLocation,
  valueFromASTUntyped,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled operations kept per server; the web app sends a few dozen distinct documents. */
const MAX_COMPILED = 500;

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter: each distinct
 * document is compiled once into a function that walks exactly its selection, so a feed page's
 * ~1,500 fields cost a fraction of the interpreter's per-field work. Parsing, validation (with
 * the query limits), error formatting and the HTTP layer stay Apollo Server's: the executor is
 * plugged in through Apollo's gateway interface, which is its documented executor hook.
 *
 * Only queries are compiled. Operation variable defaults (`$first: Int = 20`), which
 * graphql-jit does not apply, are filled in before it runs. graphql-jit coerces variables differently from the specification in
 * two known ways (input-object field defaults are not applied, zalando-incubator/graphql-jit#142;
 * omitted fields arrive as null rather than absent, #91), and mutations rely on both, so they run
 * on graphql-js. Queries take scalar arguments, where neither difference shows; the executor test
 * pins that down. Variables are first checked by graphql-js, so a bad variable gets the same
 * error (BAD_USER_INPUT) as without compilation, and the errors the compiled code reports are
 * turned back into graphql-js errors for Apollo's (and Hearth's) error formatting.
 *
 * Nest builds the schema and hands it to `transformSchema`; the gateway serves that schema.
 */
export class JitExecution {
  private schema: GraphQLSchema | null = null;
  private readonly compiled = new Map<string, CompiledQuery>();

  readonly transformSchema = (schema: GraphQLSchema): GraphQLSchema => {
    withoutPropertyReaders(schema);
    this.schema = schema;
    this.compiled.clear();
    return schema;
  };

  readonly gateway: GatewayInterface = {
    load: () => Promise.resolve({ schema: this.requireSchema(), executor: this.executor }),
    onSchemaLoadOrUpdate: (callback) => {
      const schema = this.requireSchema();
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };

  private readonly executor: GatewayExecutor = async (request) => {
    const schema = this.requireSchema();
    if (request.operation.operation !== OperationTypeNode.QUERY) {
      return execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: request.request.variables,
        operationName: request.operationName,
      });
    }
    const definitions = request.operation.variableDefinitions ?? [];
    // graphql-jit ignores the operation's own defaults (`$order: Order = TOP`): supply them, as
    // the raw input the client would have sent, before it coerces.
    const variables: Record<string, unknown> = { ...(request.request.variables ?? {}) };
    for (const def of definitions)
      if (def.defaultValue && variables[def.variable.name.value] === undefined)
        variables[def.variable.name.value] = valueFromASTUntyped(def.defaultValue);
    const checked = getVariableValues(schema, definitions, variables);
    if (checked.errors) return { errors: checked.errors };
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let query = this.compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, request.document, request.operationName ?? undefined);
      if (!isCompiledQuery(result)) return result;
      query = result;
      if (this.compiled.size >= MAX_COMPILED) {
        const oldest = this.compiled.keys().next().value;
        if (oldest !== undefined) this.compiled.delete(oldest);
      }
      this.compiled.set(key, query);
    }
    const result = await query.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(toGraphQLError) } : result;
  };

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('The GraphQL schema has not been built yet');
    return this.schema;
  }
}

/** The name of the resolver Nest gives every plain object-type field (see below). */
const NEST_PROPERTY_READER = 'rootFieldResolver';

/**
 * Nest gives every field of an object type a resolver, even a plain property: `(root) =>
 * root[name]`, or the field's default value when that is undefined. graphql-js calls it like any
 * resolver; graphql-jit compiles a field without a resolver to a property read inside the
 * generated code, but one with a resolver becomes a deferred call with its own path, error
 * handling and result check — for a feed page, about a thousand of them. So a field whose
 * resolver is exactly Nest's property reader with no default value loses it: graphql-js's
 * default resolver and graphql-jit's property read then return the same value. Fields with
 * their own resolvers, middleware or a default value keep theirs.
 */
export function withoutPropertyReaders(schema: GraphQLSchema): number {
  let removed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const read = field.resolve as ((source: object) => unknown) | undefined;
      if (read?.name !== NEST_PROPERTY_READER || read({}) !== undefined) continue;
      field.resolve = undefined;
      removed++;
    }
  }
  return removed;
}

/**
 * graphql-jit reports errors with its own class (which passes `instanceof GraphQLError` but may lack
 * `extensions`); Apollo and `formatError` expect graphql-js's.
 */
function toGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  const locations: readonly SourceLocation[] | undefined = error.locations;
  if (locations?.length)
    Object.defineProperty(converted, 'locations', { value: locations, enumerable: true });
  return converted;
}
