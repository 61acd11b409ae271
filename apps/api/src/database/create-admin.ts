import { loadConfig } from '@hearth/api/core';
import { hashToken, invitationToken, OrgInvitationEntity, UserEntity } from '@hearth/api/identity';
import { OrgRole } from '@hearth/shared/util';
import { DataSource } from 'typeorm';

/**
 * The first admin of a fresh installation: creates (or re-invites) the person as ADMIN and returns
 * the link that sets their password — the same invitation flow admins use for everyone else.
 */
export async function createAdmin(
  ds: DataSource,
  emailRaw: string,
  name?: string,
): Promise<string> {
  const email = emailRaw.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new Error(`Not an email address: ${emailRaw}`);
  const config = loadConfig();
  return ds.transaction(async (m) => {
    let user = await m
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email }) // uses uq_users_email
      .getOne();
    if (user?.passwordHash) {
      user.orgRole = OrgRole.ADMIN;
      await m.save(user);
      return `${email} already has an account; they are now an admin.`;
    }
    user ??= m.create(UserEntity, {
      email,
      displayName: name?.trim() || email,
      active: true,
      passwordHash: null,
    });
    user.orgRole = OrgRole.ADMIN;
    user = await m.save(user);
    const inv = await m.save(
      m.create(OrgInvitationEntity, {
        userId: user.id,
        invitedById: user.id,
        orgRole: OrgRole.ADMIN,
        tokenHash: `pending-${user.id}-${Date.now()}`,
        expiresAt: new Date(Date.now() + 14 * 86_400_000),
      }),
    );
    const token = invitationToken(config.jwtSecret, inv.id);
    inv.tokenHash = hashToken(token);
    await m.save(inv);
    return `Open this link to set the admin's password (valid 14 days):\n  ${config.publicUrl.replace(/\/$/, '')}/invite/${token}`;
  });
}
