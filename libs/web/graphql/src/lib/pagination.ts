import type { ApolloCache, FieldPolicy, Reference } from '@apollo/client';

/**
 * `updateQuery` for `fetchMore`: appends the next page of the connection at `key` to the cached
 * one (keyset cursors: no duplicates), taking everything else (page info, counts) from the newer
 * answer.
 */
export function appendPage<
  K extends string,
  Q extends { [key in K]: { edges: readonly unknown[] } },
>(key: K) {
  return (prev: Q, { fetchMoreResult }: { fetchMoreResult: Q }): Q => ({
    ...fetchMoreResult,
    [key]: {
      ...fetchMoreResult[key],
      edges: [...prev[key].edges, ...fetchMoreResult[key].edges],
    },
  });
}

/**
 * `appendPage` for a connection one level down, at `outer.key` (e.g. `group.joinRequests`).
 */
export function appendNestedPage<
  O extends string,
  K extends string,
  Q extends { [o in O]: { [k in K]: { edges: readonly unknown[] } } },
>(outer: O, key: K) {
  return (prev: Q, { fetchMoreResult }: { fetchMoreResult: Q }): Q => ({
    ...fetchMoreResult,
    [outer]: {
      ...fetchMoreResult[outer],
      [key]: {
        ...fetchMoreResult[outer][key],
        edges: [...prev[outer][key].edges, ...fetchMoreResult[outer][key].edges],
      },
    },
  });
}

/** A connection as the cache stores it: edges whose nodes are references. */
export interface StoredConnection {
  edges: ReadonlyArray<{ cursor: string; node: Reference }>;
  pageInfo: unknown;
}

/**
 * A field policy for a connection read a page at a time, where pages after the first are added to
 * those already read (one list per value of `keyArgs`). A page without `after` replaces the list
 * (a first read or a refetch). A node already in the list moves to where the newer page puts it,
 * so that one written into the list locally (a comment just added) is never shown twice.
 */
export function pagedConnection(keyArgs: string[] | false): FieldPolicy<StoredConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.['after']) return incoming;
      const incomingIds = new Set(incoming.edges.map((e) => readField<string>('id', e.node)));
      return {
        ...incoming,
        edges: [
          ...existing.edges.filter((e) => !incomingIds.has(readField<string>('id', e.node))),
          ...incoming.edges,
        ],
      };
    },
  };
}

/**
 * Takes the node `id` out of every stored page of the root query field `field` (whatever its
 * arguments), one off its `totalCount` where it has one: an item decided on leaves its list at once,
 * and the pages already read stay (no read of the list again).
 */
export function removeFromConnection(cache: ApolloCache, field: string, id: string): void {
  cache.modify({
    fields: {
      [field]: (stored: unknown, { readField }) => {
        const page = stored as StoredConnection & { totalCount?: unknown };
        const edges = page.edges.filter((e) => readField('id', e.node) !== id);
        if (edges.length === page.edges.length) return page;
        return typeof page.totalCount === 'number'
          ? { ...page, edges, totalCount: page.totalCount - 1 }
          : { ...page, edges };
      },
    },
  });
}
