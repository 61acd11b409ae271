import { gql, type ApolloCache, type Reference } from '@apollo/client';
import type { StoredConnection } from '@hearth/web/graphql';

/**
 * What a change to a thread does to the cache, so that the comments shown stay where they are
 * (every page read, not only the first) without reading the thread again.
 */

interface CommentRef {
  id: string;
  postId: string;
  parentId: string | null;
}

const postId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Post', id });
const commentId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Comment', id });

const NO_REPLIES = gql`
  fragment NewCommentReplies on Comment {
    replies(first: 20) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const has = (
  page: StoredConnection,
  id: string,
  readField: (name: string, from: Reference) => unknown,
) => page.edges.some((e) => readField('id', e.node) === id);

/**
 * A comment just written or just heard of (already in the cache, as the mutation's answer or read
 * after a live event): a new comment becomes the latest of an open thread, a reply the last of its
 * comment's replies. Idempotent: a comment already there is left where it is and counted once. The
 * post's own counts and preview are read again by the caller (POST_REFRESH), from the server.
 */
export function addToThread(cache: ApolloCache, comment: CommentRef): void {
  const ref = { __typename: 'Comment', id: comment.id };
  if (comment.parentId) {
    const parent = commentId(cache, comment.parentId);
    let added = false;
    if (parent)
      cache.modify({
        id: parent,
        fields: {
          replies: (stored: unknown, { readField, toReference }) => {
            const page = stored as StoredConnection;
            if (has(page, comment.id, readField)) return page;
            added = true;
            return {
              ...page,
              edges: [
                ...page.edges,
                { __typename: 'CommentEdge', cursor: '', node: toReference(ref) },
              ],
            };
          },
        },
      });
    if (parent && added) cache.modify({ id: parent, fields: { replyCount: (n: number) => n + 1 } });
    return;
  }
  const id = commentId(cache, comment.id);
  const post = postId(cache, comment.postId);
  if (!id || !post || !threadOpen(cache, comment.postId)) return;
  cache.writeFragment({
    id,
    fragment: NO_REPLIES,
    data: {
      __typename: 'Comment',
      replies: {
        __typename: 'CommentConnection',
        edges: [],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  });
  cache.modify({
    id: post,
    fields: {
      // The thread is read latest first: a new comment goes to the front of the list.
      comments: (stored: unknown, { readField, toReference, storeFieldName }) => {
        const page = stored as StoredConnection;
        return !storeFieldName.includes('NEWEST_FIRST') || has(page, comment.id, readField)
          ? page
          : {
              ...page,
              edges: [
                { __typename: 'CommentEdge', cursor: '', node: toReference(ref) },
                ...page.edges,
              ],
            };
      },
    },
  });
}

/** Whether the post's thread has been read (is open somewhere on the page). */
export function threadOpen(cache: ApolloCache, post: string): boolean {
  const id = postId(cache, post);
  let open = false;
  if (id)
    cache.modify({
      id,
      fields: {
        comments: (stored: unknown) => {
          open = true;
          return stored;
        },
      },
    });
  return open;
}

/**
 * A comment deleted (here or, live, by someone else): gone from its thread, its comment's replies
 * (counted once) and the post's preview; its replies go with it.
 */
export function removeFromThread(cache: ApolloCache, comment: CommentRef): void {
  let removed = false;
  const without = (
    stored: unknown,
    readField: (name: string, from: Reference) => unknown,
  ): StoredConnection => {
    const page = stored as StoredConnection;
    const edges = page.edges.filter((e) => readField('id', e.node) !== comment.id);
    if (edges.length === page.edges.length) return page;
    removed = true;
    return { ...page, edges };
  };
  const parent = comment.parentId ? commentId(cache, comment.parentId) : undefined;
  if (parent) {
    cache.modify({
      id: parent,
      fields: { replies: (stored: unknown, { readField }) => without(stored, readField) },
    });
    if (removed)
      cache.modify({ id: parent, fields: { replyCount: (n: number) => Math.max(0, n - 1) } });
  }
  const post = postId(cache, comment.postId);
  if (post)
    cache.modify({
      id: post,
      fields: {
        comments: (stored: unknown, { readField }) => without(stored, readField),
        latestComments: (list: readonly Reference[], { readField }) =>
          list.filter((r) => readField('id', r) !== comment.id),
        acceptedAnswer: (answer: Reference | null, { readField }) =>
          answer && readField('id', answer) === comment.id ? null : answer,
      },
    });
  const id = commentId(cache, comment.id);
  if (id) cache.evict({ id });
  cache.gc();
}

/** The accepted answer changed: every comment of the thread shown says whether it is the one. */
export function markAccepted(cache: ApolloCache, post: string, acceptedId: string | null): void {
  const id = postId(cache, post);
  if (!id) return;
  const shown: string[] = [];
  cache.modify({
    id,
    fields: {
      comments: (stored: unknown, { readField }) => {
        for (const e of (stored as StoredConnection).edges) {
          const commentIdShown = readField<string>('id', e.node);
          if (commentIdShown) shown.push(commentIdShown);
        }
        return stored;
      },
    },
  });
  for (const c of shown) {
    const ref = commentId(cache, c);
    if (ref) cache.modify({ id: ref, fields: { isAcceptedAnswer: () => c === acceptedId } });
  }
}
