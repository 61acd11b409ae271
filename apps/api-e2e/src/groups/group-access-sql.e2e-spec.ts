import { GroupRole, GroupVisibility, OrgRole, PostingPolicy } from '@hearth/shared/util';
import {
  canSeeContent,
  canSeeGroup,
  GroupAccess,
  groupVisibleSql,
  hasRoleSql,
  isMemberSql,
  mayPostSql,
  mayReadContentSql,
  permissions,
  readableGroupIds,
  RowTest,
  viewerRelationColumnsSql,
  viewerRelations,
  ViewerRelation,
} from '@hearth/api/groups';
import { createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';

/**
 * The groups read API spells each rule twice: as a policy function (group.policy.ts) for a group
 * in hand, and as an SQL fragment (group-access.sql.ts) for statements that filter in the
 * database. This runs both over every case — visibility × posting policy × archived × the
 * person's role, ban, invitation and request × their org role — and asks that they agree.
 */
describe('the groups read API: SQL fragments and policy functions agree', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const ROLES_OR_NONE: Array<GroupRole | null> = [null, ...Object.values(GroupRole)];
  const FLAGS = [false, true];

  interface Person extends ViewerRelation {
    id: string;
    orgRole: OrgRole;
  }

  it('on every visibility × posting policy × archived × role × banned × invited × requested × org role', async () => {
    const creator = await createUser(t.ds);
    const groups: Array<{
      id: string;
      visibility: GroupVisibility;
      postingPolicy: PostingPolicy;
      archived: boolean;
    }> = [];
    for (const visibility of Object.values(GroupVisibility))
      for (const postingPolicy of Object.values(PostingPolicy))
        for (const archived of FLAGS) {
          const g = await createGroup(t.ds, {
            owner: creator,
            visibility,
            postingPolicy,
            archivedAt: archived ? new Date() : null,
          });
          groups.push({ id: g.id, visibility, postingPolicy, archived });
        }
    const people: Person[] = [];
    for (const orgRole of Object.values(OrgRole))
      for (const role of ROLES_OR_NONE)
        for (const banned of FLAGS)
          for (const invited of FLAGS)
            for (const requested of FLAGS) {
              const u = await createUser(t.ds, { orgRole });
              people.push({ id: u.id, orgRole, role, banned, invited, requested });
            }
    // The same relation to every group, written in four statements.
    const groupIds = groups.map((g) => g.id);
    const pick = (f: (p: Person) => boolean) => people.filter(f).map((p) => p.id);
    await t.ds.query(
      `INSERT INTO group_memberships (group_id, user_id, role)
       SELECT g, m.user_id, m.role FROM unnest($1::uuid[]) g,
              unnest($2::uuid[], $3::text[]) AS m(user_id, role)`,
      [
        groupIds,
        people.filter((p) => p.role).map((p) => p.id),
        people.filter((p) => p.role).map((p) => p.role),
      ],
    );
    await t.ds.query(
      `INSERT INTO group_bans (group_id, user_id, banned_by_id)
       SELECT g, u, $3 FROM unnest($1::uuid[]) g, unnest($2::uuid[]) u`,
      [groupIds, pick((p) => p.banned), creator.id],
    );
    await t.ds.query(
      `INSERT INTO group_invitations (group_id, user_id, invited_by_id, status)
       SELECT g, u, $3, 'PENDING' FROM unnest($1::uuid[]) g, unnest($2::uuid[]) u`,
      [groupIds, pick((p) => p.invited), creator.id],
    );
    await t.ds.query(
      `INSERT INTO group_join_requests (group_id, user_id, answers, status)
       SELECT g, u, '[]'::jsonb, 'PENDING' FROM unnest($1::uuid[]) g, unnest($2::uuid[]) u`,
      [groupIds, pick((p) => p.requested)],
    );

    const MANAGERS = [GroupRole.OWNER, GroupRole.ADMIN, GroupRole.MODERATOR];
    for (const form of ['scalar', 'exists'] as RowTest[]) {
      const rows = await t.ds.query<
        Array<
          ViewerRelation & {
            group_id: string;
            user_id: string;
            visible: boolean;
            reads: boolean;
            reads_by_id: boolean;
            posts: boolean;
            member: boolean;
            manager: boolean;
          }
        >
      >(
        `SELECT g.id AS group_id, u.id AS user_id,
                ${viewerRelationColumnsSql('g.id', 'u.id', '', form)},
                ${groupVisibleSql('g', 'u.id', `u.org_role = 'ADMIN'`, form)} AS visible,
                ${mayReadContentSql({ alias: 'g' }, 'u.id', `u.org_role = 'ADMIN'`, form)} AS reads,
                ${mayReadContentSql({ id: 'g.id' }, 'u.id', `u.org_role = 'ADMIN'`, form)} AS reads_by_id,
                ${mayPostSql('g', 'u.id')} AS posts,
                ${isMemberSql('g.id', 'u.id', form)} AS member,
                ${hasRoleSql('g.id', 'u.id', MANAGERS, form)} AS manager
           FROM groups g CROSS JOIN users u
          WHERE g.id = ANY($1::uuid[]) AND u.id = ANY($2::uuid[])`,
        [groupIds, people.map((p) => p.id)],
      );
      expect(rows).toHaveLength(groups.length * people.length);
      const byGroup = new Map(groups.map((g) => [g.id, g]));
      const byPerson = new Map(people.map((p) => [p.id, p]));
      const disagreements: string[] = [];
      for (const row of rows) {
        const g = byGroup.get(row.group_id)!;
        const p = byPerson.get(row.user_id)!;
        const access: GroupAccess = {
          orgRole: p.orgRole,
          visibility: g.visibility,
          postingPolicy: g.postingPolicy,
          archived: g.archived,
          role: p.role,
          banned: p.banned,
          invited: p.invited,
          requested: p.requested,
        };
        const expected = {
          role: p.role,
          banned: p.banned,
          invited: p.invited,
          requested: p.requested,
          visible: canSeeGroup(access),
          reads: canSeeContent(access),
          reads_by_id: canSeeContent(access),
          posts: permissions(access).canPost,
          member: p.role !== null,
          manager: p.role !== null && MANAGERS.includes(p.role),
        };
        const actual = {
          role: row.role,
          banned: row.banned,
          invited: row.invited,
          requested: row.requested,
          visible: row.visible,
          reads: row.reads,
          reads_by_id: row.reads_by_id,
          posts: row.posts,
          member: row.member,
          manager: row.manager,
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          disagreements.push(
            `${form} ${JSON.stringify(access)}: SQL ${JSON.stringify(actual)}, policy ${JSON.stringify(expected)}`,
          );
      }
      expect(disagreements).toEqual([]);
    }

    // The batch reads are built on the same fragments: one person against every group.
    for (const p of people) {
      const rel = await viewerRelations(t.ds, p.id, groupIds);
      for (const id of groupIds)
        expect(rel.get(id)).toEqual({
          role: p.role,
          banned: p.banned,
          invited: p.invited,
          requested: p.requested,
        });
      const readable = await readableGroupIds(t.ds, p, groupIds);
      expect(groups.filter((g) => readable.has(g.id)).map((g) => g.id)).toEqual(
        groups.filter((g) => canSeeContent({ ...g, ...p, orgRole: p.orgRole })).map((g) => g.id),
      );
    }
  }, 120_000);

  it('a group page reads the viewer’s relation once, in the statement that finds the group', async () => {
    const owner = await createUser(t.ds);
    const group = await createGroup(t.ds, { owner, visibility: GroupVisibility.CLOSED });
    const token = await t.tokenFor(owner);
    const sql: string[] = [];
    const ds = t.ds as unknown as { logger: object };
    const logger = ds.logger;
    ds.logger = new Proxy(logger, {
      get: (target, prop) =>
        prop === 'logQuery'
          ? (query: string) => void sql.push(query)
          : (Reflect.get(target, prop) as unknown),
    });
    let res;
    try {
      res = await t.gql(
        `query($id: ID!) { group(id: $id) { id viewerStatus viewerRole
           viewerPermissions { canEdit canPost canSeeContent } } }`,
        { id: group.id },
        token,
      );
    } finally {
      ds.logger = logger;
    }
    expect(res.errors).toBeUndefined();
    expect(res.data.group).toEqual({
      id: group.id,
      viewerStatus: 'MEMBER',
      viewerRole: 'OWNER',
      viewerPermissions: { canEdit: true, canPost: true, canSeeContent: true },
    });
    // The session check and the group with the relation; its three fields read nothing more.
    expect(sql.filter((s) => /\bgroup_bans\b/.test(s))).toHaveLength(1);
    expect(sql).toHaveLength(2);
  });
});
