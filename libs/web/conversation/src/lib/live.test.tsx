import { gql } from '@apollo/client';
import { createMockClient, type FeedEventFieldsFragment } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyEvent, NewPostsButton } from './live';

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
