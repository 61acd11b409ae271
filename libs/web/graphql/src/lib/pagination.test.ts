import { appendPage } from './pagination';

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
