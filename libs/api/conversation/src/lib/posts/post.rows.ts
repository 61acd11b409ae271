import { PollResultsVisibility, PostKind, PostStatus } from '@hearth/shared/util';
import { CommentRecord, PostRecord } from './post.model';
import type { PostFacts } from './post.policy';

/** The columns every raw post query selects, plus the exact sort key as text. */
export const POST_COLUMNS = `p.id, p.group_id, p.author_id, p.kind, p.status, p.body, p.mentions, p.hashtags,
  p.created_at, p.published_at, p.edited_at, p.deleted_at, p.pinned_at, p.needs_acknowledgement,
  p.acknowledge_until, p.accepted_comment_id, p.poll_multiple, p.poll_anonymous, p.poll_closes_at,
  p.poll_results, p.rejection_reason, p.card_version, p.published_at::text AS sort_key`;

export interface PostRow {
  id: string;
  group_id: string;
  author_id: string;
  kind: PostKind;
  status: PostStatus;
  body: string;
  mentions: string[];
  hashtags: string[];
  created_at: Date;
  published_at: Date | null;
  edited_at: Date | null;
  deleted_at: Date | null;
  pinned_at: Date | null;
  needs_acknowledgement: boolean;
  acknowledge_until: Date | null;
  accepted_comment_id: string | null;
  poll_multiple: boolean;
  poll_anonymous: boolean;
  poll_closes_at: Date | null;
  poll_results: PollResultsVisibility | null;
  rejection_reason: string | null;
  sort_key: string | null;
}

export function toPost(r: PostRow): PostRecord {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    body: r.body,
    hashtags: r.hashtags,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    editedAt: r.edited_at,
    pinned: r.pinned_at !== null,
    needsAcknowledgement: r.needs_acknowledgement,
    acknowledgeUntil: r.acknowledge_until,
    rejectionReason: r.rejection_reason,
    groupId: r.group_id,
    authorId: r.author_id,
    mentionIds: r.mentions,
    acceptedCommentId: r.accepted_comment_id,
    deleted: r.deleted_at !== null,
    pollSettings:
      r.kind === PostKind.POLL
        ? {
            multiple: r.poll_multiple,
            anonymous: r.poll_anonymous,
            closesAt: r.poll_closes_at,
            results: r.poll_results ?? PollResultsVisibility.AFTER_VOTE,
          }
        : null,
    sortKey: r.sort_key ?? undefined,
  };
}

export const factsOf = (p: PostRecord): PostFacts => ({
  authorId: p.authorId,
  kind: p.kind,
  status: p.status,
  deleted: p.deleted,
});

export const COMMENT_COLUMNS = `c.id, c.post_id, c.parent_id, c.author_id, c.body, c.mentions, c.created_at,
  c.edited_at, c.created_at::text AS sort_key`;

export interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  mentions: string[];
  created_at: Date;
  edited_at: Date | null;
  sort_key: string;
}

export type CommentWithKey = CommentRecord & { sortKey: string };

export const toComment = (r: CommentRow): CommentWithKey => ({
  id: r.id,
  postId: r.post_id,
  parentId: r.parent_id,
  authorId: r.author_id,
  body: r.body,
  mentionIds: r.mentions,
  createdAt: r.created_at,
  editedAt: r.edited_at,
  sortKey: r.sort_key,
});
