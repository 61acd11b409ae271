import { OrgRole } from '@hearth/shared/util';

/** The signed-in person as the guards see them: enough to authorize, nothing more. */
export interface AuthUser {
  id: string;
  orgRole: OrgRole;
  sessionId: string;
}

export const isOrgAdmin = (user: AuthUser): boolean => user.orgRole === OrgRole.ADMIN;
