/**
 * What a person (`u`, a users row) is to a town hall (`th`), as SQL columns: manager (its creator,
 * HR, org admins, owners and admins of the audience group), host, moderator, and audience (everyone
 * for an organisation-wide town hall, else the group's members). A DRAFT is seen only by those who
 * run it (see canSee).
 */
export const ACCESS_COLUMNS = `
  (u.org_role IN ('ADMIN', 'HR') OR th.created_by_id = u.id
    OR (th.audience_group_id IS NOT NULL AND EXISTS (
         SELECT 1 FROM group_memberships gm
          WHERE gm.group_id = th.audience_group_id AND gm.user_id = u.id AND gm.role IN ('OWNER', 'ADMIN')))) AS manager,
  EXISTS (SELECT 1 FROM town_hall_people p WHERE p.town_hall_id = th.id AND p.user_id = u.id AND p.role = 'HOST') AS host,
  EXISTS (SELECT 1 FROM town_hall_people p WHERE p.town_hall_id = th.id AND p.user_id = u.id AND p.role = 'MODERATOR') AS moderator,
  (th.audience_group_id IS NULL OR EXISTS (
     SELECT 1 FROM group_memberships gm WHERE gm.group_id = th.audience_group_id AND gm.user_id = u.id)) AS audience`;

/** The same, as a condition: the person may see the town hall. */
export const VISIBLE_CONDITION = `(
  u.org_role IN ('ADMIN', 'HR') OR th.created_by_id = u.id
  OR EXISTS (SELECT 1 FROM town_hall_people p WHERE p.town_hall_id = th.id AND p.user_id = u.id)
  OR (th.audience_group_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM group_memberships gm
        WHERE gm.group_id = th.audience_group_id AND gm.user_id = u.id AND gm.role IN ('OWNER', 'ADMIN')))
  OR (th.state <> 'DRAFT' AND (th.audience_group_id IS NULL OR EXISTS (
       SELECT 1 FROM group_memberships gm WHERE gm.group_id = th.audience_group_id AND gm.user_id = u.id))))`;
