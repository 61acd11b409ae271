import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuthUser,
  Connection,
  decodeCursorAs,
  isUuid,
  notFound,
  preparedQuery,
  toConnection,
} from '@hearth/api/core';
import {
  groupIdsOfMemberSql,
  mayReadContentSql,
  viewerRelationColumnsSql,
} from '@hearth/api/groups';
import {
  GroupRole,
  GroupVisibility,
  HASHTAG_NAME,
  normaliseHashtag,
  OrgRole,
  PostingPolicy,
} from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { PostAccess } from '../posts/post-access';
import { timeCursor } from '../posts/cursors';
import {
  CardsService,
  GROUP_OF_POST,
  viewerCardColumns,
  ViewerCardRow,
} from '../cards/cards.service';
import { Post, PostRecord } from '../posts/post.model';
import { POST_COLUMNS, PostRow, toPost } from '../posts/post.rows';

interface Page {
  first: number;
  after?: string | null;
}

const LIVE = `p.status = 'PUBLISHED' AND p.deleted_at IS NULL`;

/** What a page row needs (`viewerCardColumns`); the rest of a card comes from the card cache. */
const PAGE_COLUMNS = `p.id, p.group_id, p.kind, p.published_at, p.needs_acknowledgement,
  p.accepted_comment_id, p.card_version`;

/**
 * The keyset condition: rows after the cursor, or (first page) a condition that is true and
 * still types the unused cursor parameters. Two statements rather than `$ts IS NULL OR ...`, so
 * each has one plan that PostgreSQL can prepare once and reuse.
 */
function before(tsParam: number, after: boolean, columns = 'p.published_at, p.id'): string {
  const ts = `$${tsParam}::timestamptz`;
  const id = `$${tsParam + 1}::uuid`;
  return after ? `(${columns}) < (${ts}, ${id})` : `(${ts} IS NULL AND ${id} IS NULL)`;
}

/**
 * Whether the viewer ($1, with org admin flag $2) may read the content of post p's group:
 * the same rule as `canSeeContent`, written as SQL so a feed filters in the database.
 */
const CAN_READ_GROUP = mayReadContentSql({ id: 'p.group_id' }, '$1', '$2::boolean');

/**
 * Feeds: newest first by (published_at, id), continued with a keyset cursor (never OFFSET), so a
 * post published while someone scrolls neither repeats nor hides anything on the next page. Each
 * query walks a partial index that holds only published, undeleted posts.
 */
