import {
  GroupInvitationStatus,
  GroupRole,
  GroupVisibility,
  JoinRequestStatus,
  OrgRole,
} from '@hearth/shared/util';
import {
  GroupBanEntity,
  GroupEntity,
  GroupInvitationEntity,
  JoinRequestEntity,
} from '@hearth/api/groups';
import { UserEntity } from '@hearth/api/identity';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { TestApp } from '../support/test-app';

export const ROLES = [
  'owner',
  'admin',
  'moderator',
  'member',
  'invited',
  'pending',
  'banned',
  'nonMember',
  'hr',
  'orgAdmin',
] as const;
export type Role = (typeof ROLES)[number];

export interface World {
  group: GroupEntity;
  users: Record<Role | 'deactivated', UserEntity>;
  tokens: Record<Role | 'deactivated', string>;
}

/** A group with one person in each relation to it, and a token for each (the deactivated person's token is dead). */
export async function world(
  t: TestApp,
  visibility: GroupVisibility,
  extra: Partial<GroupEntity> = {},
): Promise<World> {
  const make = (orgRole = OrgRole.MEMBER) => createUser(t.ds, { orgRole });
  const owner = await make();
  const group = await createGroup(t.ds, {
    owner,
    visibility,
    membershipQuestions: visibility === GroupVisibility.CLOSED ? ['Why join?'] : [],
    ...extra,
  });
  const users = {
    owner,
    admin: await make(),
    moderator: await make(),
    member: await make(),
    invited: await make(),
    pending: await make(),
    banned: await make(),
    nonMember: await make(),
    hr: await make(OrgRole.HR),
    orgAdmin: await make(OrgRole.ADMIN),
    deactivated: await make(),
  };
  await addMember(t.ds, group, users.admin, GroupRole.ADMIN);
  await addMember(t.ds, group, users.moderator, GroupRole.MODERATOR);
  await addMember(t.ds, group, users.member);
  await addMember(t.ds, group, users.deactivated);
  await t.ds.getRepository(GroupInvitationEntity).save({
    groupId: group.id,
    userId: users.invited.id,
    invitedById: owner.id,
    status: GroupInvitationStatus.PENDING,
  });
  await t.ds.getRepository(JoinRequestEntity).save({
    groupId: group.id,
    userId: users.pending.id,
    answers: [{ question: 'Why join?', answer: 'Because.' }],
    status: JoinRequestStatus.PENDING,
  });
  await t.ds
    .getRepository(GroupBanEntity)
    .save({ groupId: group.id, userId: users.banned.id, bannedById: owner.id, reason: null });
  const tokens = {} as World['tokens'];
  for (const [k, u] of Object.entries(users)) tokens[k as Role] = await t.tokenFor(u);
  await t.ds.getRepository(UserEntity).update({ id: users.deactivated.id }, { active: false });
  return { group, users, tokens };
}
