import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AuthUser,
  hasRow,
  preparedQuery,
  VersionedCache,
} from '@hearth/api/core';
import { Group, GroupAccess, GroupsService, isBannedSql, viewerRoleSql } from '@hearth/api/groups';
import { toUser, User, USER_JSON, UserJson } from '@hearth/api/identity';
import {
  GroupRole,
  GroupVisibility,
  PollResultsVisibility,
  PostingPolicy,
  ReactionKind,
} from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { Comment, CommentRecord, Poll, Post, PostRecord } from '../posts/post.model';
import { commentPermissions, postPermissions } from '../posts/post.policy';
import { factsOf, POST_COLUMNS, PostRow, toPost } from '../posts/post.rows';

/**
 * Cards: everything a post or comment card shows. A feed page's own statement returns, per post, its
 * card version and what only this viewer sees (my reaction, seen, access); what every viewer sees
 * the same comes from `CardCache` when the version matches, else from one statement for all the
 * misses, built with correlated subqueries (each an index lookup bounded by the page) as JSON. A
 * page of 50 posts costs the same round trips as a page of 10, and GraphQL resolves plain
 * properties.
 */

export const LATEST_COMMENTS = 2;

/** Each reactions table's counters by kind (migration ReactionCounts). */
const REACTION_COUNTS = {
  post_reactions: 'post_reaction_counts',
  comment_reactions: 'comment_reaction_counts',
} as const;

/**
 * Counts by kind (from the counters migration ReactionCounts keeps, at most six rows however many
 * reacted), the three most recent names, and (withMine) the viewer's ($2) own.
 */
const REACTIONS_JSON = (
  table: 'post_reactions' | 'comment_reactions',
  column: string,
  target: string,
  withMine = true,
) => `json_build_object(
  'counts', coalesce((SELECT json_agg(json_build_object('kind', k.kind, 'count', k.count) ORDER BY k.count DESC, k.kind)
                        FROM ${REACTION_COUNTS[table]} k WHERE k.${column} = ${target} AND k.count > 0), '[]'),
  ${withMine ? `'mine', (SELECT r.kind FROM ${table} r WHERE r.${column} = ${target} AND r.user_id = $2),` : ''}
  'names', coalesce((SELECT json_agg(u.display_name ORDER BY x.created_at DESC)
                       FROM (SELECT r.user_id, r.created_at FROM ${table} r WHERE r.${column} = ${target}
                              ORDER BY r.created_at DESC LIMIT 3) x JOIN users u ON u.id = x.user_id), '[]'))`;

/** A comment card as JSON (the viewer's access comes from the enclosing post's group). */
const COMMENT_JSON = (
  c: string,
  withMine = true,
) => `json_build_object('id', ${c}.id, 'postId', ${c}.post_id, 'parentId', ${c}.parent_id,
  'authorId', ${c}.author_id, 'body', ${c}.body, 'mentionIds', ${c}.mentions, 'createdAt', ${c}.created_at,
  'editedAt', ${c}.edited_at,
  'author', (SELECT ${USER_JSON('cu')} FROM users cu WHERE cu.id = ${c}.author_id),
  'replyCount', CASE WHEN ${c}.parent_id IS NULL THEN
     (SELECT count(*)::int FROM comments rc WHERE rc.parent_id = ${c}.id AND rc.deleted_at IS NULL) ELSE 0 END,
  'reactions', ${REACTIONS_JSON('comment_reactions', 'comment_id', `${c}.id`, withMine)})`;

/** The comments a card previews for post p: its latest top-level ones. */
const LATEST_COMMENT_IDS = `SELECT c.id FROM comments c
   WHERE c.post_id = p.id AND c.parent_id IS NULL AND c.deleted_at IS NULL
   ORDER BY c.created_at DESC, c.id DESC LIMIT ${LATEST_COMMENTS}`;

