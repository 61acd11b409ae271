import { initials } from '@hearth/shared/util';
import { UserEntity } from './user.entity';
import { User } from './user.model';

/** What a User is made of (an entity, or a row read as in `USER_FIELDS_SQL`). */
export type UserFields = Pick<
  UserEntity,
  | 'id'
  | 'displayName'
  | 'email'
  | 'title'
  | 'department'
  | 'location'
  | 'bio'
  | 'avatarDataUrl'
  | 'orgRole'
  | 'active'
  | 'createdAt'
  | 'managerId'
>;

/** The select list of `UserFields` from `users` (alias `u`), for raw statements. */
export const USER_FIELDS_SQL = `u.id, u.display_name AS "displayName", u.email, u.title, u.department,
  u.location, u.bio, u.avatar_data_url AS "avatarDataUrl", u.org_role AS "orgRole", u.active,
  u.created_at AS "createdAt", u.manager_id AS "managerId"`;

export function toUser(e: UserFields): User {
  return {
    id: e.id,
    displayName: e.displayName,
    initials: initials(e.displayName),
    email: e.email,
    title: e.title,
    department: e.department,
    location: e.location,
    bio: e.bio,
    avatarUrl: e.avatarDataUrl,
    orgRole: e.orgRole,
    active: e.active,
    createdAt: e.createdAt,
    managerId: e.managerId,
  };
}
