import { createMockClient, MockProviders } from '@hearth/web/graphql';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Feed, HeldPosts, useHeldPosts, useHighlights } from './feed';
import { postCardData, postPermissions } from './test-people';

/** A post card as the API sends it: an announcement to acknowledge, or (pinned) a pinned post. */
const card = (id: string, body: string, pinned = false) =>
  postCardData(id, body, {
    kind: pinned ? 'DISCUSSION' : 'ANNOUNCEMENT',
    pinned,
    needsAcknowledgement: !pinned,
    viewerPermissions: postPermissions({ canAcknowledge: !pinned }),
  });

/** 20 announcements to acknowledge, then 3 pinned posts: as the API orders the top of a feed. */
const TOP = [
  ...Array.from({ length: 20 }, (_, i) => card(`a${i + 1}`, `Announcement ${i + 1}`)),
  ...Array.from({ length: 3 }, (_, i) => card(`pin${i + 1}`, `Pinned ${i + 1}`, true)),
];

/** Pages of ten of `list` at `key`, continued after the id given as cursor. */
const pages = (key: string, list: Array<{ id: string }>) => (v: Record<string, unknown>) => {
  const start = v['after'] ? list.findIndex((p) => p.id === v['after']) + 1 : 0;
  const slice = list.slice(start, start + 10);
  return {
    data: {
      [key]: {
        __typename: 'PostConnection',
        edges: slice.map((node) => ({ __typename: 'PostEdge', cursor: node.id, node })),
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage: start + 10 < list.length,
          endCursor: slice.at(-1)?.id ?? null,
        },
      },
    },
  };
};

/** A group's feed: its top read through useHighlights, and a stream that repeats one of them. */
function GroupTop() {
  const highlights = useHighlights('g1');
  return (
    <Feed
      posts={[card('a2', 'Announcement 2') as never, card('s1', 'An ordinary post', true) as never]}
      highlights={highlights.posts}
      moreHighlights={highlights.more}
      hasMore={false}
      loadingMore={false}
      onLoadMore={() => undefined}
      showGroup={false}
      empty={<p>Nothing yet</p>}
    />
  );
}

describe('Feed: what stays at the top', () => {
  it('shows ten, then the rest ten at a time on request, each post once', async () => {
    const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
    render(
      <MockProviders
        client={createMockClient({ FeedHighlights: pages('feedHighlights', TOP) }, calls)}
      >
        <MemoryRouter>
          <GroupTop />
        </MemoryRouter>
      </MockProviders>,
    );
    const top = await screen.findByRole('region', { name: 'Pinned and announcements' });
    await within(top).findByText('Announcement 10');
    const shownTop = () =>
      Array.from(top.querySelectorAll('.h-markdown')).map((e) => e.textContent?.trim());
    expect(shownTop()).toHaveLength(10);
    const more = screen.getByRole('button', { name: 'Show more pinned posts and announcements' });
    await userEvent.click(more);
    await within(top).findByText('Announcement 20');
    await userEvent.click(
      screen.getByRole('button', { name: 'Show more pinned posts and announcements' }),
    );
    await within(top).findByText('Pinned 3');
    expect(shownTop()).toEqual(TOP.map((p) => p.body));
    expect(
      screen.queryByRole('button', { name: 'Show more pinned posts and announcements' }),
    ).toBeNull();
    expect(calls.filter((c) => c.operation === 'FeedHighlights').map((c) => c.variables)).toEqual([
      { groupId: 'g1' },
      { groupId: 'g1', after: 'a10' },
      { groupId: 'g1', after: 'a20' },
    ]);
    // The stream leaves out what is already at the top.
    const stream = screen.getByRole('region', { name: 'Posts' });
    expect(within(stream).queryByText('Announcement 2')).toBeNull();
    expect(within(stream).getByText('An ordinary post')).toBeInTheDocument();
  });
});

function MyHeld() {
  return <HeldPosts held={useHeldPosts('g1')} />;
}

describe('HeldPosts: my posts waiting for review', () => {
  const HELD = Array.from({ length: 12 }, (_, i) => ({
    ...card(`h${i + 1}`, `Held ${i + 1}`, true),
    status: i === 0 ? 'REJECTED' : 'PENDING',
    rejectionReason: i === 0 ? 'Off topic' : null,
  }));

  it('shows ten with the reason for a rejection, and the rest on request', async () => {
    const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
    render(
      <MockProviders client={createMockClient({ MyHeldPosts: pages('myHeldPosts', HELD) }, calls)}>
        <MemoryRouter>
          <MyHeld />
        </MemoryRouter>
      </MockProviders>,
    );
    const section = await screen.findByRole('region', { name: 'Your posts waiting for review' });
    await within(section).findByText('Held 10');
    expect(within(section).getByText(/Off topic/)).toBeInTheDocument();
    expect(within(section).queryByText('Held 11')).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show more of your posts waiting for review' }),
    );
    await within(section).findByText('Held 12');
    expect(
      screen.queryByRole('button', { name: 'Show more of your posts waiting for review' }),
    ).toBeNull();
    expect(calls.map((c) => c.variables)).toEqual([
      { groupId: 'g1' },
      { groupId: 'g1', after: 'h10' },
    ]);
  });
});
