import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, preparedQuery } from '@hearth/api/core';
import { Group, GroupAccess, GroupsService } from '@hearth/api/groups';
import { User } from '@hearth/api/identity';
import {
  initials,
  GroupRole,
  GroupVisibility,
  PollResultsVisibility,
  PostingPolicy,
  ReactionKind,
} from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import {
  Comment,
  CommentRecord,
  Poll,
  Post,
  PostRecord,
  ReactionSummary,
} from '../posts/post.model';
import { commentPermissions, postPermissions } from '../posts/post.policy';
import { factsOf } from '../posts/post.rows';

/**
 * Cards: everything a post or comment card shows, for a whole page in ONE SQL statement. The
 * statement nests correlated subqueries (each an index lookup bounded by the page) and returns
 * JSON, so a page of 50 posts costs the same round trips as a page of 10, and the GraphQL layer
 * resolves plain properties.
 */

const USER_JSON = (
  alias: string,
) => `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name,
  'email', ${alias}.email, 'title', ${alias}.title, 'department', ${alias}.department, 'location', ${alias}.location,
  'bio', ${alias}.bio, 'avatarUrl', ${alias}.avatar_data_url, 'orgRole', ${alias}.org_role, 'active', ${alias}.active,
  'createdAt', ${alias}.created_at, 'managerId', ${alias}.manager_id)`;

/** Counts by kind, the viewer's ($2) own, the three most recent names. */
const REACTIONS_JSON = (table: string, column: string, target: string) => `json_build_object(
  'counts', coalesce((SELECT json_agg(json_build_object('kind', k.kind, 'count', k.count) ORDER BY k.count DESC, k.kind)
                        FROM (SELECT r.kind, count(*)::int AS count FROM ${table} r WHERE r.${column} = ${target} GROUP BY r.kind) k), '[]'),
  'mine', (SELECT r.kind FROM ${table} r WHERE r.${column} = ${target} AND r.user_id = $2),
  'names', coalesce((SELECT json_agg(u.display_name ORDER BY x.created_at DESC)
                       FROM (SELECT r.user_id, r.created_at FROM ${table} r WHERE r.${column} = ${target}
                              ORDER BY r.created_at DESC LIMIT 3) x JOIN users u ON u.id = x.user_id), '[]'))`;

/** A comment card as JSON (the viewer's access comes from the enclosing post's group). */
const COMMENT_JSON = (
  c: string,
) => `json_build_object('id', ${c}.id, 'postId', ${c}.post_id, 'parentId', ${c}.parent_id,
  'authorId', ${c}.author_id, 'body', ${c}.body, 'mentionIds', ${c}.mentions, 'createdAt', ${c}.created_at,
  'editedAt', ${c}.edited_at,
  'author', (SELECT ${USER_JSON('cu')} FROM users cu WHERE cu.id = ${c}.author_id),
  'replyCount', CASE WHEN ${c}.parent_id IS NULL THEN
     (SELECT count(*)::int FROM comments rc WHERE rc.parent_id = ${c}.id AND rc.deleted_at IS NULL) ELSE 0 END,
  'reactions', ${REACTIONS_JSON('comment_reactions', 'comment_id', `${c}.id`)})`;

/** The viewer's ($2) relation to the group g. */
const ACCESS_COLUMNS = `g.visibility, g.posting_policy, g.archived_at IS NOT NULL AS archived,
  (SELECT gm.role FROM group_memberships gm WHERE gm.group_id = g.id AND gm.user_id = $2) AS viewer_role,
  EXISTS (SELECT 1 FROM group_bans gb WHERE gb.group_id = g.id AND gb.user_id = $2) AS viewer_banned`;

interface AccessRow {
  visibility: GroupVisibility;
  posting_policy: PostingPolicy;
  archived: boolean;
  viewer_role: GroupRole | null;
  viewer_banned: boolean;
}

interface UserJson extends Omit<User, 'createdAt' | 'initials'> {
  createdAt: string;
}

interface ReactionsJson {
  counts: Array<{ kind: ReactionKind; count: number }>;
  mine: ReactionKind | null;
  names: string[];
}

interface CommentJson extends Omit<CommentRecord, 'createdAt' | 'editedAt'> {
  createdAt: string;
  editedAt: string | null;
  author: UserJson;
  replyCount: number;
  reactions: ReactionsJson;
}

export interface PostCardRow extends AccessRow {
  id: string;
  author: UserJson;
  comment_count: number;
  seen_count: number;
  seen_by_me: boolean;
  ack_count: number;
  acked_by_me: boolean;
  reactions: ReactionsJson;
  latest: CommentJson[] | null;
  accepted: CommentJson | null;
  poll_options: Array<{ id: string; label: string; votes: number; mine: boolean }> | null;
  poll_voters: number | null;
  poll_voted: boolean | null;
}

interface CommentCardRow extends AccessRow {
  id: string;
  card: CommentJson;
  accepted_comment_id: string | null;
}

export const LATEST_COMMENTS = 2;

