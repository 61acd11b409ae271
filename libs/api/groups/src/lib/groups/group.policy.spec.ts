import {
  GroupRole,
  GroupViewerStatus,
  GroupVisibility,
  OrgRole,
  PostingPolicy,
} from '@hearth/shared/util';
import {
  canActOnMember,
  canInvite,
  canSeeGroup,
  canSeeMembers,
  GroupAccess,
  permissions,
  roleChangeRefusal,
  viewerStatus,
} from './group.policy';

const access = (over: Partial<GroupAccess> = {}): GroupAccess => ({
  orgRole: OrgRole.MEMBER,
  visibility: GroupVisibility.OPEN,
  postingPolicy: PostingPolicy.EVERYONE,
  archived: false,
  role: null,
  banned: false,
  invited: false,
  requested: false,
  ...over,
});

describe('group policy', () => {
  it('hides SECRET groups from everyone but members, invitees and org admins', () => {
    const secret = { visibility: GroupVisibility.SECRET };
    expect(canSeeGroup(access(secret))).toBe(false);
    expect(canSeeGroup(access({ ...secret, orgRole: OrgRole.HR }))).toBe(false);
    expect(canSeeGroup(access({ ...secret, banned: true }))).toBe(false);
    expect(canSeeGroup(access({ ...secret, requested: true }))).toBe(false);
    expect(canSeeGroup(access({ ...secret, invited: true }))).toBe(true);
    expect(canSeeGroup(access({ ...secret, role: GroupRole.MEMBER }))).toBe(true);
    expect(canSeeGroup(access({ ...secret, orgRole: OrgRole.ADMIN }))).toBe(true);
    expect(canSeeGroup(access({ visibility: GroupVisibility.CLOSED }))).toBe(true);
    // Invited people see a SECRET group's card, not its members.
    expect(canSeeMembers(access({ ...secret, invited: true }))).toBe(false);
    expect(canSeeMembers(access({ visibility: GroupVisibility.CLOSED }))).toBe(true);
  });

  it('derives the viewer status, membership first', () => {
    expect(viewerStatus(access())).toBe(GroupViewerStatus.NONE);
    expect(viewerStatus(access({ requested: true }))).toBe(GroupViewerStatus.REQUESTED);
    expect(viewerStatus(access({ invited: true, requested: true }))).toBe(
      GroupViewerStatus.INVITED,
    );
    expect(viewerStatus(access({ banned: true, invited: true }))).toBe(GroupViewerStatus.BANNED);
    expect(viewerStatus(access({ role: GroupRole.MODERATOR }))).toBe(GroupViewerStatus.MEMBER);
  });

  it('grants permissions by role, and takes them away when archived', () => {
    const mod = permissions(access({ role: GroupRole.MODERATOR }));
    expect(mod).toMatchObject({
      canManageMembers: true,
      canEdit: false,
      canChangeRoles: false,
      canArchive: false,
    });
    const admin = permissions(access({ role: GroupRole.ADMIN }));
    expect(admin).toMatchObject({ canEdit: true, canChangeRoles: true, canArchive: false });
    expect(permissions(access({ role: GroupRole.OWNER })).canArchive).toBe(true);
    expect(permissions(access({ orgRole: OrgRole.ADMIN }))).toMatchObject({
      canEdit: true,
      canArchive: true,
      canPost: false,
    });
    const archived = permissions(access({ role: GroupRole.OWNER, archived: true }));
    expect(archived).toMatchObject({
      canEdit: false,
      canManageMembers: false,
      canPost: false,
      canInvite: false,
      canArchive: true,
    });
    const adminsOnly = { postingPolicy: PostingPolicy.ADMINS_ONLY };
    expect(permissions(access({ ...adminsOnly, role: GroupRole.MEMBER })).canPost).toBe(false);
    expect(permissions(access({ ...adminsOnly, role: GroupRole.ADMIN })).canPost).toBe(true);
  });

  it('lets members invite to OPEN and CLOSED groups, only admins to SECRET ones', () => {
    expect(canInvite(access({ role: GroupRole.MEMBER }))).toBe(true);
    expect(canInvite(access({ visibility: GroupVisibility.CLOSED, role: GroupRole.MEMBER }))).toBe(
      true,
    );
    expect(
      canInvite(access({ visibility: GroupVisibility.SECRET, role: GroupRole.MODERATOR })),
    ).toBe(false);
    expect(canInvite(access({ visibility: GroupVisibility.SECRET, role: GroupRole.ADMIN }))).toBe(
      true,
    );
    expect(canInvite(access())).toBe(false);
    expect(canInvite(access({ visibility: GroupVisibility.SECRET, orgRole: OrgRole.ADMIN }))).toBe(
      true,
    );
  });

  it('limits role changes naturally', () => {
    const actor = (role: GroupRole | null, orgRole = OrgRole.MEMBER) => ({
      id: 'a',
      orgRole,
      role,
    });
    const target = (role: GroupRole) => ({ id: 't', role });
    expect(
      roleChangeRefusal(actor(GroupRole.MODERATOR), target(GroupRole.MEMBER), GroupRole.MODERATOR),
    ).toBe('NOT_ALLOWED');
    expect(
      roleChangeRefusal(actor(GroupRole.ADMIN), target(GroupRole.MEMBER), GroupRole.ADMIN),
    ).toBeNull();
    expect(
      roleChangeRefusal(actor(GroupRole.ADMIN), target(GroupRole.MEMBER), GroupRole.OWNER),
    ).toBe('OWNER_ONLY');
    expect(
      roleChangeRefusal(actor(GroupRole.ADMIN), target(GroupRole.OWNER), GroupRole.MEMBER),
    ).toBe('OWNER_ONLY');
    expect(
      roleChangeRefusal(actor(GroupRole.OWNER), target(GroupRole.MEMBER), GroupRole.OWNER),
    ).toBeNull();
    expect(
      roleChangeRefusal(
        { id: 't', orgRole: OrgRole.MEMBER, role: GroupRole.ADMIN },
        target(GroupRole.ADMIN),
        GroupRole.MEMBER,
      ),
    ).toBe('SELF');
    expect(
      roleChangeRefusal(actor(null, OrgRole.ADMIN), target(GroupRole.OWNER), GroupRole.MEMBER),
    ).toBeNull();
    expect(
      roleChangeRefusal(actor(null, OrgRole.HR), target(GroupRole.MEMBER), GroupRole.ADMIN),
    ).toBe('NOT_ALLOWED');
  });

  it('lets people act only on those below them', () => {
    const actor = (role: GroupRole | null, orgRole = OrgRole.MEMBER) => ({
      id: 'a',
      orgRole,
      role,
    });
    expect(canActOnMember(actor(GroupRole.MODERATOR), { id: 't', role: GroupRole.MEMBER })).toBe(
      true,
    );
    expect(canActOnMember(actor(GroupRole.MODERATOR), { id: 't', role: GroupRole.MODERATOR })).toBe(
      false,
    );
    expect(canActOnMember(actor(GroupRole.ADMIN), { id: 't', role: GroupRole.MODERATOR })).toBe(
      true,
    );
    expect(canActOnMember(actor(GroupRole.ADMIN), { id: 't', role: GroupRole.OWNER })).toBe(false);
    expect(canActOnMember(actor(GroupRole.OWNER), { id: 't', role: GroupRole.ADMIN })).toBe(true);
    expect(canActOnMember(actor(GroupRole.MEMBER), { id: 't', role: null })).toBe(false);
    expect(canActOnMember(actor(GroupRole.MODERATOR), { id: 't', role: null })).toBe(true);
    expect(canActOnMember(actor(GroupRole.OWNER), { id: 'a', role: GroupRole.OWNER })).toBe(false);
    expect(canActOnMember(actor(null, OrgRole.ADMIN), { id: 't', role: GroupRole.OWNER })).toBe(
      true,
    );
  });
});
