import { createMockClient, MockProviders, type PostCardFragment } from '@hearth/web/graphql';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { PostCard } from './post-card';
import { peoplePage, person, postPermissions } from './test-people';

const none = postPermissions();

const base: PostCardFragment = {
  id: 'p1',
  kind: 'DISCUSSION',
  status: 'PUBLISHED',
  body: 'Hello **team** <script>alert(1)</script>',
  hashtags: [],
  createdAt: new Date().toISOString(),
  publishedAt: new Date().toISOString(),
  editedAt: null,
  pinned: false,
  needsAcknowledgement: false,
  acknowledgeUntil: null,
  rejectionReason: null,
  commentCount: 0,
  seenCount: 3,
  seenByMe: true,
  acknowledgedByMe: false,
  author: { id: 'u1', displayName: 'Ana Author', avatarUrl: null, initials: 'AA', title: null },
  group: { id: 'g1', name: 'Garden', slug: 'garden', visibility: 'OPEN' },
  reactions: {
    total: 2,
    mine: null,
    recentNames: ['Ben', 'Cleo'],
    counts: [{ kind: 'LOVE', count: 2 }],
  },
  latestComments: [],
  acceptedAnswer: null,
  poll: null,
  viewerPermissions: none,
};

function renderCard(post: Partial<PostCardFragment>, handlers = {}) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <MemoryRouter>
        <PostCard post={{ ...base, ...post }} />
      </MemoryRouter>
    </MockProviders>,
  );
  return { calls };
}

describe('PostCard', () => {
  it('renders the body as safe Markdown and the reaction summary', () => {
    renderCard({});
    expect(screen.getByText('team').tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText(/2 love · Ben and Cleo/)).toBeInTheDocument();
    expect(screen.getByText(/Seen by 3/)).toBeInTheDocument();
  });

  it('shows no actions to someone who may not act', () => {
    renderCard({});
    expect(screen.queryByRole('button', { name: 'Post actions' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Like/ })).toBeNull();
    expect(screen.queryByLabelText('Write a comment')).toBeNull();
    expect(screen.queryByRole('button', { name: /Seen by/ })).toBeNull();
  });

  it('offers exactly the allowed actions in the menu', async () => {
    renderCard({ viewerPermissions: { ...none, canDelete: true, canPin: true } });
    await userEvent.click(screen.getByRole('button', { name: 'Post actions' }));
    const menu = screen.getByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((b) => b.textContent),
    ).toEqual(['Pin to top', 'Delete']);
    expect(within(menu).getByRole('menuitem', { name: 'Pin to top' })).toHaveFocus();
  });

  it('reacts with the picker', async () => {
    const { calls } = renderCard(
      { viewerPermissions: { ...none, canReact: true } },
      {
        ReactToPost: () => ({
          data: {
            reactToPost: {
              __typename: 'Post',
              id: 'p1',
              reactions: {
                __typename: 'ReactionSummary',
                total: 3,
                mine: 'CELEBRATE',
                recentNames: [],
                counts: [],
              },
            },
          },
        }),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Choose a reaction' }));
    await userEvent.click(
      within(screen.getByRole('toolbar', { name: 'Reactions' })).getByRole('button', {
        name: 'Celebrate',
      }),
    );
    expect(calls).toContainEqual({
      operation: 'ReactToPost',
      variables: { input: { postId: 'p1', kind: 'CELEBRATE' } },
    });
  });

  it('asks members to acknowledge an announcement, and says when they have', () => {
    renderCard({
      kind: 'ANNOUNCEMENT',
      needsAcknowledgement: true,
      viewerPermissions: { ...none, canAcknowledge: true },
    });
    expect(screen.getByRole('button', { name: 'Acknowledge' })).toBeInTheDocument();
  });

  it('shows a rejected post’s reason to its author', () => {
    renderCard({ status: 'REJECTED', rejectionReason: 'Off topic' });
    expect(screen.getByText(/did not approve this post: Off topic/)).toBeInTheDocument();
  });

  it('pages through who has and has not acknowledged, and who has seen it', async () => {
    const report = (lists: Record<string, unknown>) => ({
      data: {
        post: {
          __typename: 'Post',
          id: 'p1',
          acknowledgements: { __typename: 'AcknowledgementReport', ...lists },
        },
      },
    });
    const { calls } = renderCard(
      {
        kind: 'ANNOUNCEMENT',
        needsAcknowledgement: true,
        viewerPermissions: { ...none, canSeeSeenBy: true },
      },
      {
        SeenBy: () => ({
          data: {
            post: {
              __typename: 'Post',
              id: 'p1',
              seenCount: 3,
              seenBy: {
                __typename: 'SeenConnection',
                edges: [
                  {
                    __typename: 'SeenEdge',
                    cursor: 's1',
                    node: {
                      __typename: 'Seen',
                      seenAt: new Date().toISOString(),
                      user: person('u2', 'Ben Ode'),
                    },
                  },
                ],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 's1' },
              },
              acknowledgements: {
                __typename: 'AcknowledgementReport',
                acknowledgedCount: 1,
                pendingCount: 2,
              },
            },
          },
        }),
        AcknowledgementPeople: ({ acknowledged, after }: Record<string, unknown>) =>
          acknowledged
            ? report({ acknowledged: peoplePage([person('u2', 'Ben Ode')], null) })
            : after
              ? report({ pending: peoplePage([person('u4', 'Dee Doe')], null) })
              : report({ pending: peoplePage([person('u3', 'Cleo Cho')], 'c-u3') }),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: /Seen by/ }));
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText('1 acknowledged · 2 still to acknowledge'),
    ).toBeVisible();
    const pending = within(dialog).getByRole('region', { name: 'Not yet acknowledged (2)' });
    expect(await within(pending).findByRole('link', { name: 'Cleo Cho' })).toBeVisible();
    const done = within(dialog).getByRole('region', { name: 'Acknowledged (1)' });
    expect(await within(done).findByRole('link', { name: 'Ben Ode' })).toBeVisible();
    expect(within(done).queryByRole('button', { name: 'Load more' })).toBeNull();

    await userEvent.click(within(pending).getByRole('button', { name: 'Load more' }));
    expect(await within(pending).findByRole('link', { name: 'Dee Doe' })).toBeVisible();
    expect(within(pending).getByRole('link', { name: 'Cleo Cho' })).toBeVisible();
    expect(within(pending).queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(
      calls.filter((c) => c.operation === 'AcknowledgementPeople').map((c) => c.variables),
    ).toEqual(
      expect.arrayContaining([
        { id: 'p1', acknowledged: false },
        { id: 'p1', acknowledged: true },
        { id: 'p1', acknowledged: false, after: 'c-u3' },
      ]),
    );
    expect(within(dialog).getByRole('list', { name: 'Seen (3)' })).toBeVisible();
  });
});