/**
 * The card's columns for a post row aliased `p` joined to its group `g`; `viewer` is the SQL
 * parameter holding the viewer's id. Feeds select these in the same statement as the page.
 */
const columnsByParam = new Map<string, string>();

export function postCardColumns(viewer: string): string {
  const cached = columnsByParam.get(viewer);
  if (cached) return cached;
  const sql =
    `              (SELECT ${USER_JSON('u')} FROM users u WHERE u.id = p.author_id) AS author,
              (SELECT count(*)::int FROM comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL) AS comment_count,
              (SELECT count(*)::int FROM post_views v WHERE v.post_id = p.id) AS seen_count,
              EXISTS (SELECT 1 FROM post_views v WHERE v.post_id = p.id AND v.user_id = $2) AS seen_by_me,
              CASE WHEN p.needs_acknowledgement THEN
                (SELECT count(*)::int FROM post_acknowledgements a WHERE a.post_id = p.id) ELSE 0 END AS ack_count,
              p.needs_acknowledgement AND EXISTS (SELECT 1 FROM post_acknowledgements a WHERE a.post_id = p.id AND a.user_id = $2) AS acked_by_me,
              ${REACTIONS_JSON('post_reactions', 'post_id', 'p.id')} AS reactions,
              (SELECT json_agg(x.card ORDER BY x.created_at, x.id) FROM (
                  SELECT ${COMMENT_JSON('c')} AS card, c.created_at, c.id FROM comments c
                   WHERE c.post_id = p.id AND c.parent_id IS NULL AND c.deleted_at IS NULL
                   ORDER BY c.created_at DESC, c.id DESC LIMIT ${LATEST_COMMENTS}) x) AS latest,
              (SELECT ${COMMENT_JSON('c')} FROM comments c WHERE c.id = p.accepted_comment_id AND c.deleted_at IS NULL) AS accepted,
              CASE WHEN p.kind = 'POLL' THEN (
                SELECT json_agg(json_build_object('id', o.id, 'label', o.label,
                         'votes', (SELECT count(*)::int FROM poll_votes pv WHERE pv.option_id = o.id),
                         'mine', EXISTS (SELECT 1 FROM poll_votes pv WHERE pv.option_id = o.id AND pv.user_id = $2))
                       ORDER BY o.position)
                  FROM poll_options o WHERE o.post_id = p.id) END AS poll_options,
              CASE WHEN p.kind = 'POLL' THEN (SELECT count(*)::int FROM poll_ballots b WHERE b.post_id = p.id) END AS poll_voters,
              CASE WHEN p.kind = 'POLL' THEN EXISTS (SELECT 1 FROM poll_ballots b WHERE b.post_id = p.id AND b.user_id = $2) END AS poll_voted,
              ${ACCESS_COLUMNS}`.replaceAll('$2', viewer);
  columnsByParam.set(viewer, sql);
  return sql;
}

@Injectable()
export class CardsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly groups: GroupsService,
  ) {}

  /** Cards from rows that carry `postCardColumns`, plus their groups (one query for the page). */
  async fromRows(
    viewer: AuthUser,
    records: readonly PostRecord[],
    rows: readonly PostCardRow[],
  ): Promise<Post[]> {
    if (records.length === 0) return [];
    const groups = await this.groups.groupsByIds([...new Set(records.map((r) => r.groupId))]);
    return postCards(viewer, records, rows, groups);
  }

  async posts(viewer: AuthUser, records: readonly PostRecord[]): Promise<Post[]> {
    if (records.length === 0) return [];
    const rows = await preparedQuery<PostCardRow>(
      this.ds,
      'cards.posts',
      `SELECT p.id, ${postCardColumns('$2')}
         FROM posts p JOIN groups g ON g.id = p.group_id
        WHERE p.id = ANY($1::uuid[])`,
      [records.map((r) => r.id), viewer.id],
    );
    return this.fromRows(viewer, records, rows);
  }

  async post(viewer: AuthUser, record: PostRecord): Promise<Post> {
    const [card] = await this.posts(viewer, [record]);
    if (!card) throw new Error(`post ${record.id} vanished`);
    return card;
  }

  async comments(viewer: AuthUser, records: readonly CommentRecord[]): Promise<Comment[]> {
    if (records.length === 0) return [];
    const rows = await preparedQuery<CommentCardRow>(
      this.ds,
      'cards.comments',
      `SELECT c.id, ${COMMENT_JSON('c')} AS card, p.accepted_comment_id, ${ACCESS_COLUMNS}
         FROM comments c JOIN posts p ON p.id = c.post_id JOIN groups g ON g.id = p.group_id
        WHERE c.id = ANY($1::uuid[])`,
      [records.map((r) => r.id), viewer.id],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return records.flatMap((record) => {
      const row = byId.get(record.id);
      return row
        ? [commentCard(viewer, row.card, accessOf(viewer, row), row.accepted_comment_id)]
        : [];
    });
  }

  async comment(viewer: AuthUser, record: CommentRecord): Promise<Comment> {
    const [card] = await this.comments(viewer, [record]);
    if (!card) throw new Error(`comment ${record.id} vanished`);
    return card;
  }
}

