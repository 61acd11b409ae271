import { OrgRole } from '@hearth/shared/util';
import {
  avatarProblem,
  deactivationRefusal,
  managerCreatesCycle,
  maySeeInactivePeople,
  roleChangeRefusal,
  signUpAllowed,
} from './identity.policy';

const admin = { id: 'a', orgRole: OrgRole.ADMIN };
const hr = { id: 'h', orgRole: OrgRole.HR };
const member = { id: 'm', orgRole: OrgRole.MEMBER };

describe('identity policy', () => {
  it('lets only admins change roles, never their own, and keeps the last admin', () => {
    expect(roleChangeRefusal(member, 'x', OrgRole.MEMBER, OrgRole.ADMIN, 1)).toBe('NOT_ADMIN');
    expect(roleChangeRefusal(hr, 'x', OrgRole.MEMBER, OrgRole.HR, 1)).toBe('NOT_ADMIN');
    expect(roleChangeRefusal(admin, 'a', OrgRole.ADMIN, OrgRole.MEMBER, 2)).toBe('SELF');
    expect(roleChangeRefusal(admin, 'x', OrgRole.ADMIN, OrgRole.MEMBER, 1)).toBe('LAST_ADMIN');
    expect(roleChangeRefusal(admin, 'x', OrgRole.ADMIN, OrgRole.MEMBER, 2)).toBeNull();
    expect(roleChangeRefusal(admin, 'x', OrgRole.MEMBER, OrgRole.HR, 1)).toBeNull();
  });

  it('lets only admins deactivate others', () => {
    expect(deactivationRefusal(member, 'x')).toBe('NOT_ADMIN');
    expect(deactivationRefusal(admin, 'a')).toBe('SELF');
    expect(deactivationRefusal(admin, 'x')).toBeNull();
  });

  it('shows deactivated people to admins and HR only', () => {
    expect(maySeeInactivePeople(admin)).toBe(true);
    expect(maySeeInactivePeople(hr)).toBe(true);
    expect(maySeeInactivePeople(member)).toBe(false);
  });

  it('admits sign-up only when open and the domain is allowed', () => {
    expect(signUpAllowed(false, ['acme.test'], 'a@acme.test')).toBe(false);
    expect(signUpAllowed(true, ['acme.test'], 'a@ACME.test')).toBe(true);
    expect(signUpAllowed(true, ['acme.test'], 'a@evil.test')).toBe(false);
    expect(signUpAllowed(true, ['acme.test'], 'a@sub.acme.test')).toBe(false);
  });

  it('finds manager cycles', () => {
    const managers = new Map<string, string | null>([
      ['b', 'c'],
      ['c', 'a'],
      ['d', null],
    ]);
    expect(managerCreatesCycle('a', 'a', managers)).toBe(true);
    expect(managerCreatesCycle('a', 'b', managers)).toBe(true);
    expect(managerCreatesCycle('a', 'd', managers)).toBe(false);
  });

  it('accepts small images and refuses others', () => {
    expect(avatarProblem('data:image/png;base64,iVBORw0KGgo=', 1024)).toBeNull();
    expect(avatarProblem('data:text/html;base64,PGI+', 1024)).toMatch(/PNG/);
    expect(avatarProblem(`data:image/png;base64,${'A'.repeat(4000)}`, 1024)).toMatch(/too large/);
  });
});
