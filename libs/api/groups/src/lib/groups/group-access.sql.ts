/**
 * canSeeGroup (group.policy.ts) as an SQL condition, for other domains' statements that must not
 * read a group the person may not see: an OPEN or CLOSED group, or a SECRET one the person is a
 * member of or invited to, or any group for an org admin. `g` is the groups row's alias, `userId`
 * and `orgAdmin` SQL expressions for the person's id and whether they are an org admin.
 */
export const groupVisibleSql = (g: string, userId: string, orgAdmin: string): string =>
  `(${g}.visibility <> 'SECRET' OR ${orgAdmin}
    OR EXISTS (SELECT 1 FROM group_memberships vis_m WHERE vis_m.group_id = ${g}.id AND vis_m.user_id = ${userId})
    OR EXISTS (SELECT 1 FROM group_invitations vis_i
                WHERE vis_i.group_id = ${g}.id AND vis_i.user_id = ${userId} AND vis_i.status = 'PENDING'))`;
