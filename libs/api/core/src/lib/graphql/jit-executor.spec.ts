import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, getOperationAST, GraphQLError, GraphQLSchema, parse } from 'graphql';
import { JitExecution } from './jit-executor';

const SDL = `
  enum Kind { DISCUSSION QUESTION }
  input PostInput { body: String!, kind: Kind! = DISCUSSION, title: String }
  type Post { id: ID!, body: String!, kind: Kind!, fields: [String!]! }
  type Query { posts(first: Int = 2, after: String): [Post!]!, boom: String }
  type Mutation { create(input: PostInput!): Post! }
`;

function setup(): {
  run: (query: string, variables?: Record<string, unknown>) => Promise<unknown>;
} {
  const schema: GraphQLSchema = buildSchema(SDL);
  const seen: Array<Record<string, unknown>> = [];
  const rootValue = {
    posts: (args: { first: number; after?: string | null }) =>
      Array.from({ length: args.first }, (_, i) => ({
        id: `${args.after ?? 'p'}${i}`,
        body: `post ${i}`,
        kind: 'DISCUSSION',
        fields: [],
      })),
    create: ({ input }: { input: Record<string, unknown> }) => {
      seen.push(input);
      return { id: 'new', body: input['body'], kind: input['kind'], fields: Object.keys(input) };
    },
  };
  // Resolvers on the schema, as Nest attaches them.
  for (const [name, type] of [
    ['posts', schema.getQueryType()],
    ['create', schema.getMutationType()],
  ] as const) {
    const field = type?.getFields()[name];
    if (field)
      field.resolve = (_src, args) =>
        (rootValue as Record<string, (a: unknown) => unknown>)[name]?.(args);
  }
  const boom = schema.getQueryType()?.getFields()['boom'];
  if (boom)
    boom.resolve = () => {
      throw new Error('relation "secret" does not exist');
    };
  const jit = new JitExecution();
  jit.transformSchema(schema);
  const run = async (query: string, variables: Record<string, unknown> = {}): Promise<unknown> => {
    const { executor } = await jit.gateway.load({ apollo: { key: '', keyHash: '', graphRef: '' } });
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    if (!executor) throw new Error('no executor');
    return executor({
      request: { query, variables },
      document,
      operation,
      queryHash: query,
      operationName: null,
      context: {},
    } as unknown as GatewayGraphQLRequestContext);
  };
  return { run };
}

describe('JitExecution', () => {
  it('runs queries compiled, with argument defaults and variables, and reuses the compilation', async () => {
    const { run } = setup();
    const query = 'query($after: String) { posts(after: $after) { id kind } }';
    const expected = {
      data: {
        posts: [
          { id: 'x0', kind: 'DISCUSSION' },
          { id: 'x1', kind: 'DISCUSSION' },
        ],
      },
    };
    expect(await run(query, { after: 'x' })).toEqual(expected);
    expect(await run(query, { after: 'x' })).toEqual(expected);
    expect(await run(query)).toEqual({
      data: {
        posts: [
          { id: 'p0', kind: 'DISCUSSION' },
          { id: 'p1', kind: 'DISCUSSION' },
        ],
      },
    });
  });

  it('applies the operation’s own variable defaults, which graphql-jit alone ignores', async () => {
    const { run } = setup();
    const query =
      'query($n: Int! = 3, $after: String = "d") { posts(first: $n, after: $after) { id } }';
    expect(await run(query)).toEqual({
      data: { posts: [{ id: 'd0' }, { id: 'd1' }, { id: 'd2' }] },
    });
    expect(await run(query, { n: 1, after: 'v' })).toEqual({ data: { posts: [{ id: 'v0' }] } });
  });

  it('reports bad variables as GraphQL errors', async () => {
    const { run } = setup();
    const result = (await run('query($n: Int) { posts(first: $n) { id } }', { n: 'many' })) as {
      errors: Array<{ message: string }>;
    };
    expect(result.errors[0]?.message).toMatch(/\$n/);
  });

  it('hands resolver errors to Apollo as graphql-js errors with their path and original error', async () => {
    const { run } = setup();
    const result = (await run('{ boom }')) as { data: unknown; errors: GraphQLError[] };
    expect(result.data).toEqual({ boom: null });
    const [error] = result.errors;
    expect(Object.getPrototypeOf(error)).toBe(GraphQLError.prototype);
    expect(error?.extensions).toEqual({});
    expect(error?.path).toEqual(['boom']);
    expect(error?.originalError?.message).toBe('relation "secret" does not exist');
  });

  it('runs mutations with the specification’s variable coercion: defaults applied, omitted fields absent', async () => {
    const { run } = setup();
    const result = await run(
      'mutation($input: PostInput!) { create(input: $input) { kind fields } }',
      { input: { body: 'hello' } },
    );
    expect(result).toEqual({ data: { create: { kind: 'DISCUSSION', fields: ['body', 'kind'] } } });
  });
});