/** The viewer's reactions to the comments card p shows (latest and accepted), by comment id. */
const COMMENT_MINE = (viewer: string) => `(SELECT json_object_agg(r.comment_id, r.kind)
   FROM comment_reactions r
  WHERE r.user_id = ${viewer} AND r.comment_id IN ((${LATEST_COMMENT_IDS}) UNION ALL SELECT p.accepted_comment_id))`;

/**
 * Post p's group, for `CROSS JOIN LATERAL`: one primary-key lookup per post. (A plain join let the
 * generic plan hash-join the page against a scan of every group, on every page.) LIMIT keeps
 * PostgreSQL from flattening it back into a join.
 */
export const GROUP_OF_POST =
  'SELECT g.*, g.xmin::text AS row_version FROM groups g WHERE g.id = p.group_id LIMIT 1';

/** The viewer's ($2) relation to the group g. */
const ACCESS_COLUMNS = `g.visibility, g.posting_policy, g.archived_at IS NOT NULL AS archived,
  ${viewerRoleSql('g.id', '$2')} AS viewer_role,
  ${isBannedSql('g.id', '$2')} AS viewer_banned`;

interface AccessRow {
  visibility: GroupVisibility;
  posting_policy: PostingPolicy;
  archived: boolean;
  viewer_role: GroupRole | null;
  viewer_banned: boolean;
}

interface ReactionsJson {
  counts: Array<{ kind: ReactionKind; count: number }>;
  mine?: ReactionKind | null;
  names: string[];
}

interface CommentJson extends Omit<CommentRecord, 'createdAt' | 'editedAt'> {
  createdAt: string;
  editedAt: string | null;
  author: UserJson;
  replyCount: number;
  reactions: ReactionsJson;
}

type CommentMine = Record<string, ReactionKind>;

/**
 * What a post card shows the same to every viewer, kept in memory by `CardCache` under the post's
 * `card_version` and the users epoch it was read with (see migration CardVersions).
 */
export interface SharedCard {
  id: string;
  version: string;
  epoch: string;
  record: PostRecord;
  author: User;
  commentCount: number;
  acknowledgedCount: number;
  reactions: SharedReactions;
  latest: SharedComment[];
  accepted: SharedComment | null;
  poll: { options: Array<{ id: string; label: string; votes: number }>; voters: number } | null;
}

interface SharedReactions {
  total: number;
  counts: Array<{ kind: ReactionKind; count: number }>;
  names: string[];
}

interface SharedComment {
  record: CommentRecord;
  author: User;
  replyCount: number;
  reactions: SharedReactions;
}

/** A page row: the post's version and what only this viewer sees. */
export interface ViewerCardRow extends AccessRow {
  id: string;
  group_id: string;
  /** The group row's `xmin` (see `GroupsService.groupsAt`). */
  group_version: string;
  version: string;
  epoch: string;
  sort_key: string | null;
  seen_count: number;
  seen_by_me: boolean;
  acked_by_me: boolean;
  my_reaction: ReactionKind | null;
  comment_mine: CommentMine | null;
  poll_mine: string[] | null;
  poll_voted: boolean | null;
}

interface SharedCardRow extends PostRow {
  version: string;
  epoch: string;
  author: UserJson;
  comment_count: number;
  ack_count: number;
  reactions: ReactionsJson;
  latest: CommentJson[] | null;
  accepted: CommentJson | null;
  poll_options: Array<{ id: string; label: string; votes: number }> | null;
  poll_voters: number | null;
  comment_mine: CommentMine | null;
}

interface CommentCardRow extends AccessRow {
  id: string;
  card: CommentJson;
  accepted_comment_id: string | null;
}

const USERS_EPOCH = `(SELECT e.epoch::text FROM card_epochs e WHERE e.name = 'users')`;

/**
 * A page row's columns for a post row aliased `p` joined to its group `g`; `viewer` is the SQL
 * parameter holding the viewer's id. Feeds select these in the same statement as the page: the
 * post's version, and the few index lookups only this viewer's card needs.
 */
const columnsByParam = new Map<string, string>();

