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

/**
 * A person's card as `USER_JSON` returns it: the `User` fields, with `createdAt` as JSON gives a
 * timestamp (text).
 */
export interface UserJson extends Omit<User, 'createdAt' | 'initials'> {
  createdAt: string;
}

/**
 * The identity domain's user card in SQL: one JSON object per `users` row (`alias`), with every
 * field `toUser` maps, for statements of other domains that return people with what they show
 * (a card's author). The one place outside identity that spells the `users` columns.
 */
export const USER_JSON = (
  alias: string,
) => `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name,
  'email', ${alias}.email, 'title', ${alias}.title, 'department', ${alias}.department, 'location', ${alias}.location,
  'bio', ${alias}.bio, 'avatarUrl', ${alias}.avatar_data_url, 'orgRole', ${alias}.org_role, 'active', ${alias}.active,
  'createdAt', ${alias}.created_at, 'managerId', ${alias}.manager_id)`;

/** A person's name only (`{ id, displayName }`), for lists of names such as a notification's actors. */
export const PERSON_NAME_JSON = (alias: string): string =>
  `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name)`;

/** The one mapper of a person to the GraphQL `User`: from an entity or from `USER_JSON`. */
export function toUser(u: UserFields | UserJson): User {
  const json = isUserJson(u);
  return {
    id: u.id,
    displayName: u.displayName,
    initials: initials(u.displayName),
    email: u.email,
    title: u.title,
    department: u.department,
    location: u.location,
    bio: u.bio,
    avatarUrl: json ? u.avatarUrl : u.avatarDataUrl,
    orgRole: u.orgRole,
    active: u.active,
    createdAt: json ? new Date(u.createdAt) : u.createdAt,
    managerId: u.managerId,
  };
}

const isUserJson = (u: UserFields | UserJson): u is UserJson => 'avatarUrl' in u;
