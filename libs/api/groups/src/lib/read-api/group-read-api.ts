import { AuthUser, GraphqlContext } from '@hearth/api/core';
import { GroupRole, JoinRequestStatus, OrgRole } from '@hearth/shared/util';
import DataLoader from 'dataloader';
import {
  groupIdsOfMemberSql,
  mayReadContentSql,
  memberIdsSql,
  viewerRelationColumnsSql,
} from './group-access.sql';

/**
 * The groups domain's read API as functions: batch reads of one person against many groups, built
 * on the fragments of group-access.sql.ts, and the per-request loader of the viewer relation.
 */

/** How a person stands towards a group (the part of `GroupAccess` that is about the person). */
export interface ViewerRelation {
  role: GroupRole | null;
  banned: boolean;
  invited: boolean;
  requested: boolean;
}

export const NO_RELATION: ViewerRelation = Object.freeze({
  role: null,
  banned: false,
  invited: false,
  requested: false,
});

/** Whatever runs a statement: a DataSource or a transaction's EntityManager. */
export interface Queryable {
  query<T>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** A person's relation to each of the groups, in one statement (NO_RELATION when none). */
export async function viewerRelations(
  db: Queryable,
  userId: string,
  groupIds: readonly string[],
): Promise<Map<string, ViewerRelation>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db.query<Array<ViewerRelation & { id: string }>>(
    `SELECT g.id, ${viewerRelationColumnsSql('g.id', '$2::uuid')}
       FROM unnest($1::uuid[]) AS g(id)`,
    [groupIds, userId],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { role: r.role, banned: r.banned, invited: r.invited, requested: r.requested },
    ]),
  );
}

/** Of these groups, those whose content the person may read (`canSeeContent`), in one statement. */
export async function readableGroupIds(
  db: Queryable,
  person: Pick<AuthUser, 'id' | 'orgRole'>,
  groupIds: readonly string[],
): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const rows = await db.query<Array<{ id: string }>>(
    `SELECT g.id FROM groups g
      WHERE g.id = ANY($1::uuid[]) AND ${mayReadContentSql({ alias: 'g' }, '$2::uuid', '$3::boolean', 'exists')}`,
    [groupIds, person.id, person.orgRole === OrgRole.ADMIN],
  );
  return new Set(rows.map((r) => r.id));
}

/** The ids of the groups the person is a member of. */
export async function memberGroupIds(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db.query<Array<{ group_id: string }>>(groupIdsOfMemberSql('$1::uuid'), [
    userId,
  ]);
  return rows.map((r) => r.group_id);
}

/** Whatever reads viewer relations in batch (the groups service does, through `viewerRelations`). */
export interface ViewerRelationReader {
  viewerRelations(
    userId: string,
    groupIds: readonly string[],
  ): Promise<Map<string, ViewerRelation>>;
}

/**
 * The viewer's relation to groups, once per request and person × group: the group lookup
 * (`group(id, slug)`) fills it with what its own statement read (`primeViewerRelation`), so the
 * group's fields (`viewerStatus`, `viewerRole`, `viewerPermissions`) and the post fields that ask
 * for the same group cost no statement of their own.
 */
export function viewerRelationLoader(
  ctx: GraphqlContext,
  reader: ViewerRelationReader,
  viewerId: string,
): DataLoader<string, ViewerRelation> {
  return ctx.loaders.get<string, ViewerRelation>(
    `groups.viewerRelation:${viewerId}`,
    async (ids) => {
      const rel = await reader.viewerRelations(viewerId, ids);
      return ids.map((id) => rel.get(id) ?? NO_RELATION);
    },
  );
}

/** Records a relation the caller has just read, so the loader does not read it again. */
export function primeViewerRelation(
  ctx: GraphqlContext,
  reader: ViewerRelationReader,
  viewerId: string,
  groupId: string,
  relation: ViewerRelation,
): void {
  viewerRelationLoader(ctx, reader, viewerId).prime(groupId, relation);
}

/** Of these people, those who are members of the group, in one statement. */
export async function membersAmong(
  db: Queryable,
  groupId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.query<Array<{ user_id: string }>>(
    `SELECT m.user_id FROM (${memberIdsSql('$1::uuid')}) m WHERE m.user_id = ANY($2::uuid[])`,
    [groupId, userIds],
  );
  return new Set(rows.map((r) => r.user_id));
}

/** The ids of the group's members who hold one of these roles. */
export async function membersWithRole(
  db: Queryable,
  groupId: string,
  roles: readonly GroupRole[],
): Promise<string[]> {
  const rows = await db.query<Array<{ user_id: string }>>(
    `SELECT m.user_id FROM group_memberships m WHERE m.group_id = $1 AND m.role = ANY($2::text[])`,
    [groupId, roles],
  );
  return rows.map((r) => r.user_id);
}

/** A request to join, if it is in this state: whose, and for which group. */
export async function joinRequestIn(
  db: Queryable,
  requestId: string,
  status: JoinRequestStatus,
): Promise<{ groupId: string; userId: string } | null> {
  const [r] = await db.query<Array<{ group_id: string; user_id: string }>>(
    `SELECT group_id, user_id FROM group_join_requests WHERE id = $1 AND status = $2`,
    [requestId, status],
  );
  return r ? { groupId: r.group_id, userId: r.user_id } : null;
}

/** A pending invitation: who is invited to which group, by whom. */
export async function pendingInvitation(
  db: Queryable,
  invitationId: string,
): Promise<{ groupId: string; userId: string; invitedById: string } | null> {
  const [i] = await db.query<Array<{ group_id: string; user_id: string; invited_by_id: string }>>(
    `SELECT group_id, user_id, invited_by_id FROM group_invitations
      WHERE id = $1 AND status = 'PENDING'`,
    [invitationId],
  );
  return i ? { groupId: i.group_id, userId: i.user_id, invitedById: i.invited_by_id } : null;
}
