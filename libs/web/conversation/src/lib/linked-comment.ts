import { useApolloClient } from '@apollo/client/react';
import { errorCode, type ReplyPageFragment } from '@hearth/web/graphql';
import { createContext, useEffect, useRef, useState } from 'react';
import { useComment } from './api/use-comment';
import { readCommentReplies } from './api/use-comment-replies';

/** The thread as read so far: its comments (latest first), each with the replies read. */
interface ThreadPage {
  edges: ReadonlyArray<{ node: { id: string; replies?: ReplyPageFragment } }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Where the comment a link points at (`/posts/:id?comment=…`, as notifications link) stands:
 * being read, shown, or not there for this reader (deleted, on another post, or unreadable — the
 * API answers NOT_FOUND alike) — or it could not be read (`failed`, with the error).
 */
export type LinkedComment =
  | { state: 'none' }
  | { state: 'seeking' }
  | { state: 'shown'; id: string; parentId: string | null }
  | { state: 'missing' }
  | { state: 'failed'; error: unknown };

/** The id of the comment the page was linked to, once it is shown (its card marks itself). */
export const LinkedCommentContext = createContext<string | null>(null);

/**
 * Reads the thread back (earlier comments, then more replies of the comment that holds it) until
 * the linked comment is in it, a page at a time through the same queries as "View earlier
 * comments" and "View more replies", so what is read stays in the thread.
 */
export function useLinkedComment(
  postId: string,
  linkedId: string | null | undefined,
  page: ThreadPage | undefined,
  loadEarlier: (after: string) => Promise<unknown>,
  /** The thread's first page could not be read: its own error says so (and offers to retry). */
  threadFailed = false,
): LinkedComment {
  const client = useApolloClient();
  const target = useComment(linkedId ?? null);
  const asked = useRef(new Set<string>());
  const [failure, setFailure] = useState<unknown>(null);
  const comment = target.data?.comment;
  const topId = comment ? (comment.parentId ?? comment.id) : null;
  const top = topId ? page?.edges.find((e) => e.node.id === topId)?.node : undefined;
  const replies = top?.replies;
  const reply = comment?.parentId ? replies?.edges.find((e) => e.node.id === comment.id) : null;
  // What to read next: an earlier page of comments, or more replies of the comment holding it.
  const next: { kind: 'earlier' | 'replies'; after: string } | null =
    failure !== null || !comment || comment.postId !== postId || !page
      ? null
      : !top
        ? page.pageInfo.hasNextPage && page.pageInfo.endCursor
          ? { kind: 'earlier', after: page.pageInfo.endCursor }
          : null
        : comment.parentId && !reply && replies?.pageInfo.hasNextPage && replies.pageInfo.endCursor
          ? { kind: 'replies', after: replies.pageInfo.endCursor }
          : null;

  const nextKind = next?.kind;
  const nextAfter = next?.after;
  useEffect(() => {
    if (!nextKind || !nextAfter || !topId) return;
    // Each page once, however often the thread renders while it is read.
    const key = `${nextKind}:${nextAfter}`;
    if (asked.current.has(key)) return;
    asked.current.add(key);
    const read =
      nextKind === 'earlier'
        ? loadEarlier(nextAfter)
        : readCommentReplies(client, topId, nextAfter);
    // Stop looking; what was read stays, and "View earlier comments" can go on by hand.
    read.catch((e: unknown) => setFailure(e));
  }, [nextKind, nextAfter, topId, client, loadEarlier]);

  if (!linkedId) return { state: 'none' };
  if (target.error)
    return errorCode(target.error) === 'NOT_FOUND'
      ? { state: 'missing' }
      : { state: 'failed', error: target.error };
  if (failure !== null) return { state: 'failed', error: failure };
  // Nothing to look through until the thread is read again; its error is what the reader sees.
  if (!page && threadFailed) return { state: 'none' };
  if (!comment || !page) return { state: 'seeking' };
  if (comment.postId !== postId) return { state: 'missing' };
  if (top && (!comment.parentId || reply))
    return { state: 'shown', id: comment.id, parentId: comment.parentId ?? null };
  if (next) return { state: 'seeking' };
  // The thread is read to its end without it: deleted since the link was made.
  return { state: 'missing' };
}
