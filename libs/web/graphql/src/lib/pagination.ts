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
