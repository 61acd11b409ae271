import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, badInput, Connection, isUuid, notFound } from '@hearth/api/core';
import { groupIdsOfMemberSql, groupVisibleSql, isMemberSql } from '@hearth/api/groups';
import { PERSON_NAME_JSON } from '@hearth/api/identity';
import { DataSource, EntityManager } from 'typeorm';
import {
  GroupNotificationLevel,
  Notification,
  NotificationKind,
  NotificationLevel,
  NotificationPreferences,
} from './notification.model';
import { link, summary } from './notification-text';

export const MAX_PAGE = 50;

interface Row {
  id: string;
  kind: NotificationKind;
  subject_key: string;
  group_id: string | null;
  group_name: string | null;
  group_slug: string | null;
  post_id: string | null;
  comment_id: string | null;
  town_hall_id: string | null;
  town_hall_title: string | null;
  question_id: string | null;
  actor_count: number;
  actors: Array<{ id: string; displayName: string }> | null;
  event_count: number;
  detail: string | null;
  created_at: Date;
  updated_at: Date;
  read_at: Date | null;
}

/**
 * A notification with the names it shows. A group's name and address, and a town hall's title, are
 * read live, but only while the recipient may still see the group (and, for a SECRET group's town
 * hall, is still its member, or an org admin): someone removed from a SECRET group keeps their
 * earlier notifications, which then name "a group you can no longer see" and "a town hall", never
 * what the group is called now.
 */
const SELECT_ROWS = `
SELECT n.id, n.kind, n.subject_key, n.group_id, g.name AS group_name, g.slug AS group_slug,
       n.post_id, n.comment_id, n.actor_count, n.event_count, n.detail,
       n.town_hall_id, n.question_id, th.title AS town_hall_title,
       n.created_at, n.updated_at, n.read_at,
       (SELECT json_agg(${PERSON_NAME_JSON('u')} ORDER BY a.ord)
          FROM unnest(n.actor_ids[1:3]) WITH ORDINALITY AS a(id, ord)
          JOIN users u ON u.id = a.id) AS actors
  FROM notifications n
  JOIN users r ON r.id = n.recipient_id
  LEFT JOIN groups g ON g.id = n.group_id AND ${groupVisibleSql('g', 'n.recipient_id', `r.org_role = 'ADMIN'`)}
  LEFT JOIN town_halls th ON th.id = n.town_hall_id
        AND (th.audience_group_id IS NULL OR r.org_role = 'ADMIN'
             OR NOT EXISTS (SELECT 1 FROM groups tg WHERE tg.id = th.audience_group_id AND tg.visibility = 'SECRET')
             OR ${isMemberSql('th.audience_group_id', 'n.recipient_id', 'exists')})`;

/** What a notification calls a group its reader may no longer see. */
export const UNSEEN_GROUP = 'a group you can no longer see';

const encode = (r: { updated_at: Date; id: string }): string =>
  Buffer.from(`${r.updated_at.toISOString()}|${r.id}`).toString('base64url');

function decode(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || !isUuid(id) || Number.isNaN(Date.parse(at)))
    throw badInput('That cursor is not valid.', 'after');
  return { at, id };
}

