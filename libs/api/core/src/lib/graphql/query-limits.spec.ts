import { ErrorCode } from '@hearth/shared/util';
import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Query { me: User groups(first: Int): GroupConnection }
  type User { id: ID name: String groups(first: Int): GroupConnection manager: User }
  type GroupConnection { edges: [GroupEdge] }
  type GroupEdge { node: Group }
  type Group { id: ID name: String members(first: Int): UserConnection }
  type UserConnection { edges: [UserEdge] }
  type UserEdge { node: User }
`);

const check = (query: string, maxDepth = 5) =>
  validate(schema, parse(query), [queryLimitsRule({ maxDepth, maxAliases: 2, maxCost: 1000 })]);

describe('queryLimitsRule', () => {
  it('accepts a modest query', () => {
    expect(check('{ me { id name groups(first: 10) { edges { node { id name } } } } }')).toEqual(
      [],
    );
  });

  it('refuses a deep query with QUERY_TOO_COMPLEX', () => {
    const errors = check(
      '{ me { manager { manager { manager { manager { manager { id } } } } } } }',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions['code']).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(errors[0]?.message).toMatch(/nested/);
  });

  it('refuses too many aliases', () => {
    const errors = check('{ a: me { id } b: me { id } c: me { id } }');
    expect(errors[0]?.message).toMatch(/aliases/);
  });

  it('multiplies the cost of nested pages', () => {
    const errors = check(
      '{ groups(first: 50) { edges { node { members(first: 50) { edges { node { id } } } } } } }',
      10,
    );
    expect(errors[0]?.message).toMatch(/cost/);
  });

  it('follows fragments without looping on a cycle', () => {
    const errors = check('query { me { ...A } } fragment A on User { id manager { ...A } }');
    expect(errors.every((e) => e.extensions['code'] === ErrorCode.QUERY_TOO_COMPLEX)).toBe(true);
  });
});
