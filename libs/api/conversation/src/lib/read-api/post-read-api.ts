import { Queryable } from '@hearth/api/groups';

/**
 * The conversation domain's read API for other domains (notifications): the facts of a post or
 * comment that an event is about, read from the tables this domain owns (`posts`, `comments`,
 * `post_reactions`), so that no other domain spells them. Who may read a post stays the rule of
 * `PostAccess` (post-access.ts), built on the groups read API.
 */

/** A published, undeleted post. */
export interface PublishedPost {
  id: string;
  groupId: string;
  authorId: string;
  kind: string;
  mentions: string[];
}

export async function publishedPost(db: Queryable, postId: string): Promise<PublishedPost | null> {
  const [p] = await db.query<
    Array<{ id: string; group_id: string; author_id: string; kind: string; mentions: string[] }>
  >(
    `SELECT id, group_id, author_id, kind, mentions FROM posts
      WHERE id = $1 AND status = 'PUBLISHED' AND deleted_at IS NULL`,
    [postId],
  );
  return p
    ? { id: p.id, groupId: p.group_id, authorId: p.author_id, kind: p.kind, mentions: p.mentions }
    : null;
}

/** An undeleted comment on a published, undeleted post, with whom it answers. */
export interface LiveComment {
  id: string;
  postId: string;
  groupId: string;
  authorId: string;
  mentions: string[];
  postAuthorId: string;
  /** The author of the comment it replies to, while that comment is not deleted. */
  parentAuthorId: string | null;
}

export async function liveComment(db: Queryable, commentId: string): Promise<LiveComment | null> {
  const [c] = await db.query<
    Array<{
      id: string;
      post_id: string;
      author_id: string;
      mentions: string[];
      post_author_id: string;
      parent_author_id: string | null;
      group_id: string;
    }>
  >(
    `SELECT c.id, c.post_id, c.author_id, c.mentions, p.author_id AS post_author_id,
            parent.author_id AS parent_author_id, p.group_id
       FROM comments c
       JOIN posts p ON p.id = c.post_id AND p.status = 'PUBLISHED' AND p.deleted_at IS NULL
       LEFT JOIN comments parent ON parent.id = c.parent_id AND parent.deleted_at IS NULL
      WHERE c.id = $1 AND c.deleted_at IS NULL`,
    [commentId],
  );
  return c
    ? {
        id: c.id,
        postId: c.post_id,
        groupId: c.group_id,
        authorId: c.author_id,
        mentions: c.mentions,
        postAuthorId: c.post_author_id,
        parentAuthorId: c.parent_author_id,
      }
    : null;
}

/** The comment a comment replies to (null for a top-level comment or an unknown id). */
export async function parentCommentId(db: Queryable, commentId: string): Promise<string | null> {
  const [row] = await db.query<Array<{ parent_id: string | null }>>(
    `SELECT parent_id FROM comments WHERE id = $1`,
    [commentId],
  );
  return row?.parent_id ?? null;
}

/** Whether the person's reaction to the post is still there. */
export async function hasReactedToPost(
  db: Queryable,
  postId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db.query<unknown[]>(
    `SELECT 1 FROM post_reactions WHERE post_id = $1 AND user_id = $2`,
    [postId, userId],
  );
  return rows.length > 0;
}

/** An undeleted post with its review state, for the decision on a held post. */
export interface ReviewedPost {
  id: string;
  groupId: string;
  authorId: string;
  status: string;
  rejectionReason: string | null;
}

export async function reviewedPost(db: Queryable, postId: string): Promise<ReviewedPost | null> {
  const [p] = await db.query<
    Array<{
      id: string;
      group_id: string;
      author_id: string;
      status: string;
      rejection_reason: string | null;
    }>
  >(
    `SELECT id, group_id, author_id, status, rejection_reason FROM posts
      WHERE id = $1 AND deleted_at IS NULL`,
    [postId],
  );
  return p
    ? {
        id: p.id,
        groupId: p.group_id,
        authorId: p.author_id,
        status: p.status,
        rejectionReason: p.rejection_reason,
      }
    : null;
}