export function viewerCardColumns(viewer: string): string {
  const cached = columnsByParam.get(viewer);
  if (cached) return cached;
  const sql =
    `p.id, p.group_id, g.row_version AS group_version, p.card_version::text AS version, ${USERS_EPOCH} AS epoch,
              p.published_at::text AS sort_key,
              coalesce((SELECT s.seen FROM post_seen_counts s WHERE s.post_id = p.id), 0) AS seen_count,
              ${hasRow('post_views v WHERE v.post_id = p.id AND v.user_id = $2')} AS seen_by_me,
              p.needs_acknowledgement AND ${hasRow('post_acknowledgements a WHERE a.post_id = p.id AND a.user_id = $2')} AS acked_by_me,
              (SELECT r.kind FROM post_reactions r WHERE r.post_id = p.id AND r.user_id = $2) AS my_reaction,
              ${COMMENT_MINE('$2')} AS comment_mine,
              CASE WHEN p.kind = 'POLL' THEN (SELECT coalesce(array_agg(pv.option_id), '{}') FROM poll_votes pv WHERE pv.post_id = p.id AND pv.user_id = $2) END AS poll_mine,
              CASE WHEN p.kind = 'POLL' THEN ${hasRow('poll_ballots b WHERE b.post_id = p.id AND b.user_id = $2')} END AS poll_voted,
              ${ACCESS_COLUMNS}`.replaceAll('$2', viewer);
  columnsByParam.set(viewer, sql);
  return sql;
}

/** Everything a card shows the same to everyone, for posts $1 (and $2's reactions to its comments). */
export const SHARED_CARDS_SQL = `SELECT ${POST_COLUMNS}, p.card_version::text AS version, ${USERS_EPOCH} AS epoch,
        (SELECT ${USER_JSON('u')} FROM users u WHERE u.id = p.author_id) AS author,
        (SELECT count(*)::int FROM comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL) AS comment_count,
        CASE WHEN p.needs_acknowledgement THEN
          (SELECT count(*)::int FROM post_acknowledgements a WHERE a.post_id = p.id) ELSE 0 END AS ack_count,
        ${REACTIONS_JSON('post_reactions', 'post_id', 'p.id', false)} AS reactions,
        (SELECT json_agg(x.card ORDER BY x.created_at, x.id) FROM (
            SELECT ${COMMENT_JSON('c', false)} AS card, c.created_at, c.id FROM comments c
             WHERE c.id IN (${LATEST_COMMENT_IDS})) x) AS latest,
        (SELECT ${COMMENT_JSON('c', false)} FROM comments c WHERE c.id = p.accepted_comment_id AND c.deleted_at IS NULL) AS accepted,
        CASE WHEN p.kind = 'POLL' THEN (
          SELECT json_agg(json_build_object('id', o.id, 'label', o.label,
                   'votes', (SELECT count(*)::int FROM poll_votes pv WHERE pv.option_id = o.id))
                 ORDER BY o.position)
            FROM poll_options o WHERE o.post_id = p.id) END AS poll_options,
        CASE WHEN p.kind = 'POLL' THEN (SELECT count(*)::int FROM poll_ballots b WHERE b.post_id = p.id) END AS poll_voters,
        ${COMMENT_MINE('$2')} AS comment_mine
   FROM posts p
  WHERE p.id = ANY($1::uuid[])`;

/**
 * Shared cards by post id, kept under the exact card version and users epoch a statement read
 * (see `VersionedCache`).
 */
export class CardCache {
  private readonly cards: VersionedCache<SharedCard>;

  constructor(capacity: number) {
    this.cards = new VersionedCache(capacity);
  }

  get(id: string, version: string, epoch: string): SharedCard | undefined {
    return this.cards.get(id, `${version}/${epoch}`);
  }

  set(card: SharedCard): void {
    this.cards.set(card.id, `${card.version}/${card.epoch}`, card);
  }

  get size(): number {
    return this.cards.size;
  }
}

