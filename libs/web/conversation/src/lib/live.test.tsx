import { gql } from '@apollo/client';
import { createMockClient, type FeedEventFieldsFragment } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { POST_THREAD } from './api/use-post-thread';
import { applyEvent, NewPostsButton } from './live';
import { person } from './test-people';

const CARD = gql`
  fragment TestCard on Post {
    id
    body
    reactions {
      total
      mine
      counts {
        kind
        count
      }
    }
  }
`;

const event = (over: Partial<FeedEventFieldsFragment>): FeedEventFieldsFragment => ({
  kind: 'POST_UPDATED',
  groupId: 'g1',
  postId: 'p1',
  commentId: null,
  actorId: 'u2',
  reactions: null,
  ...over,
});

function clientWithPost() {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const client = createMockClient({ PostRefresh: () => ({ data: { post: null } }) }, calls);
  client.cache.writeFragment({
    id: 'Post:p1',
    fragment: CARD,
    data: {
      __typename: 'Post',
      id: 'p1',
      body: 'hello',
      reactions: {
        __typename: 'ReactionSummary',
        total: 1,
        mine: 'LIKE',
        counts: [{ kind: 'LIKE', count: 1 }],
      },
    },
  });
  return { client, calls };
}

describe('applyEvent', () => {
  it('puts new reaction counts on the card and keeps my own reaction', () => {
    const { client, calls } = clientWithPost();
    applyEvent(
      client,
      event({
        kind: 'REACTIONS_CHANGED',
        reactions: {
          total: 3,
          counts: [
            { kind: 'LOVE', count: 2 },
            { kind: 'LIKE', count: 1 },
          ],
        },
      }),
    );
    const card = client.cache.readFragment<{
      reactions: { total: number; mine: string; counts: Array<{ kind: string }> };
    }>({ id: 'Post:p1', fragment: CARD });
    expect(card?.reactions.total).toBe(3);
    expect(card?.reactions.mine).toBe('LIKE');
    expect(card?.reactions.counts.map((c) => c.kind)).toEqual(['LOVE', 'LIKE']);
    expect(calls).toEqual([]);
  });

  it('removes a deleted post from the screen', () => {
    const { client } = clientWithPost();
    applyEvent(client, event({ kind: 'POST_DELETED' }));
    expect(client.cache.readFragment({ id: 'Post:p1', fragment: CARD })).toBeNull();
  });

  it('reads a card on screen again after a comment, and ignores posts not on screen', () => {
    const { client, calls } = clientWithPost();
    applyEvent(client, event({ kind: 'COMMENT_ADDED', commentId: 'c1' }));
    applyEvent(client, event({ kind: 'COMMENT_ADDED', postId: 'elsewhere' }));
    expect(calls).toEqual([{ operation: 'PostRefresh', variables: { id: 'p1' } }]);
  });
});

describe('applyEvent on an open thread', () => {
  const comment = (id: string, parentId: string | null = null, replyCount = 0) => ({
    __typename: 'Comment',
    id,
    postId: 'p1',
    parentId,
    body: `Body of ${id}`,
    createdAt: '2026-11-01T09:00:00Z',
    editedAt: null,
    isAcceptedAnswer: false,
    replyCount,
    author: person('u2', 'Ben Member'),
    reactions: { __typename: 'ReactionSummary', total: 0, mine: null, recentNames: [], counts: [] },
    viewerPermissions: {
      __typename: 'CommentPermissions',
      canEdit: false,
      canDelete: false,
      canReply: true,
      canReact: true,
    },
  });
  const connection = (nodes: object[]) => ({
    __typename: 'CommentConnection',
    edges: nodes.map((node, i) => ({ __typename: 'CommentEdge', cursor: `k${i}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  });
  const server: Record<string, ReturnType<typeof comment>> = {
    c3: comment('c3'),
    r2: comment('r2', 'c1'),
  };

  async function openThread() {
    const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
    const client = createMockClient(
      {
        // The card read again is not what these tests look at (and writes nothing when it fails).
        PostRefresh: () => ({
          errors: [{ message: 'Not in this test', extensions: { code: 'INTERNAL' } }],
        }),
        PostThread: () => ({
          data: {
            post: {
              __typename: 'Post',
              id: 'p1',
              commentCount: 3,
              comments: connection([
                { ...comment('c2'), replies: connection([]) },
                { ...comment('c1', null, 1), replies: connection([comment('r1', 'c1')]) },
              ]),
            },
          },
        }),
        Comment: (v) => ({ data: { comment: server[String(v['id'])] } }),
      },
      calls,
    );
    await client.query({ query: POST_THREAD, variables: { id: 'p1', first: 50 } });
    const read = () =>
      client.readQuery({ query: POST_THREAD, variables: { id: 'p1', first: 50 } })!.post.comments
        .edges;
    const settle = () => new Promise((r) => setTimeout(r, 20));
    return { client, calls, read, settle };
  }

  it('adds someone else’s new comment as the latest and a reply under its comment, each once', async () => {
    const { client, read, settle } = await openThread();
    applyEvent(client, event({ kind: 'COMMENT_ADDED', commentId: 'c3' }));
    applyEvent(client, event({ kind: 'COMMENT_ADDED', commentId: 'r2' }));
    applyEvent(client, event({ kind: 'COMMENT_ADDED', commentId: 'r2' }));
    await settle();
    expect(read().map((e) => e.node.id)).toEqual(['c3', 'c2', 'c1']);
    const c1 = read()[2]!.node;
    expect(c1.replies.edges.map((e) => e.node.id)).toEqual(['r1', 'r2']);
    expect(c1.replyCount).toBe(2);
  });

  it('takes a comment deleted by someone else away, and reads nothing for a thread not open', async () => {
    const { client, read, settle } = await openThread();
    applyEvent(client, event({ kind: 'COMMENT_DELETED', commentId: 'r1' }));
    applyEvent(client, event({ kind: 'COMMENT_DELETED', commentId: 'c2' }));
    await settle();
    expect(read().map((e) => e.node.id)).toEqual(['c1']);
    expect(read()[0]!.node.replies.edges).toEqual([]);
    expect(read()[0]!.node.replyCount).toBe(0);

    // A card on screen whose thread is not open: only the card is read again.
    const other = clientWithPost();
    applyEvent(other.client, event({ kind: 'COMMENT_ADDED', commentId: 'c3' }));
    await settle();
    expect(other.calls.map((c) => c.operation)).toEqual(['PostRefresh']);
  });
});

describe('NewPostsButton', () => {
  it('says how many posts wait, and shows them on request', async () => {
    const onShow = vi.fn();
    const { rerender } = render(<NewPostsButton count={0} onShow={onShow} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<NewPostsButton count={3} onShow={onShow} />);
    await userEvent.click(screen.getByRole('button', { name: '3 new posts' }));
    expect(onShow).toHaveBeenCalledTimes(1);
  });
});