@Injectable()
export class FeedsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: PostAccess,
    private readonly cards: CardsService,
  ) {}

  /**
   * A group's posts. The viewer's access to the group comes with the page, in the same statement
   * (`groupFeedSql`): the group is NOT_FOUND or its posts MEMBERS_ONLY exactly as `readableGroup`
   * decides, and the page is only used once that has passed.
   */
  async group(actor: AuthUser, groupId: string, page: Page): Promise<Connection<Post>> {
    if (!isUuid(groupId)) throw notFound('That group');
    const [ts, id] = this.cursor(page);
    const rows = await preparedQuery<GroupPageRow>(
      this.ds,
      page.after ? 'feed.group.after' : 'feed.group',
      groupFeedSql(Boolean(page.after)),
      [groupId, ts, id, page.first + 1, actor.id],
    );
    const head = rows[0];
    if (!head) throw notFound('That group');
    this.access.checkReadable({
      orgRole: actor.orgRole,
      visibility: head.acc_visibility,
      postingPolicy: head.acc_posting_policy,
      archived: head.acc_archived,
      role: head.acc_role,
      banned: head.acc_banned,
      invited: head.acc_invited,
      requested: head.acc_requested,
    });
    // An empty page is the one row of the group's access with no post joined to it.
    return this.page(
      rows.filter((r): r is GroupPageRow & { id: string } => r.id !== null),
      page.first,
      actor,
    );
  }

  /**
   * Posts from the groups I am a member of. One index range per group, each cut at the page size,
   * so the cost depends on my groups and the page, not on how many posts exist.
   */
  async home(actor: AuthUser, page: Page): Promise<Connection<Post>> {
    const [ts, id] = this.cursor(page);
    return this.run(
      page.after ? 'feed.home.after' : 'feed.home',
      homeFeedSql(Boolean(page.after)),
      [actor.id, ts, id, page.first + 1],
      page.first,
      actor,
    );
  }

  /** A person's posts, only in groups whose content the viewer may read. */
  async activity(actor: AuthUser, userId: string, page: Page): Promise<Connection<Post>> {
    if (!isUuid(userId)) throw notFound('That person');
    const [ts, id] = this.cursor(page);
    return this.run(
      page.after ? 'feed.activity.after' : 'feed.activity',
      cardPageSql(
        `SELECT ${PAGE_COLUMNS} FROM posts p
        WHERE p.author_id = $3 AND ${LIVE} AND ${before(4, Boolean(page.after))} AND ${CAN_READ_GROUP}
        ORDER BY p.published_at DESC, p.id DESC LIMIT $6`,
        '$1',
      ),
      [actor.id, actor.orgRole === OrgRole.ADMIN, userId, ts, id, page.first + 1],
      page.first,
      actor,
    );
  }

  /** A hashtag's posts, only in groups whose content the viewer may read. */
  async hashtag(actor: AuthUser, rawTag: string, page: Page): Promise<Connection<Post>> {
    const tag = normaliseHashtag(rawTag);
    if (!HASHTAG_NAME.test(tag))
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const [ts, id] = this.cursor(page);
    return this.run(
      page.after ? 'feed.hashtag.after' : 'feed.hashtag',
      cardPageSql(
        `SELECT ${PAGE_COLUMNS} FROM post_hashtags h JOIN posts p ON p.id = h.post_id
        WHERE h.tag = $3 AND ${LIVE} AND ${CAN_READ_GROUP}
          AND ${before(4, Boolean(page.after), 'h.published_at, h.post_id')}
        ORDER BY h.published_at DESC, h.post_id DESC LIMIT $6`,
        '$1',
      ),
      [actor.id, actor.orgRole === OrgRole.ADMIN, tag, ts, id, page.first + 1],
      page.first,
      actor,
    );
  }

  /**
   * What stays at the top: pinned posts, and announcements I have not acknowledged yet (until
   * their deadline). For one group, or for the home feed across my groups. Announcements to
   * acknowledge come first, then the rest by when they were pinned or published, a page at a time
   * (keyset on that order: announcement first, time, id — all descending).
   */
  async highlights(
    actor: AuthUser,
    groupId: string | null,
    page: Page,
  ): Promise<Connection<PostRecord>> {
    if (groupId) await this.access.readableGroup(actor, groupId);
    const [flag, ts, id] = page.after
      ? decodeCursorAs(page.after, ['int', 'timestamptz', 'uuid'])
      : [null, null, null];
    const rows: Array<PostRow & { ack_first: number; at_key: string }> = await this.ds.query(
      `SELECT * FROM (
         SELECT ${POST_COLUMNS},
                CASE WHEN p.needs_acknowledgement AND p.pinned_at IS NULL THEN 1 ELSE 0 END AS ack_first,
                coalesce(p.pinned_at, p.published_at) AS at, coalesce(p.pinned_at, p.published_at)::text AS at_key
           FROM posts p
          WHERE ${groupId ? 'p.group_id = $2' : `$2::uuid IS NULL AND p.group_id IN (${groupIdsOfMemberSql('$1')})`}
            AND ${LIVE} AND (p.pinned_at IS NOT NULL OR p.needs_acknowledgement)
            AND (p.pinned_at IS NOT NULL OR (
                  p.author_id <> $1
                  AND (p.acknowledge_until IS NULL OR p.acknowledge_until > now())
                  AND NOT EXISTS (SELECT 1 FROM post_acknowledgements a WHERE a.post_id = p.id AND a.user_id = $1)))
       ) h
       WHERE $3::int IS NULL OR (h.ack_first, h.at, h.id) < ($3::int, $4::timestamptz, $5::uuid)
       ORDER BY h.ack_first DESC, h.at DESC, h.id DESC
       LIMIT $6`,
      [actor.id, groupId, flag, ts, id, page.first + 1],
    );
    return toConnection(rows, page.first, (r) => [r.ack_first, r.at_key, r.id], toPost);
  }

  private cursor(page: Page): [string | null, string | null] {
    return page.after ? timeCursor(page.after) : [null, null];
  }

  private async run(
    name: string,
    sql: string,
    params: unknown[],
    first: number,
    viewer: AuthUser,
  ): Promise<Connection<Post>> {
    // The page with each post's card version and the viewer's own card fields, in one statement.
    return this.page(await preparedQuery<ViewerCardRow>(this.ds, name, sql, params), first, viewer);
  }

  /** A connection of cards for page rows (`first` + 1 of them when there is a next page). */
  private async page(
    rows: ViewerCardRow[],
    first: number,
    viewer: AuthUser,
  ): Promise<Connection<Post>> {
    const conn = toConnection(
      rows,
      first,
      (r) => [r.sort_key ?? '', r.id],
      (r) => r,
    );
    const cards = new Map(
      (
        await this.cards.fromRows(
          viewer,
          conn.edges.map((e) => e.node),
        )
      ).map((c) => [c.id, c]),
    );
    return {
      ...conn,
      edges: conn.edges.flatMap((e) => {
        const node = cards.get(e.node.id);
        return node ? [{ cursor: e.cursor, node }] : [];
      }),
    };
  }
}