/** Reading and managing one's own notifications and preferences. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(
    viewer: AuthUser,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<Connection<Notification>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw badInput(`Ask for 1 to ${MAX_PAGE} notifications.`, 'first');
    const cursor = after ? decode(after) : null;
    const rows: Row[] = await this.ds.query(
      `${SELECT_ROWS}
        WHERE n.recipient_id = $1
          AND ($2::timestamptz IS NULL OR (n.updated_at, n.id) < ($2::timestamptz, $3::uuid))
          AND (NOT $4::boolean OR n.read_at IS NULL)
        ORDER BY n.updated_at DESC, n.id DESC
        LIMIT $5`,
      [viewer.id, cursor?.at ?? null, cursor?.id ?? null, unreadOnly, first + 1],
    );
    const page = rows.slice(0, first);
    return {
      edges: page.map((r) => ({ cursor: encode(r), node: toNotification(r) })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encode(page[page.length - 1] as Row) : null,
      },
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row?.n ?? 0;
  }

  /** Marks one of the viewer's notifications read (someone else's is NOT_FOUND). */
  async markRead(viewer: AuthUser, id: string): Promise<Notification> {
    if (!isUuid(id)) throw notFound('That notification');
    const updated: Array<{ id: string }> = await this.ds.query(
      // Through a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      `WITH u AS (UPDATE notifications SET read_at = COALESCE(read_at, now())
                   WHERE id = $1 AND recipient_id = $2 RETURNING id)
       SELECT id FROM u`,
      [id, viewer.id],
    );
    if (!updated.length) throw notFound('That notification');
    const row = await this.one(id);
    return toNotification(row);
  }

  async markAllRead(viewer: AuthUser): Promise<number> {
    const rows: Array<{ id: string }> = await this.ds.query(
      `WITH u AS (UPDATE notifications SET read_at = now()
                   WHERE recipient_id = $1 AND read_at IS NULL RETURNING id)
       SELECT id FROM u`,
      [viewer.id],
    );
    return rows.length;
  }

  async preferences(viewer: AuthUser): Promise<NotificationPreferences> {
    const [muted, groups] = await Promise.all([
      this.ds.query<Array<{ kind: NotificationKind }>>(
        `SELECT kind FROM notification_muted_kinds WHERE user_id = $1 ORDER BY kind`,
        [viewer.id],
      ),
      this.ds.query<Array<{ group_id: string; group_name: string; level: NotificationLevel }>>(
        `SELECT g.id AS group_id, g.name AS group_name, COALESCE(l.level, 'HIGHLIGHTS') AS level
           FROM (${groupIdsOfMemberSql('$1')}) m
           JOIN groups g ON g.id = m.group_id
           LEFT JOIN notification_group_levels l ON l.user_id = $1 AND l.group_id = m.group_id
          ORDER BY lower(g.name), g.id`,
        [viewer.id],
      ),
    ]);
    return {
      mutedKinds: muted.map((m) => m.kind),
      groups: groups.map((g) => ({ groupId: g.group_id, groupName: g.group_name, level: g.level })),
    };
  }

  /** Sets the viewer's level for a group they are a member of. */
  async setGroupLevel(
    viewer: AuthUser,
    groupId: string,
    level: NotificationLevel,
  ): Promise<GroupNotificationLevel> {
    if (!isUuid(groupId)) throw notFound('That group');
    return this.ds.transaction(async (m: EntityManager) => {
      const [group] = await m.query<Array<{ name: string }>>(
        `SELECT g.name FROM groups g WHERE g.id = $1 AND ${isMemberSql('g.id', '$2', 'exists')}`,
        [groupId, viewer.id],
      );
      // Not a member: the group's existence is not revealed (a secret group looks the same).
      if (!group) throw notFound('That group');
      await m.query(
        `INSERT INTO notification_group_levels (user_id, group_id, level) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, group_id) DO UPDATE SET level = EXCLUDED.level`,
        [viewer.id, groupId, level],
      );
      return { groupId, groupName: group.name, level };
    });
  }

  async setKindMuted(
    viewer: AuthUser,
    kind: NotificationKind,
    muted: boolean,
  ): Promise<NotificationPreferences> {
    await this.ds.query(
      muted
        ? `INSERT INTO notification_muted_kinds (user_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM notification_muted_kinds WHERE user_id = $1 AND kind = $2`,
      [viewer.id, kind],
    );
    return this.preferences(viewer);
  }

  private async one(id: string): Promise<Row> {
    const [row] = await this.ds.query<Row[]>(`${SELECT_ROWS} WHERE n.id = $1`, [id]);
    if (!row) throw notFound('That notification');
    return row;
  }
}

function toNotification(r: Row): Notification {
  const actors = r.actors ?? [];
  // A group the reader may no longer see is not named, nor identified.
  const unseen = r.group_id !== null && r.group_name === null;
  const groupName = unseen ? UNSEEN_GROUP : r.group_name;
  const actorCount = r.actor_count;
  return {
    id: r.id,
    kind: r.kind,
    summary: summary({
      kind: r.kind,
      actorNames: actors.map((a) => a.displayName),
      actorCount,
      eventCount: r.event_count,
      groupName,
      onComment: r.subject_key.startsWith('REPLY:comment:'),
      asked: r.subject_key.endsWith(':asked'),
      townHallTitle: r.town_hall_title,
      detail: r.detail,
    }),
    link: link({
      kind: r.kind,
      postId: r.post_id,
      commentId: r.comment_id,
      groupSlug: r.group_slug,
      townHallId: r.town_hall_id,
      questionId: r.question_id,
    }),
    actors,
    actorCount,
    eventCount: r.event_count,
    groupId: unseen ? null : r.group_id,
    groupName: r.group_name,
    postId: r.post_id,
    commentId: r.comment_id,
    townHallId: r.town_hall_id,
    townHallTitle: r.town_hall_title,
    questionId: r.question_id,
    detail: r.detail,
    read: r.read_at !== null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
