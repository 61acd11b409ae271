import {
  GroupEntity,
  GroupBanEntity,
  GroupsService,
  GroupInvitationEntity,
  JoinRequestEntity,
  MembershipEntity,
} from '@hearth/api/groups';
import {
  OrganisationEntity,
  OrgInvitationEntity,
  PasswordHasher,
  UserEntity,
} from '@hearth/api/identity';
import { loadConfig } from '@hearth/api/core';
import {
  GroupInvitationStatus,
  GroupVisibility,
  JoinRequestStatus,
  OrgRole,
  PostingPolicy,
} from '@hearth/shared/util';
import { createHash, randomBytes } from 'node:crypto';
import { seedDemoPosts } from './demo-posts';
import { seedDemoTownHalls } from './demo-town-halls';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, GROUPS, PEOPLE } from './demo-data';

/**
 * Seeds the demo organisation once: does nothing when anyone exists. Everything is written in one
 * transaction, so an interrupted seed leaves nothing behind and runs again next time.
 */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  const rows: Array<{ count: number }> = await ds.query('SELECT count(*)::int AS count FROM users');
  if ((rows[0]?.count ?? 0) > 0) return false;
  const hasher = new PasswordHasher({ passwordHashCost: loadConfig().passwordHashCost });
  // One hash for everyone: hashing 40 times would only slow start-up.
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  await ds.transaction(async (m) => {
    await m.update(OrganisationEntity, { id: 1 }, { name: 'Northwind & Co.' });
    const ids = new Map<string, string>();
    for (const p of PEOPLE) {
      const email =
        p.email ??
        `${p.name
          .normalize('NFKD')
          .replace(/[\u0300-\u036f’']/g, '')
          .toLowerCase()
          .replace(/[^a-z]+/g, '.')}@hearth.local`;
      const user = await m.save(
        m.create(UserEntity, {
          email,
          displayName: p.name,
          title: p.title,
          department: p.department,
          location: p.location,
          bio: p.bio ?? null,
          orgRole: p.orgRole ?? OrgRole.MEMBER,
          active: p.active !== false,
          deactivatedAt: p.active === false ? new Date() : null,
          passwordHash,
        }),
      );
      ids.set(p.key, user.id);
    }
    const id = (key: string): string => {
      const value = ids.get(key);
      if (!value) throw new Error(`Unknown demo person ${key}`);
      return value;
    };
    for (const p of PEOPLE) {
      if (p.manager) await m.update(UserEntity, { id: id(p.key) }, { managerId: id(p.manager) });
    }
    // A pending organisation invitation, as an admin would leave it.
    const invitee = await m.save(
      m.create(UserEntity, {
        email: 'new.starter@hearth.local',
        displayName: 'New Starter',
        orgRole: OrgRole.MEMBER,
        active: true,
        passwordHash: null,
      }),
    );
    await m.save(
      m.create(OrgInvitationEntity, {
        userId: invitee.id,
        invitedById: id('admin'),
        orgRole: OrgRole.MEMBER,
        tokenHash: createHash('sha256').update(randomBytes(32)).digest('base64url'),
        expiresAt: new Date(Date.now() + 14 * 86_400_000),
      }),
    );

    const groupIds = new Map<string, string>();
    for (const g of GROUPS) {
      const owner = g.members[0]?.[0] ?? 'admin';
      const group = await m.save(
        m.create(GroupEntity, {
          // A SECRET group's address ends in random letters, as when a person creates one.
          slug: g.visibility === GroupVisibility.SECRET ? GroupsService.secretSlug(g.slug) : g.slug,
          name: g.name,
          description: g.description,
          category: g.category,
          visibility: g.visibility,
          coverColor: g.coverColor,
          postingPolicy: g.postingPolicy ?? PostingPolicy.EVERYONE,
          postApproval: g.postApproval ?? false,
          membershipQuestions: g.questions ?? [],
          archivedAt: g.archived ? new Date() : null,
          createdById: id(owner),
        }),
      );
      groupIds.set(g.slug, group.id);
      await m.save(
        g.members.map(([key, role]) =>
          m.create(MembershipEntity, { groupId: group.id, userId: id(key), role }),
        ),
      );
      for (const [key, answers] of g.requests ?? []) {
        await m.save(
          m.create(JoinRequestEntity, {
            groupId: group.id,
            userId: id(key),
            status: JoinRequestStatus.PENDING,
            answers: (g.questions ?? []).map((question, i) => ({
              question,
              answer: answers[i] ?? '',
            })),
          }),
        );
      }
      for (const [key, by] of g.invitations ?? []) {
        await m.save(
          m.create(GroupInvitationEntity, {
            groupId: group.id,
            userId: id(key),
            invitedById: id(by),
            status: GroupInvitationStatus.PENDING,
          }),
        );
      }
      for (const key of g.banned ?? []) {
        await m.save(
          m.create(GroupBanEntity, {
            groupId: group.id,
            userId: id(key),
            bannedById: id(owner),
            reason: 'Demo: repeated spam.',
          }),
        );
      }
    }
    await seedDemoPosts(m, id, groupIds);
    await seedDemoTownHalls(m, id);
  });
  return true;
}
