import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuthUser,
  containsPattern,
  isUuid,
  notFound,
  preparedQuery,
} from '@hearth/api/core';
import {
  canSeeContent,
  canSeeGroup,
  GroupAccess,
  GroupEntity,
  GroupsService,
  isBannedSql,
  isMemberSql,
  NO_RELATION,
  ViewerRelation,
  viewerRelationColumnsSql,
} from '@hearth/api/groups';
import { User, UserEntity, toUser } from '@hearth/api/identity';
import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { DataSource, EntityManager } from 'typeorm';
import { PostRecord } from './post.model';
import { canReadPost } from './post.policy';
import { factsOf, POST_COLUMNS, PostRow, toPost } from './post.rows';

export interface GroupContext {
  group: GroupEntity;
  access: GroupAccess;
}

export interface PostContext extends GroupContext {
  post: PostRecord;
}

export const archivedError = (): AppError =>
  new AppError(ErrorCode.FORBIDDEN, 'This group is archived: it takes no new content.', {
    reason: 'ARCHIVED',
  });

export const refused = (message: string, reason: string): AppError =>
  new AppError(ErrorCode.FORBIDDEN, message, { reason });

/**
 * Loads a group or a post together with the actor's access, inside the caller's transaction when
 * one is given. Whatever the actor may not read answers NOT_FOUND, so its existence stays private.
 */
