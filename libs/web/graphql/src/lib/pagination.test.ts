import { InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { appendNestedPage, appendPage, pagedConnection, removeFromConnection } from './pagination';

describe('appendPage', () => {
  it('adds the next page’s edges after the cached ones and takes the rest from the newer answer', () => {
    const page = (ids: string[], endCursor: string | null, totalCount: number) => ({
      __typename: 'Query' as const,
      users: {
        totalCount,
        edges: ids.map((id) => ({ cursor: id, node: { id } })),
        pageInfo: { hasNextPage: endCursor !== null, endCursor },
      },
    });
    type Page = ReturnType<typeof page>;
    const update: (prev: Page, o: { fetchMoreResult: Page }) => Page = appendPage('users');
    const merged = update(page(['a', 'b'], 'b', 4), { fetchMoreResult: page(['c', 'd'], null, 5) });
    expect(merged.users.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.users.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(merged.users.totalCount).toBe(5);
  });
});

describe('appendNestedPage', () => {
  it('adds the next page one level down (group.bans) and keeps the rest of the newer answer', () => {
    const page = (ids: string[], endCursor: string | null, name: string) => ({
      group: {
        id: 'g1',
        name,
        bans: {
          totalCount: 4,
          edges: ids.map((id) => ({ node: { id } })),
          pageInfo: { hasNextPage: endCursor !== null, endCursor },
        },
      },
    });
    type Page = ReturnType<typeof page>;
    const update: (prev: Page, o: { fetchMoreResult: Page }) => Page = appendNestedPage(
      'group',
      'bans',
    );
    const merged = update(page(['a', 'b'], 'b', 'Old'), {
      fetchMoreResult: page(['c', 'd'], null, 'New'),
    });
    expect(merged.group.bans.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.group.bans.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(merged.group.name).toBe('New');
  });
});

describe('pagedConnection', () => {
  const ref = (id: string) => ({ __ref: `Comment:${id}` });
  const page = (ids: string[], endCursor: string | null) => ({
    edges: ids.map((id) => ({ cursor: id, node: ref(id) })),
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
  });
  const merge = (
    existing: ReturnType<typeof page> | undefined,
    incoming: ReturnType<typeof page>,
    args: Record<string, unknown>,
  ) => {
    const policy = pagedConnection(false);
    const options = {
      args,
      readField: (field: string, from: { __ref: string }) =>
        field === 'id' ? from.__ref.split(':')[1] : undefined,
    };
    const fn = policy.merge as unknown as (
      e: typeof existing,
      i: typeof incoming,
      o: typeof options,
    ) => ReturnType<typeof page>;
    return fn(existing, incoming, options);
  };

  it('adds a page read after a cursor to those read, and a first page replaces them', () => {
    const two = merge(page(['a', 'b'], 'b'), page(['c', 'd'], null), { first: 2, after: 'b' });
    expect(two.edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c', 'd']);
    expect(two.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    const again = merge(two, page(['a', 'b'], 'b'), { first: 2 });
    expect(again.edges.map((e) => e.cursor)).toEqual(['a', 'b']);
  });

  it('moves a node written in locally to where the page read puts it, never showing it twice', () => {
    const local = page(['a', 'b', 'mine'], 'b');
    const merged = merge(local, page(['c', 'mine'], null), { first: 2, after: 'b' });
    expect(merged.edges.map((e) => e.cursor)).toEqual(['a', 'b', 'c', 'mine']);
  });
});

describe('removeFromConnection', () => {
  // parse, not gql: codegen reads gql documents against the API's schema, which has no `things`.
  const LIST = parse(`
    query List($first: Int) {
      things(first: $first) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  `);
  const page = (ids: string[], total: number) => ({
    things: {
      __typename: 'ThingConnection',
      totalCount: total,
      edges: ids.map((id) => ({ __typename: 'ThingEdge', node: { __typename: 'Thing', id } })),
    },
  });

  it('takes the node out of every stored page of the field and one off each total', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: LIST, variables: { first: 3 }, data: page(['a', 'b', 'c'], 9) });
    cache.writeQuery({ query: LIST, variables: { first: 2 }, data: page(['b', 'd'], 9) });
    removeFromConnection(cache, 'things', 'b');
    const ids = (first: number) =>
      cache.readQuery<ReturnType<typeof page>>({ query: LIST, variables: { first } })!.things;
    expect(ids(3).edges.map((e) => e.node.id)).toEqual(['a', 'c']);
    expect(ids(3).totalCount).toBe(8);
    expect(ids(2).edges.map((e) => e.node.id)).toEqual(['d']);
    // A node that is not in the list changes nothing, the total included.
    removeFromConnection(cache, 'things', 'zz');
    expect(ids(3).totalCount).toBe(8);
  });
});