@Injectable()
export class CardsService {
  private readonly cache: CardCache;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly groups: GroupsService,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'cardCacheSize'>,
  ) {
    this.cache = new CardCache(config.cardCacheSize);
  }

  /**
   * Cards for page rows (from `viewerCardColumns`), in the rows' order. Shared parts come from the
   * cache when the row's version matches, else from one statement for all the misses; the page's
   * groups likewise (`groupsAt`), at the same time.
   */
  async fromRows(viewer: AuthUser, rows: readonly ViewerCardRow[]): Promise<Post[]> {
    if (rows.length === 0) return [];
    const shared = new Map<string, SharedCard>();
    const mineNow = new Map<string, CommentMine>();
    const missing: string[] = [];
    for (const row of rows) {
      const hit = this.cache.get(row.id, row.version, row.epoch);
      if (hit) shared.set(row.id, hit);
      else missing.push(row.id);
    }
    const [fetched, groups] = await Promise.all([
      missing.length === 0
        ? Promise.resolve([])
        : preparedQuery<SharedCardRow>(this.ds, 'cards.shared', SHARED_CARDS_SQL, [
            missing,
            viewer.id,
          ]),
      this.groups.groupsAt(new Map(rows.map((r) => [r.group_id, r.group_version]))),
    ]);
    for (const row of fetched) {
      const card = toShared(row);
      this.cache.set(card);
      shared.set(card.id, card);
      // Read with the card itself: the viewer's reactions to exactly the comments it holds.
      mineNow.set(card.id, row.comment_mine ?? {});
    }
    const cards: Post[] = [];
    for (const row of rows) {
      const card = shared.get(row.id);
      const group = groups.get(row.group_id);
      if (!card || !group) continue;
      cards.push(postCard(viewer, card, row, group, mineNow.get(row.id) ?? row.comment_mine ?? {}));
    }
    return cards;
  }

  async posts(viewer: AuthUser, records: readonly PostRecord[]): Promise<Post[]> {
    if (records.length === 0) return [];
    const rows = await preparedQuery<ViewerCardRow>(
      this.ds,
      'cards.posts',
      `SELECT ${viewerCardColumns('$2')}
         FROM posts p CROSS JOIN LATERAL (${GROUP_OF_POST}) g
        WHERE p.id = ANY($1::uuid[])`,
      [records.map((r) => r.id), viewer.id],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return this.fromRows(
      viewer,
      records.flatMap((r) => byId.get(r.id) ?? []),
    );
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
         FROM comments c JOIN posts p ON p.id = c.post_id CROSS JOIN LATERAL (${GROUP_OF_POST}) g
        WHERE c.id = ANY($1::uuid[])`,
      [records.map((r) => r.id), viewer.id],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return records.flatMap((record) => {
      const row = byId.get(record.id);
      return row
        ? [
            commentCard(
              viewer,
              sharedComment(row.card),
              accessOf(viewer, row),
              row.accepted_comment_id,
              row.card.reactions.mine ?? null,
            ),
          ]
        : [];
    });
  }

  async comment(viewer: AuthUser, record: CommentRecord): Promise<Comment> {
    const [card] = await this.comments(viewer, [record]);
    if (!card) throw new Error(`comment ${record.id} vanished`);
    return card;
  }
}

function toShared(row: SharedCardRow): SharedCard {
  return {
    id: row.id,
    version: row.version,
    epoch: row.epoch,
    record: toPost(row),
    author: toUser(row.author),
    commentCount: row.comment_count,
    acknowledgedCount: row.ack_count,
    reactions: sharedReactions(row.reactions),
    latest: (row.latest ?? []).map(sharedComment),
    accepted: row.accepted ? sharedComment(row.accepted) : null,
    poll: row.poll_options ? { options: row.poll_options, voters: row.poll_voters ?? 0 } : null,
  };
}

const sharedReactions = (r: ReactionsJson): SharedReactions => ({
  total: r.counts.reduce((sum, c) => sum + c.count, 0),
  counts: r.counts,
  names: r.names,
});

const sharedComment = (c: CommentJson): SharedComment => ({
  record: {
    id: c.id,
    postId: c.postId,
    parentId: c.parentId,
    authorId: c.authorId,
    body: c.body,
    mentionIds: c.mentionIds,
    createdAt: new Date(c.createdAt),
    editedAt: c.editedAt ? new Date(c.editedAt) : null,
  },
  author: toUser(c.author),
  replyCount: c.replyCount,
  reactions: sharedReactions(c.reactions),
});

/** A shared card and one viewer's row made into that viewer's card. */
function postCard(
  viewer: AuthUser,
  card: SharedCard,
  row: ViewerCardRow,
  group: Group,
  commentMine: CommentMine,
): Post {
  const record = card.record;
  const access = accessOf(viewer, row);
  const comment = (c: SharedComment): Comment =>
    commentCard(viewer, c, access, record.acceptedCommentId, commentMine[c.record.id] ?? null);
  // Every property written out, in one literal: spreading `record` and then adding the card's
  // fields made V8 grow each object one property at a time (a tenth of a feed request's CPU).
  return {
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
    author: card.author,
    group,
    commentCount: card.commentCount,
    seenCount: row.seen_count,
    // Authors have seen their own posts, without being counted among those who have.
    seenByMe: row.seen_by_me || record.authorId === viewer.id,
    acknowledgedByMe: row.acked_by_me,
    acknowledgedCount: card.acknowledgedCount,
    reactions: {
      total: card.reactions.total,
      counts: card.reactions.counts,
      mine: row.my_reaction,
      recentNames: card.reactions.names,
    },
    latestComments: card.latest.map(comment),
    acceptedAnswer: card.accepted ? comment(card.accepted) : null,
    poll: pollView(record, card.poll, row, viewer.id),
    viewerPermissions: postPermissions(access, viewer.id, factsOf(record)),
  };
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

function commentCard(
  viewer: AuthUser,
  c: SharedComment,
  access: GroupAccess,
  acceptedCommentId: string | null,
  mine: ReactionKind | null,
): Comment {
  const r = c.record;
  return {
    id: r.id,
    postId: r.postId,
    parentId: r.parentId,
    authorId: r.authorId,
    body: r.body,
    mentionIds: r.mentionIds,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    author: c.author,
    replyCount: c.replyCount,
    reactions: {
      total: c.reactions.total,
      counts: c.reactions.counts,
      mine,
      recentNames: c.reactions.names,
    },
    isAcceptedAnswer: acceptedCommentId === r.id,
    viewerPermissions: commentPermissions(access, viewer.id, r),
  };
}

export const pollClosed = (post: PostRecord, now = Date.now()): boolean =>
  post.pollSettings?.closesAt != null && post.pollSettings.closesAt.getTime() <= now;

/** Results show to the author, after closing, or after voting when the author chose AFTER_VOTE. */
export const pollResultsVisible = (record: PostRecord, viewerId: string, voted: boolean): boolean =>
  record.authorId === viewerId ||
  pollClosed(record) ||
  (record.pollSettings?.results === PollResultsVisibility.AFTER_VOTE && voted);

function pollView(
  record: PostRecord,
  poll: SharedCard['poll'],
  row: ViewerCardRow,
  viewerId: string,
): Poll | null {
  const settings = record.pollSettings;
  if (!settings || !poll) return null;
  const closed = pollClosed(record);
  const voted = row.poll_voted ?? false;
  const visible = pollResultsVisible(record, viewerId, voted);
  const mine = new Set(row.poll_mine ?? []);
  return {
    postId: record.id,
    options: poll.options.map((o) => ({
      id: o.id,
      label: o.label,
      voteCount: visible ? o.votes : null,
      mine: mine.has(o.id),
      postId: record.id,
      showVoters: visible && !settings.anonymous,
    })),
    multipleChoice: settings.multiple,
    anonymous: settings.anonymous,
    closesAt: settings.closesAt,
    closed,
    resultsVisible: visible,
    resultsVisibility: settings.results,
    voted,
    voterCount: visible ? poll.voters : null,
  };
}
