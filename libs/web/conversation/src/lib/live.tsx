import { ApolloClient, gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { FeedEventFieldsFragment } from '@hearth/web/graphql';
import { useViewer } from '@hearth/web/graphql';
import { Button } from '@hearth/web/ui';
import { useCallback, useState } from 'react';
import { addToThread, removeFromThread, threadOpen } from './thread-cache';
import { useGroupEvents } from './api/use-group-events';
import { useHomeEvents } from './api/use-home-events';
import { readComment } from './api/use-comment';
import { refreshPost } from './api/use-post-refresh';

/**
 * Keeps a feed live without moving what the reader is looking at: new posts from others gather
 * behind a "N new posts" button; comments, edits, votes and reaction counts update the cards on
 * screen in place; deleted posts disappear. Events only name what changed: cards are read again
 * through the ordinary query, so they show exactly what this person may see.
 */
export function useLiveFeed(source: { groupId: string } | { home: true }, skip = false) {
  const client = useApolloClient();
  const viewer = useViewer();
  const [fresh, setFresh] = useState<string[]>([]);
  const onEvent = useCallback(
    (event: FeedEventFieldsFragment | undefined) => {
      if (!event) return;
      if (event.kind === 'POST_ADDED') {
        if (event.actorId !== viewer.id)
          setFresh((ids) => (ids.includes(event.postId) ? ids : [...ids, event.postId]));
        return;
      }
      applyEvent(client, event);
    },
    [client, viewer.id],
  );
  const home = 'home' in source;
  useHomeEvents(skip || !home, onEvent);
  useGroupEvents('groupId' in source ? source.groupId : '', skip || home, onEvent);
  return { fresh: fresh.length, clear: useCallback(() => setFresh([]), []) };
}

/**
 * Keeps one post's page live (where notifications and links lead): its comments, replies, counts,
 * votes and edits change in place as they happen, from the events of the post's group.
 */
export function useLivePost(post: { id: string; group: { id: string } } | undefined): void {
  const client = useApolloClient();
  const postId = post?.id;
  useGroupEvents(post?.group.id ?? '', !post, (event) => {
    if (event && event.postId === postId && event.kind !== 'POST_ADDED') applyEvent(client, event);
  });
}

/** What an event changes in the cache: only cards already on screen are touched. */
export function applyEvent(client: ApolloClient, event: FeedEventFieldsFragment): void {
  const cache = client.cache;
  const post = cache.identify({ __typename: 'Post', id: event.postId });
  if (!post) return;
  const onScreen = cache.readFragment({
    id: post,
    fragment: POST_ID,
  });
  if (!onScreen) return;
  if (event.kind === 'POST_DELETED') {
    cache.evict({ id: post });
    cache.gc();
    return;
  }
  if (event.kind === 'REACTIONS_CHANGED' && event.reactions) {
    const target = event.commentId
      ? cache.identify({ __typename: 'Comment', id: event.commentId })
      : post;
    const reactions = event.reactions;
    if (target)
      cache.modify({
        id: target,
        fields: {
          // Counts from the event; the reader's own reaction and the names stay as they were.
          reactions: (existing: unknown) => ({
            ...(existing as Record<string, unknown>),
            total: reactions.total,
            counts: reactions.counts.map((c) => ({ __typename: 'ReactionCount', ...c })),
          }),
        },
      });
    return;
  }
  if (event.commentId) applyCommentEvent(client, event.kind, event.postId, event.commentId);
  // Comments, edits, pins, votes, acknowledgements: read the card again.
  refreshPost(client, event.postId);
}

/**
 * A comment added, edited or deleted by someone: an open thread shows it as it now is (read through
 * `comment(id)`, so only as this person may see it). Threads not open are read when opened.
 */
function applyCommentEvent(client: ApolloClient, kind: string, post: string, id: string): void {
  const cache = client.cache;
  const ref = cache.identify({ __typename: 'Comment', id });
  const known = ref ? cache.readFragment({ id: ref, fragment: COMMENT_REF }) : null;
  if (kind === 'COMMENT_DELETED') {
    if (known) removeFromThread(cache, known);
    return;
  }
  const wanted = kind === 'COMMENT_ADDED' ? threadOpen(cache, post) : known !== null;
  if (!wanted) return;
  void readComment(client, id)
    .then((r) => {
      if (r.data && kind === 'COMMENT_ADDED') addToThread(cache, r.data.comment);
    })
    .catch(() => undefined);
}

const COMMENT_REF: TypedDocumentNode<{ id: string; postId: string; parentId: string | null }> = gql`
  fragment LiveCommentRef on Comment {
    id
    postId
    parentId
  }
`;

const POST_ID = gql`
  fragment LivePostId on Post {
    id
  }
`;

/** The button that brings new posts in when the reader asks (polite live region for readers). */
export function NewPostsButton({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div className="h-new-posts" aria-live="polite">
      {count > 0 && (
        <Button variant="primary" onClick={onShow}>
          {count === 1 ? '1 new post' : `${count} new posts`}
        </Button>
      )}
    </div>
  );
}
