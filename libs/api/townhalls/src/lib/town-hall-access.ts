import { hasRoleSql, isMemberSql } from '@hearth/api/groups';
import { GroupRole } from '@hearth/shared/util';

/** The person (`u`) is a member of the town hall's audience group. */
const AUDIENCE_MEMBER = isMemberSql('th.audience_group_id', 'u.id', 'exists');

/** The person (`u`) is an owner or admin of the town hall's audience group. */
const GROUP_ADMIN = hasRoleSql(
  'th.audience_group_id',
  'u.id',
  [GroupRole.OWNER, GroupRole.ADMIN],
  'exists',
);

/**
 * A town hall whose audience is a SECRET group the person (`u`) is not a member of. Such a town hall
 * exists only for the group's members and org admins (audited): HR, its creator, hosts and
 * moderators who are not (or no longer) members see nothing of it, as for the group itself.
 */
const SECRET_OUTSIDE = `(th.audience_group_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM groups sg WHERE sg.id = th.audience_group_id AND sg.visibility = 'SECRET')
  AND NOT ${isMemberSql('th.audience_group_id', 'u.id', 'exists')})`;

/**
 * What a person (`u`, a users row) is to a town hall (`th`), as SQL columns: manager (its creator,
 * HR, org admins, owners and admins of the audience group), host, moderator, and audience (everyone
 * for an organisation-wide town hall, else the group's members); `outsider_admin`: an org admin who
 * sees it only as org admin (a SECRET group's town hall, not a member), whose reads are audited. A
 * DRAFT is seen only by those who run it (see canSee).
 */
export const ACCESS_COLUMNS = `
  (u.org_role = 'ADMIN' OR (NOT ${SECRET_OUTSIDE} AND (u.org_role = 'HR' OR th.created_by_id = u.id
    OR (th.audience_group_id IS NOT NULL AND ${GROUP_ADMIN})))) AS manager,
  (NOT ${SECRET_OUTSIDE} AND EXISTS (SELECT 1 FROM town_hall_people p WHERE p.town_hall_id = th.id AND p.user_id = u.id AND p.role = 'HOST')) AS host,
  (NOT ${SECRET_OUTSIDE} AND EXISTS (SELECT 1 FROM town_hall_people p WHERE p.town_hall_id = th.id AND p.user_id = u.id AND p.role = 'MODERATOR')) AS moderator,
  (th.audience_group_id IS NULL OR ${AUDIENCE_MEMBER}) AS audience,
  (u.org_role = 'ADMIN' AND ${SECRET_OUTSIDE}) AS outsider_admin`;

/** The same, as a condition: the person may see the town hall. */
export const VISIBLE_CONDITION = `(
  u.org_role = 'ADMIN'
  OR (NOT ${SECRET_OUTSIDE} AND (u.org_role = 'HR' OR th.created_by_id = u.id
  OR EXISTS (SELECT 1 FROM town_hall_people p WHERE p.town_hall_id = th.id AND p.user_id = u.id)
  OR (th.audience_group_id IS NOT NULL AND ${GROUP_ADMIN})
  OR (th.state <> 'DRAFT' AND (th.audience_group_id IS NULL OR ${AUDIENCE_MEMBER})))))`;