/** A page of posts (`pageSql`, newest first) with each card's page columns; `viewer` names the viewer's parameter. */
function cardPageSql(pageSql: string, viewer: string): string {
  return `WITH page AS (${pageSql})
       SELECT ${viewerCardColumns(viewer)}
         FROM page p CROSS JOIN LATERAL (${GROUP_OF_POST}) g
        ORDER BY p.published_at DESC, p.id DESC`;
}

/** The viewer's access to the group, read with a group feed's page (`GroupAccess` but the org role). */
interface GroupAccessHead {
  acc_visibility: GroupVisibility;
  acc_posting_policy: PostingPolicy;
  acc_archived: boolean;
  acc_role: GroupRole | null;
  acc_banned: boolean;
  acc_invited: boolean;
  acc_requested: boolean;
}

/** A group feed row: the access, and a post of the page (all NULL when the page is empty). */
interface GroupPageRow extends GroupAccessHead, Omit<ViewerCardRow, 'id'> {
  id: string | null;
}

/**
 * A group's feed page with its cards, headed by the viewer's access to the group: $1 group,
 * $2/$3 cursor (published_at, id; NULLs on the first page), $4 page size + 1, $5 viewer. No row
 * when the group does not exist; one row with NULL post columns when the page is empty. Exported so
 * `cli feed-sql` can show the exact statement.
 */
export function groupFeedSql(after: boolean): string {
  return `WITH acc AS (
         SELECT g.visibility AS acc_visibility, g.posting_policy AS acc_posting_policy,
                g.archived_at IS NOT NULL AS acc_archived,
                ${viewerRelationColumnsSql('g.id', '$5', 'acc_')}
           FROM groups g WHERE g.id = $1),
       page AS (
         SELECT ${PAGE_COLUMNS} FROM posts p
          WHERE p.group_id = $1 AND ${LIVE} AND ${before(2, after)}
          ORDER BY p.published_at DESC, p.id DESC LIMIT $4)
       SELECT a.*, ${viewerCardColumns('$5')}
         FROM acc a LEFT JOIN (page p CROSS JOIN LATERAL (${GROUP_OF_POST}) g) ON true
        ORDER BY p.published_at DESC, p.id DESC`;
}

/**
 * The home feed page with its cards: $1 viewer, $2/$3 cursor, $4 page size + 1. One index range
 * per group I am in, each cut at the page size, so the cost depends on my groups and the page, not
 * on how many posts exist.
 */
export function homeFeedSql(after: boolean): string {
  return cardPageSql(
    `SELECT p.* FROM (${groupIdsOfMemberSql('$1')}) gm
        CROSS JOIN LATERAL (
          SELECT ${PAGE_COLUMNS} FROM posts p
           WHERE p.group_id = gm.group_id AND ${LIVE} AND ${before(2, after)}
           ORDER BY p.published_at DESC, p.id DESC LIMIT $4) p
        ORDER BY p.published_at DESC, p.id DESC LIMIT $4`,
    '$1',
  );
}
