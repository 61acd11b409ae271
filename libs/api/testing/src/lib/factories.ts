import { randomUUID } from 'node:crypto';
import {
  GroupCategory,
  GroupRole,
  GroupVisibility,
  OrgRole,
  PostingPolicy,
} from '@hearth/shared/util';
import { GroupEntity, MembershipEntity } from '@hearth/api/groups';
import { PasswordHasher, UserEntity } from '@hearth/api/identity';
import { DataSource } from 'typeorm';

/** The password every factory-made person has, unless told otherwise. */
export const TEST_PASSWORD = 'correct-horse-battery';

const hasher = new PasswordHasher({ passwordHashCost: 1024 });
let cachedHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export interface UserOverrides extends Partial<Omit<UserEntity, 'passwordHash'>> {
  /** A password to set; `null` for a person who has not set one (invited). */
  password?: string | null;
}

export async function createUser(
  ds: DataSource,
  overrides: UserOverrides = {},
): Promise<UserEntity> {
  const { password, ...fields } = overrides;
  const id = unique();
  let passwordHash: string | null;
  if (password === null) passwordHash = null;
  else if (password === undefined) passwordHash = await (cachedHash ??= hasher.hash(TEST_PASSWORD));
  else passwordHash = await hasher.hash(password);
  const repo = ds.getRepository(UserEntity);
  return repo.save(
    repo.create({
      email: `person-${id}@example.test`,
      displayName: `Person ${id}`,
      orgRole: OrgRole.MEMBER,
      active: true,
      ...fields,
      passwordHash,
    }),
  );
}

export interface GroupOverrides extends Partial<GroupEntity> {
  owner: UserEntity;
}

/** A group with its owner as an OWNER member. */
export async function createGroup(ds: DataSource, overrides: GroupOverrides): Promise<GroupEntity> {
  const { owner, ...fields } = overrides;
  const id = unique();
  return ds.transaction(async (m) => {
    const group = await m.save(
      m.create(GroupEntity, {
        slug: `group-${id}`,
        name: `Group ${id}`,
        description: 'A group made by a test.',
        category: GroupCategory.INTEREST,
        visibility: GroupVisibility.OPEN,
        postingPolicy: PostingPolicy.EVERYONE,
        membershipQuestions: [],
        createdById: owner.id,
        ...fields,
      }),
    );
    await m.save(
      m.create(MembershipEntity, { groupId: group.id, userId: owner.id, role: GroupRole.OWNER }),
    );
    return group;
  });
}

export async function addMember(
  ds: DataSource,
  group: Pick<GroupEntity, 'id'>,
  user: Pick<UserEntity, 'id'>,
  role: GroupRole = GroupRole.MEMBER,
): Promise<MembershipEntity> {
  const repo = ds.getRepository(MembershipEntity);
  return repo.save(repo.create({ groupId: group.id, userId: user.id, role }));
}
