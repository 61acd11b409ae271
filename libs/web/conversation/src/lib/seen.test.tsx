import { createMockClient, MockProviders, type MockResponse } from '@hearth/web/graphql';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Feed } from './feed';
import { PostPage } from './pages';
import { postCardData } from './test-people';

function openPost(
  post: ReturnType<typeof postCardData>,
  markSeen = (): MockResponse => ({ data: { markPostsSeen: 1 } }),
) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders
      client={createMockClient(
        { PostPage: () => ({ data: { post } }), MarkPostsSeen: markSeen },
        calls,
      )}
    >
      <MemoryRouter initialEntries={[`/posts/${post.id}`]}>
        <Routes>
          <Route path="/posts/:id" element={<PostPage />} />
        </Routes>
      </MemoryRouter>
    </MockProviders>,
  );
  return (operation: string) => calls.filter((c) => c.operation === operation);
}

describe('Seen, on a post’s own page', () => {
  it('records the post as seen once, and counts the reader at once', async () => {
    const calls = openPost(postCardData('p1', 'Opened from a notification', { seenCount: 3 }));
    expect(await screen.findByText(/Seen by 4$/)).toBeInTheDocument();
    expect(calls('MarkPostsSeen').map((c) => c.variables)).toEqual([
      { input: { postIds: ['p1'] } },
    ]);
    expect(calls('PostPage')).toHaveLength(1);
  });

  it('records nothing for a post the reader had seen', async () => {
    const calls = openPost(postCardData('p1', 'Read before', { seenCount: 3, seenByMe: true }));
    expect(await screen.findByText('Read before')).toBeInTheDocument();
    expect(screen.getByText(/Seen by 3$/)).toBeInTheDocument();
    expect(calls('MarkPostsSeen')).toEqual([]);
  });

  it('keeps the count when the view could not be recorded', async () => {
    const calls = openPost(postCardData('p1', 'Offline for a moment', { seenCount: 3 }), () => ({
      data: null,
      errors: [{ message: 'Something went wrong.', extensions: { code: 'INTERNAL' } }],
    }));
    expect(await screen.findByText('Offline for a moment')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls('MarkPostsSeen')).toHaveLength(1);
    expect(screen.getByText(/Seen by 3$/)).toBeInTheDocument();
  });
});

/** IntersectionObserver as jsdom lacks it: every observed element comes into view on `showAll`. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  static showAll() {
    for (const o of FakeObserver.all)
      o.callback(
        [...o.targets].map(
          (target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry,
        ),
        o as unknown as IntersectionObserver,
      );
  }
}

describe('Seen, in a feed', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('records the cards in view that the reader had not seen, and only those', async () => {
    const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
    const posts = [
      postCardData('new1', 'Not read yet'),
      postCardData('old1', 'Read yesterday', { seenByMe: true }),
      postCardData('new2', 'Also new'),
    ];
    render(
      <MockProviders
        client={createMockClient({ MarkPostsSeen: () => ({ data: { markPostsSeen: 2 } }) }, calls)}
      >
        <MemoryRouter>
          <Feed
            posts={posts as never}
            hasMore={false}
            loadingMore={false}
            onLoadMore={() => undefined}
            empty={<p>Nothing yet</p>}
          />
        </MemoryRouter>
      </MockProviders>,
    );
    expect(await screen.findByText('Read yesterday')).toBeInTheDocument();
    FakeObserver.showAll();
    // After a second in view, and the half second that gathers a batch.
    await waitFor(
      () => expect(calls.filter((c) => c.operation === 'MarkPostsSeen')).toHaveLength(1),
      {
        timeout: 3000,
      },
    );
    expect(calls.find((c) => c.operation === 'MarkPostsSeen')?.variables).toEqual({
      input: { postIds: ['new1', 'new2'] },
    });
  });
});
