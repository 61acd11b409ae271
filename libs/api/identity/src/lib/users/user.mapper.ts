import { initials } from '@hearth/shared/util';
import { UserEntity } from './user.entity';
import { User } from './user.model';

export function toUser(e: UserEntity): User {
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
