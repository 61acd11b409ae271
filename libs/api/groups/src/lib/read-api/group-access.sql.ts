import { hasRow } from '@hearth/api/core';
import { GroupRole } from '@hearth/shared/util';

/**
 * The groups domain's read API in SQL: the one place outside the groups service where the tables
 * `group_memberships`, `group_bans`, `group_invitations` and `group_join_requests` are spelled.
 * Other domains compose these fragments into their own statements instead of writing the joins
 * again; each rule that also exists as a policy function (group.policy.ts) says which, and
 * apps/api-e2e/src/groups/group-access-sql.e2e-spec.ts checks that both agree on every case.
 *
 * Arguments are SQL expressions, never values: `groupId` and `userId` evaluate to uuids (a
 * column such as `p.group_id` or a parameter such as `$2`), `orgAdmin` to a boolean, `g` is the
 * alias of a `groups` row. Parameters should carry their type (`$2::uuid`) where PostgreSQL
 * cannot infer it.
 */

/**
 * How an existence test is written. `scalar` (the default) is `hasRow`: a LIMIT 1 scalar
 * subquery that stays one index lookup per row under the generic plans of `preparedQuery`;
 * `exists` is a plain EXISTS, which a planner with custom plans may turn into a semi-join.
 * Both give the same answer.
 */
export type RowTest = 'scalar' | 'exists';

const test = (from: string, form: RowTest): string =>
  form === 'exists' ? `EXISTS (SELECT 1 FROM ${from})` : hasRow(from);

/**
 * Each fragment names its tables with a fixed `ga_*` alias, so that a statement's text is the
 * same on every call (prepared statements are kept by name and text) and never shadows an alias
 * of the statement it is put into.
 */
const alias = (name: string): string => name;

// ---------- the viewer relation: role, banned, invited, requested ----------

/** The person's role in the group (`group_role` enum), NULL when not a member. */
export const viewerRoleSql = (groupId: string, userId: string): string => {
  const m = alias('ga_m');
  return `(SELECT ${m}.role FROM group_memberships ${m} WHERE ${m}.group_id = ${groupId} AND ${m}.user_id = ${userId})`;
};

/** Whether the person is a member (of any role). */
export const isMemberSql = (groupId: string, userId: string, form: RowTest = 'scalar'): string => {
  const m = alias('ga_m');
  return test(
    `group_memberships ${m} WHERE ${m}.group_id = ${groupId} AND ${m}.user_id = ${userId}`,
    form,
  );
};

/** Whether the person is banned from the group. */
export const isBannedSql = (groupId: string, userId: string, form: RowTest = 'scalar'): string => {
  const b = alias('ga_b');
  return test(
    `group_bans ${b} WHERE ${b}.group_id = ${groupId} AND ${b}.user_id = ${userId}`,
    form,
  );
};

/** Whether the person has a pending invitation to the group. */
export const isInvitedSql = (groupId: string, userId: string, form: RowTest = 'scalar'): string => {
  const i = alias('ga_i');
  return test(
    `group_invitations ${i} WHERE ${i}.group_id = ${groupId} AND ${i}.user_id = ${userId} AND ${i}.status = 'PENDING'`,
    form,
  );
};

/** Whether the person has a pending request to join the group. */
export const hasRequestedSql = (
  groupId: string,
  userId: string,
  form: RowTest = 'scalar',
): string => {
  const r = alias('ga_r');
  return test(
    `group_join_requests ${r} WHERE ${r}.group_id = ${groupId} AND ${r}.user_id = ${userId} AND ${r}.status = 'PENDING'`,
    form,
  );
};

/**
 * The four columns of the viewer relation (`ViewerRelation`), named `<prefix>role`,
 * `<prefix>banned`, `<prefix>invited`, `<prefix>requested`.
 */
export const viewerRelationColumnsSql = (
  groupId: string,
  userId: string,
  prefix = '',
  form: RowTest = 'scalar',
): string =>
  [
    `${viewerRoleSql(groupId, userId)} AS ${prefix}role`,
    `${isBannedSql(groupId, userId, form)} AS ${prefix}banned`,
    `${isInvitedSql(groupId, userId, form)} AS ${prefix}invited`,
    `${hasRequestedSql(groupId, userId, form)} AS ${prefix}requested`,
  ].join(',\n       ');

// ---------- the rules, as conditions ----------

/**
 * `canSeeGroup`: an OPEN or CLOSED group, or a SECRET one the person is a member of or invited
 * to, or any group for an org admin. `g` is the groups row's alias.
 */
export const groupVisibleSql = (
  g: string,
  userId: string,
  orgAdmin: string,
  form: RowTest = 'exists',
): string =>
  `(${g}.visibility <> 'SECRET' OR ${orgAdmin}
    OR ${isMemberSql(`${g}.id`, userId, form)}
    OR ${isInvitedSql(`${g}.id`, userId, form)})`;

/**
 * `canSeeContent`: everyone not banned reads an OPEN group's content; members and org admins
 * read every group's. `group` names the group either by a groups row's alias (`{ alias: 'g' }`)
 * or by an id expression alone (`{ id: 'p.group_id' }`, then the visibility is looked up).
 */
export const mayReadContentSql = (
  group: { alias: string } | { id: string },
  userId: string,
  orgAdmin: string,
  form: RowTest = 'scalar',
): string => {
  const id = 'alias' in group ? `${group.alias}.id` : group.id;
  let open: string;
  if ('alias' in group) open = `${group.alias}.visibility = 'OPEN'`;
  else {
    const v = alias('ga_g');
    open = test(`groups ${v} WHERE ${v}.id = ${id} AND ${v}.visibility = 'OPEN'`, form);
  }
  return `(${orgAdmin}
   OR ${isMemberSql(id, userId, form)}
   OR (${open} AND NOT ${isBannedSql(id, userId, form)}))`;
};

/**
 * `permissions(...).canPost`: a member of a live group whose posting policy lets everyone post,
 * or an admin or owner of any live group. `g` is the groups row's alias.
 */
export const mayPostSql = (g: string, userId: string): string => {
  const m = alias('ga_m');
  return `(${g}.archived_at IS NULL AND EXISTS (
     SELECT 1 FROM group_memberships ${m} WHERE ${m}.group_id = ${g}.id AND ${m}.user_id = ${userId}
        AND (${g}.posting_policy = 'EVERYONE' OR ${m}.role IN ('ADMIN', 'OWNER'))))`;
};

// ---------- sets, as subqueries ----------

/** `SELECT user_id` of a group's members, for `IN (...)` or a UNION. */
export const memberIdsSql = (groupId: string): string =>
  `SELECT user_id FROM group_memberships WHERE group_id = ${groupId}`;

/** `SELECT group_id` of the groups a person is a member of, for `IN (...)`. */
export const groupIdsOfMemberSql = (userId: string): string =>
  `SELECT group_id FROM group_memberships WHERE user_id = ${userId}`;

/** Whether the person holds one of these roles in the group. */
export const hasRoleSql = (
  groupId: string,
  userId: string,
  roles: readonly GroupRole[],
  form: RowTest = 'scalar',
): string => {
  const m = alias('ga_m');
  return test(
    `group_memberships ${m} WHERE ${m}.group_id = ${groupId} AND ${m}.user_id = ${userId}
        AND ${m}.role IN (${roles.map((r) => `'${r}'`).join(', ')})`,
    form,
  );
};
