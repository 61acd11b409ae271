import { OrgRole } from '@hearth/shared/util';

/** Pure "who may do what" rules of identity; services call these, specs test them. */
export interface Actor {
  id: string;
  orgRole: OrgRole;
}

export const isAdmin = (actor: Actor): boolean => actor.orgRole === OrgRole.ADMIN;

/** Admins and HR see deactivated people in the directory; everyone else sees active people only. */
export const maySeeInactivePeople = (actor: Actor): boolean =>
  actor.orgRole === OrgRole.ADMIN || actor.orgRole === OrgRole.HR;

export type RoleChangeRefusal = 'NOT_ADMIN' | 'SELF' | 'LAST_ADMIN' | null;

/** Only admins change roles, never their own, and the last active admin keeps the role. */
export function roleChangeRefusal(
  actor: Actor,
  targetId: string,
  targetRole: OrgRole,
  newRole: OrgRole,
  activeAdminCount: number,
): RoleChangeRefusal {
  if (!isAdmin(actor)) return 'NOT_ADMIN';
  if (actor.id === targetId) return 'SELF';
  if (targetRole === OrgRole.ADMIN && newRole !== OrgRole.ADMIN && activeAdminCount <= 1)
    return 'LAST_ADMIN';
  return null;
}

/** Only admins deactivate, never themselves. */
export function deactivationRefusal(actor: Actor, targetId: string): 'NOT_ADMIN' | 'SELF' | null {
  if (!isAdmin(actor)) return 'NOT_ADMIN';
  if (actor.id === targetId) return 'SELF';
  return null;
}

/** Open sign-up admits an address only when it is on and the address's domain is allowed. */
export function signUpAllowed(
  openSignUp: boolean,
  allowedDomains: readonly string[],
  email: string,
): boolean {
  if (!openSignUp) return false;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return allowedDomains.some((d) => d.toLowerCase() === domain);
}

/** Following `managerId` links from the proposed manager must never come back to the person. */
export function managerCreatesCycle(
  personId: string,
  proposedManagerId: string,
  managerOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = proposedManagerId;
  while (current) {
    if (current === personId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = managerOf.get(current);
  }
  return false;
}

const AVATAR = /^data:image\/(png|jpeg|webp|gif);base64,([A-Za-z0-9+/]+={0,2})$/;

/** A data URL of a png/jpeg/webp/gif image of at most `maxBytes` decoded bytes, or the reason it is not. */
export function avatarProblem(dataUrl: string, maxBytes: number): string | null {
  const match = AVATAR.exec(dataUrl);
  if (!match?.[2]) return 'The picture must be a PNG, JPEG, WebP or GIF image.';
  const bytes = Math.floor((match[2].length * 3) / 4);
  if (bytes > maxBytes)
    return `The picture is too large: at most ${Math.round(maxBytes / 1024)} KiB.`;
  return null;
}