/** Merges card rows (from `postCardColumns`) into records, in the records' order. */
function postCards(
  viewer: AuthUser,
  records: readonly PostRecord[],
  rows: readonly PostCardRow[],
  groups: ReadonlyMap<string, Group>,
): Post[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cards: Post[] = [];
  for (const record of records) {
    const row = byId.get(record.id);
    const group = groups.get(record.groupId);
    if (!row || !group) continue;
    const access = accessOf(viewer, row);
    const comment = (c: CommentJson): Comment =>
      commentCard(viewer, c, access, record.acceptedCommentId);
    // Every property written out, in one literal: spreading `record` and then adding the card's
    // fields made V8 grow each object one property at a time (a tenth of a feed request's CPU).
    cards.push({
      id: record.id,
      kind: record.kind,
      status: record.status,
      body: record.body,
      hashtags: record.hashtags,
      createdAt: record.createdAt,
      publishedAt: record.publishedAt,
      editedAt: record.editedAt,
      pinned: record.pinned,
      needsAcknowledgement: record.needsAcknowledgement,
      acknowledgeUntil: record.acknowledgeUntil,
      rejectionReason: record.rejectionReason,
      groupId: record.groupId,
      authorId: record.authorId,
      mentionIds: record.mentionIds,
      acceptedCommentId: record.acceptedCommentId,
      deleted: record.deleted,
      pollSettings: record.pollSettings,
      sortKey: record.sortKey,
      author: toUser(row.author),
      group,
      commentCount: row.comment_count,
      seenCount: row.seen_count,
      seenByMe: row.seen_by_me,
      acknowledgedByMe: row.acked_by_me,
      acknowledgedCount: row.ack_count,
      reactions: summary(row.reactions),
      latestComments: (row.latest ?? []).map(comment),
      acceptedAnswer: row.accepted ? comment(row.accepted) : null,
      poll: pollView(record, row, viewer.id),
      viewerPermissions: postPermissions(access, viewer.id, factsOf(record)),
    });
  }
  return cards;
}

function accessOf(viewer: AuthUser, row: AccessRow): GroupAccess {
  return {
    orgRole: viewer.orgRole,
    visibility: row.visibility,
    postingPolicy: row.posting_policy,
    archived: row.archived,
    role: row.viewer_role,
    banned: row.viewer_banned,
    invited: false,
    requested: false,
  };
}

const toUser = (u: UserJson): User => ({
  id: u.id,
  displayName: u.displayName,
  initials: initials(u.displayName),
  email: u.email,
  title: u.title,
  department: u.department,
  location: u.location,
  bio: u.bio,
  avatarUrl: u.avatarUrl,
  orgRole: u.orgRole,
  active: u.active,
  createdAt: new Date(u.createdAt),
  managerId: u.managerId,
});

const summary = (r: ReactionsJson): ReactionSummary => ({
  total: r.counts.reduce((sum, c) => sum + c.count, 0),
  counts: r.counts,
  mine: r.mine,
  recentNames: r.names,
});

function commentCard(
  viewer: AuthUser,
  c: CommentJson,
  access: GroupAccess,
  acceptedCommentId: string | null,
): Comment {
  return {
    id: c.id,
    postId: c.postId,
    parentId: c.parentId,
    authorId: c.authorId,
    body: c.body,
    mentionIds: c.mentionIds,
    createdAt: new Date(c.createdAt),
    editedAt: c.editedAt ? new Date(c.editedAt) : null,
    author: toUser(c.author),
    replyCount: c.replyCount,
    reactions: summary(c.reactions),
    isAcceptedAnswer: acceptedCommentId === c.id,
    viewerPermissions: commentPermissions(access, viewer.id, c),
  };
}

export const pollClosed = (post: PostRecord, now = Date.now()): boolean =>
  post.pollSettings?.closesAt != null && post.pollSettings.closesAt.getTime() <= now;

/** Results show to the author, after closing, or after voting when the author chose AFTER_VOTE. */
function pollView(record: PostRecord, row: PostCardRow, viewerId: string): Poll | null {
  const settings = record.pollSettings;
  if (!settings || !row.poll_options) return null;
  const closed = pollClosed(record);
  const voted = row.poll_voted ?? false;
  const visible =
    record.authorId === viewerId ||
    closed ||
    (settings.results === PollResultsVisibility.AFTER_VOTE && voted);
  return {
    postId: record.id,
    options: row.poll_options.map((o) => ({
      id: o.id,
      label: o.label,
      voteCount: visible ? o.votes : null,
      mine: o.mine,
      postId: record.id,
      showVoters: visible && !settings.anonymous,
    })),
    multipleChoice: settings.multiple,
    anonymous: settings.anonymous,
    closesAt: settings.closesAt,
    closed,
    resultsVisibility: settings.results,
    resultsVisible: visible,
    voted,
    voterCount: visible ? (row.poll_voters ?? 0) : null,
  };
}