@Injectable()
export class PostAccess {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly groups: GroupsService,
  ) {}

  async group(
    actor: AuthUser,
    groupId: string,
    m: EntityManager = this.ds.manager,
    lock = false,
  ): Promise<GroupContext> {
    if (!isUuid(groupId)) throw notFound('That group');
    if (!lock && m === this.ds.manager) return this.groupFast(actor, groupId);
    const qb = m.getRepository(GroupEntity).createQueryBuilder('g').where('g.id = :groupId', {
      groupId,
    });
    if (lock) qb.setLock('pessimistic_write');
    const group = await qb.getOne();
    if (!group) throw notFound('That group');
    const rel = (await this.groups.viewerRelations(actor.id, [group.id], m)).get(group.id);
    const access = this.groups.accessOf(actor, group, {
      role: rel?.role ?? null,
      banned: rel?.banned ?? false,
      invited: rel?.invited ?? false,
      requested: rel?.requested ?? false,
    });
    if (!canSeeGroup(access)) throw notFound('That group');
    return { group, access };
  }

  /**
   * Of these posts, those the actor may read (the rule of `post`, without its errors): their groups
   * and the actor's relations to them in two statements, however many posts and groups.
   */
  async readable(actor: AuthUser, posts: readonly PostRecord[]): Promise<PostRecord[]> {
    const groupIds = [...new Set(posts.map((p) => p.groupId))];
    if (groupIds.length === 0) return [];
    const [groups, relations] = await Promise.all([
      this.groups.groupsByIds(groupIds),
      this.groups.viewerRelations(actor.id, groupIds),
    ]);
    return posts.filter((post) => {
      const group = groups.get(post.groupId);
      if (!group) return false;
      const access = this.groups.accessOf(actor, group, relations.get(post.groupId) ?? NO_RELATION);
      return canSeeGroup(access) && canReadPost(access, actor.id, factsOf(post));
    });
  }

  /** The same, outside a transaction: the group and the actor's relation in one prepared statement. */
  private async groupFast(actor: AuthUser, groupId: string): Promise<GroupContext> {
    const rows = await preparedQuery<GroupEntity & ViewerRelation>(
      this.ds,
      'access.group',
      `SELECT g.id, g.slug, g.name, g.description, g.category, g.visibility, g.cover_color AS "coverColor",
              g.cover_image_url AS "coverImageUrl", g.posting_policy AS "postingPolicy",
              g.post_approval AS "postApproval", g.membership_questions AS "membershipQuestions",
              g.archived_at AS "archivedAt", g.created_by_id AS "createdById", g.created_at AS "createdAt",
              g.updated_at AS "updatedAt",
              ${viewerRelationColumnsSql('g.id', '$2')}
         FROM groups g WHERE g.id = $1`,
      [groupId, actor.id],
    );
    const row = rows[0];
    if (!row) throw notFound('That group');
    const { role, banned, invited, requested, ...group } = row;
    const access = this.groups.accessOf(actor, group, {
      role,
      banned,
      invited,
      requested,
    });
    if (!canSeeGroup(access)) throw notFound('That group');
    return { group: group, access };
  }

  /**
   * The rule of `readableGroup` for access read by the caller's own statement: NOT_FOUND for a
   * group the actor may not see, FORBIDDEN (MEMBERS_ONLY) for content they may not read.
   */
  checkReadable(access: GroupAccess): void {
    if (!canSeeGroup(access)) throw notFound('That group');
    if (!canSeeContent(access)) {
      throw refused("This group's posts are for its members.", 'MEMBERS_ONLY');
    }
  }

  /** A group whose content the actor may read (FORBIDDEN for a CLOSED group's outsiders). */
  async readableGroup(
    actor: AuthUser,
    groupId: string,
    m: EntityManager = this.ds.manager,
  ): Promise<GroupContext> {
    const ctx = await this.group(actor, groupId, m);
    this.checkReadable(ctx.access);
    return ctx;
  }

  /** A post the actor may read, optionally locked for update. */
  async post(
    actor: AuthUser,
    postId: string,
    m: EntityManager = this.ds.manager,
    lock = false,
  ): Promise<PostContext> {
    if (!isUuid(postId)) throw notFound('That post');
    const rows: PostRow[] = await m.query(
      `SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [postId],
    );
    const row = rows[0];
    if (!row) throw notFound('That post');
    const post = toPost(row);
    let ctx: GroupContext;
    try {
      ctx = await this.group(actor, post.groupId, m);
    } catch {
      throw notFound('That post');
    }
    if (!canReadPost(ctx.access, actor.id, factsOf(post))) throw notFound('That post');
    return { ...ctx, post };
  }

  /**
   * Of the given people, those who may read the group's content: everyone active (not banned)
   * for an OPEN group, otherwise its members and org admins. A mention of anyone else stays
   * plain text, so it tells them nothing.
   */
  async mentionable(
    m: EntityManager,
    group: GroupEntity,
    userIds: readonly string[],
  ): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: Array<{ id: string }> = await m.query(
      `SELECT u.id FROM users u
        WHERE u.id = ANY($1::uuid[]) AND u.active
          AND NOT ${isBannedSql('$2', 'u.id', 'exists')}
          AND ($3 = 'OPEN' OR u.org_role = 'ADMIN' OR ${isMemberSql('$2', 'u.id', 'exists')})`,
      [userIds, group.id, group.visibility],
    );
    const ok = new Set(rows.map((r) => r.id));
    return userIds.filter((id) => ok.has(id));
  }

  /**
   * People a post in this group can mention, by name (at most 8): those `mentionable` admits,
   * whose name contains `search`. NOT_FOUND / FORBIDDEN as `readableGroup`.
   */
  async mentionCandidates(actor: AuthUser, groupId: string, search: string): Promise<User[]> {
    const { group } = await this.readableGroup(actor, groupId);
    const qb = this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.active')
      .andWhere(`NOT ${isBannedSql(':gid', 'u.id', 'exists')}`, { gid: group.id });
    if (group.visibility !== GroupVisibility.OPEN) {
      qb.andWhere(`(u.org_role = 'ADMIN' OR ${isMemberSql(':gid', 'u.id', 'exists')})`);
    }
    if (search.trim()) {
      qb.andWhere(`lower(u.display_name) LIKE :pattern`, {
        pattern: containsPattern(search.trim()),
      });
    }
    const rows = await qb.orderBy('u.display_name').addOrderBy('u.id').limit(8).getMany();
    return rows.map(toUser);
  }
}
