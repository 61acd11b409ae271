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
 * A comment just written (already in the cache as the mutation's answer): a new comment becomes
 * the latest of its thread, a reply the last of its comment's replies, and the counts go up.
 */
export function addToThread(cache: ApolloCache, comment: CommentRef): void {
  const ref = { __typename: 'Comment', id: comment.id };
  if (comment.parentId) {
    const parent = commentId(cache, comment.parentId);
    if (parent)
      cache.modify({
        id: parent,
        fields: {
          replyCount: (n: number) => n + 1,
          replies: (stored: unknown, { readField, toReference }) => {
            const page = stored as StoredConnection;
            return has(page, comment.id, readField)
              ? page
              : {
                  ...page,
                  edges: [
                    ...page.edges,
                    { __typename: 'CommentEdge', cursor: '', node: toReference(ref) },
                  ],
                };
          },
        },
      });
  } else {
    const id = commentId(cache, comment.id);
    if (id)
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
  }
  const post = postId(cache, comment.postId);
  if (!post) return;
  cache.modify({
    id: post,
    fields: {
      commentCount: (n: number) => n + 1,
      // The thread is read latest first: a new comment goes to the front of the list.
      comments: (stored: unknown, { readField, toReference, storeFieldName }) => {
        const page = stored as StoredConnection;
        return comment.parentId ||
          !storeFieldName.includes('NEWEST_FIRST') ||
          has(page, comment.id, readField)
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

/** A comment deleted: gone from its thread and its comment's replies; its replies go with it. */
export function removeFromThread(cache: ApolloCache, comment: CommentRef & { replyCount: number }) {
  const without = (
    stored: unknown,
    readField: (name: string, from: Reference) => unknown,
  ): StoredConnection => {
    const page = stored as StoredConnection;
    return { ...page, edges: page.edges.filter((e) => readField('id', e.node) !== comment.id) };
  };
  const parent = comment.parentId ? commentId(cache, comment.parentId) : undefined;
  if (parent)
    cache.modify({
      id: parent,
      fields: {
        replyCount: (n: number) => Math.max(0, n - 1),
        replies: (stored: unknown, { readField }) => without(stored, readField),
      },
    });
  const post = postId(cache, comment.postId);
  if (post)
    cache.modify({
      id: post,
      fields: {
        commentCount: (n: number) =>
          Math.max(0, n - 1 - (comment.parentId ? 0 : comment.replyCount)),
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
