import { createMockClient, MockProviders, type MockResponse } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
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
