import type { ApolloCache } from '@apollo/client';
import { type PostCardFragment } from '@hearth/web/graphql';
import { Button, EmptyState, LoadMore } from '@hearth/web/ui';
import { ReactNode, useEffect, useRef } from 'react';
import { type PostList, useFeedHighlights } from './api/use-feed-highlights';
import { useMarkPostsSeen } from './api/use-mark-posts-seen';
import { useMyHeldPosts } from './api/use-my-held-posts';

export type { PostList } from './api/use-feed-highlights';
import { PostCard } from './post-card';

/**
 * A feed: highlighted posts first (pinned, announcements to acknowledge), then the stream.
 * More posts load when the end comes into view (and with a button, for keyboards and readers).
 * Cards that stay on screen for a moment are recorded as seen, in batches.
 */
export function Feed({
  posts,
  highlights = [],
  moreHighlights,
  hasMore,
  loadingMore,
  onLoadMore,
  showGroup = true,
  onRemoved,
  empty,
}: {
  posts: PostCardFragment[];
  highlights?: PostCardFragment[];
  /** When there are more highlights than shown: a button reads the next ten. */
  moreHighlights?: PostList['more'];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  showGroup?: boolean;
  /** A post of the stream that should leave it (approved or rejected from a review queue). */
  onRemoved?: (id: string) => void;
  empty: ReactNode;
}) {
  const top = new Set(highlights.map((p) => p.id));
  const stream = posts.filter((p) => !top.has(p.id));
  const sentinel = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useSeen(list);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !loadingMore) onLoadMore();
      },
      { rootMargin: '600px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [hasMore, loadingMore, onLoadMore]);
  if (highlights.length === 0 && stream.length === 0) return <>{empty}</>;
  return (
    <div ref={list} className="h-feed">
      {highlights.length > 0 && (
        <section aria-label="Pinned and announcements" className="h-stack">
          {highlights.map((p) => (
            <PostCard key={p.id} post={p} showGroup={showGroup} highlight />
          ))}
          {moreHighlights && (
            <MoreListButton
              more={moreHighlights}
              label="Show more pinned posts and announcements"
            />
          )}
        </section>
      )}
      <section aria-label="Posts" className="h-stack">
        {stream.map((p) => (
          <PostCard key={p.id} post={p} showGroup={showGroup} onRemoved={onRemoved} />
        ))}
      </section>
      <div ref={sentinel} />
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={onLoadMore} />
      {!hasMore && stream.length > 5 && <p className="h-muted h-center">You are all caught up.</p>}
    </div>
  );
}

/**
 * What stays at the top of a feed (pinned posts, announcements to acknowledge), ten at a time with
 * the rest on request; its own query, so that reading more of the stream does not read it again.
 */
export function useHighlights(groupId: string | null, skip = false): PostList {
  return useFeedHighlights(groupId, skip);
}

/** My posts in a group that wait for review or were rejected, ten at a time. */
export function useHeldPosts(groupId: string, skip = false): PostList {
  return useMyHeldPosts(groupId, skip);
}

/** "Show more …" under a `PostList` with more to read (stays enabled while reading: focus stays). */
export function MoreListButton({ more, label }: { more: PostList['more']; label: string }) {
  if (!more.hasMore) return null;
  return (
    <Button
      variant="secondary"
      onClick={() => {
        if (!more.loading) more.onMore();
      }}
      aria-busy={more.loading}
    >
      {more.loading ? 'Loading…' : label}
    </Button>
  );
}

/** Above a group's feed: my posts there that wait for review or were rejected (with why). */
export function HeldPosts({ held }: { held: PostList }) {
  if (held.posts.length === 0) return null;
  return (
    <section aria-label="Your posts waiting for review" className="h-stack">
      <h2 className="h-section-title">Your posts waiting for review</h2>
      {held.posts.map((p) => (
        <PostCard key={p.id} post={p} showGroup={false} />
      ))}
      <MoreListButton more={held.more} label="Show more of your posts waiting for review" />
    </section>
  );
}

export function FeedEmpty({
  children,
  title = 'No posts yet',
}: {
  children: ReactNode;
  title?: string;
}) {
  return <EmptyState title={title}>{children}</EmptyState>;
}

/**
 * The reader has now seen these posts: each card read while they had not counts them among its
 * viewers at once ("Seen by" goes up by one), rather than at the next read of the feed. The count
 * was read without them, so one more is right even if another tab of theirs recorded the view.
 */
export function recordSeen(cache: ApolloCache, ids: readonly string[]): void {
  for (const id of ids) {
    const entity = cache.identify({ __typename: 'Post', id });
    if (!entity) continue;
    let newlySeen = false;
    cache.modify({
      id: entity,
      fields: {
        seenByMe: (stored: unknown) => {
          if (stored !== false) return stored;
          newlySeen = true;
          return true;
        },
      },
    });
    if (newlySeen)
      cache.modify({
        id: entity,
        fields: {
          seenCount: (stored: unknown) => (typeof stored === 'number' ? stored + 1 : stored),
        },
      });
  }
}

/**
 * A post opened on its own page (from a notification or a link) is seen: recorded as soon as it is
 * shown, once, and counted on its card at once (see `recordSeen`).
 */
export function useSeenOnOpen(
  post: Pick<PostCardFragment, 'id' | 'status' | 'seenByMe'> | undefined,
): void {
  const [mark] = useMarkPostsSeen();
  const unseen = post && post.status === 'PUBLISHED' && !post.seenByMe ? post.id : null;
  useEffect(() => {
    if (!unseen) return;
    void mark({
      variables: { input: { postIds: [unseen] } },
      update: (cache) => recordSeen(cache, [unseen]),
    }).catch(() => undefined);
  }, [unseen, mark]);
}

/** Records posts as seen when at least half of a card has been visible for a second. */
function useSeen(container: React.RefObject<HTMLDivElement | null>) {
  const [mark] = useMarkPostsSeen();
  const done = useRef(new Set<string>());
  useEffect(() => {
    const root = container.current;
    if (!root || typeof IntersectionObserver === 'undefined') return;
    const pending = new Set<string>();
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    let flush: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      const ids = [...pending].slice(0, 50);
      ids.forEach((id) => pending.delete(id));
      if (ids.length)
        void mark({
          variables: { input: { postIds: ids } },
          update: (cache) => recordSeen(cache, ids),
        }).catch(() => undefined);
    };
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const card = e.target as HTMLElement;
          const id = card.dataset['postId'];
          // Cards already seen (the reader's own among them) have nothing to record.
          if (!id || done.current.has(id) || card.dataset['seen'] !== undefined) continue;
          if (e.isIntersecting) {
            timers.set(
              id,
              setTimeout(() => {
                done.current.add(id);
                pending.add(id);
                clearTimeout(flush);
                flush = setTimeout(send, 500);
              }, 1000),
            );
          } else {
            clearTimeout(timers.get(id));
          }
        }
      },
      { threshold: 0.5 },
    );
    const observe = () => root.querySelectorAll('[data-post-id]').forEach((el) => io.observe(el));
    observe();
    const mo = new MutationObserver(observe);
    mo.observe(root, { childList: true, subtree: true });
    return () => {
      io.disconnect();
      mo.disconnect();
      timers.forEach((t) => clearTimeout(t));
      clearTimeout(flush);
      send();
    };
  }, [container, mark]);
}
