import { ErrorCode, OrgRole } from '@hearth/shared/util';
import { createUser, TEST_PASSWORD } from '@hearth/api/testing';
import { OrganisationEntity, SessionEntity, UserEntity } from '@hearth/api/identity';
import { bootTestApp, TestApp } from '../support/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken refreshToken } }`;
const ME = '{ me { id displayName initials } }';

describe('sign-in, sessions and sign-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ SIGN_IN_LIMIT_PER_ACCOUNT: '5', SIGN_IN_LIMIT_PER_ADDRESS: '1000' });
  });
  afterAll(() => t.close());

  it('signs in with the right password (case-insensitive email) and the token works', async () => {
    const user = await createUser(t.ds, { displayName: 'Ana María López' });
    const res = await t.gql(SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.signIn.user.id).toBe(user.id);
    const me = await t.gql(ME, {}, res.data.signIn.accessToken);
    expect(me.data.me).toEqual({ id: user.id, displayName: 'Ana María López', initials: 'AL' });
  });

  it('gives the same answer for a wrong password, an unknown email, no password and a deactivated person', async () => {
    const user = await createUser(t.ds);
    const invited = await createUser(t.ds, { password: null });
    const gone = await createUser(t.ds, { active: false });
    const answers = await Promise.all([
      t.gql(SIGN_IN, { input: { email: user.email, password: 'wrong-password-1' } }),
      t.gql(SIGN_IN, { input: { email: 'nobody@example.test', password: TEST_PASSWORD } }),
      t.gql(SIGN_IN, { input: { email: invited.email, password: TEST_PASSWORD } }),
      t.gql(SIGN_IN, { input: { email: gone.email, password: TEST_PASSWORD } }),
    ]);
    for (const a of answers) {
      expect(a.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect(a.errors?.[0]?.message).toBe(answers[0]?.errors?.[0]?.message);
      expect(a.data).toBeNull();
    }
  });

  it('rate limits an account after a few attempts with RATE_LIMITED, even with the right password', async () => {
    const user = await createUser(t.ds);
    for (let i = 0; i < 5; i++) {
      const r = await t.gql(SIGN_IN, {
        input: { email: user.email, password: 'wrong-password-1' },
      });
      expect(r.code).toBe(ErrorCode.UNAUTHENTICATED);
    }
    const limited = await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(limited.code).toBe(ErrorCode.RATE_LIMITED);
    expect(limited.errors?.[0]?.extensions['retryAfterSeconds']).toBeGreaterThan(0);
  });

  it('rotates refresh tokens; a replayed one ends the session', async () => {
    const user = await createUser(t.ds);
    const first = (await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }))
      .data.signIn;
    const second = await t.gql(REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    expect(second.data.refreshSession.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, second.data.refreshSession.accessToken)).data.me.id).toBe(user.id);
    // Replaying the old token: refused, and the whole session ends.
    expect((await t.gql(REFRESH, { t: first.refreshToken })).code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await t.gql(REFRESH, { t: second.data.refreshSession.refreshToken })).code).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect((await t.gql(ME, {}, second.data.refreshSession.accessToken)).code).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect((await t.gql(REFRESH, { t: 'garbage' })).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('sign-out ends the session: the access and refresh tokens stop working at once', async () => {
    const user = await createUser(t.ds);
    const s = (await t.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } })).data
      .signIn;
    expect((await t.gql('mutation { signOut }', {}, s.accessToken)).data).toEqual({
      signOut: true,
    });
    expect((await t.gql(ME, {}, s.accessToken)).code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await t.gql(REFRESH, { t: s.refreshToken })).code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await t.gql('mutation { signOut }')).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  describe('open sign-up', () => {
    const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { email orgRole } } }`;
    afterEach(() =>
      t.ds
        .getRepository(OrganisationEntity)
        .update({ id: 1 }, { openSignUp: false, allowedEmailDomains: [] }),
    );

    it('is refused while off (the default), with nothing written', async () => {
      const res = await t.gql(SIGN_UP, {
        input: { email: 'new@acme.test', password: 'long-enough-pw', displayName: 'New' },
      });
      expect(res.code).toBe(ErrorCode.FORBIDDEN);
      expect(await t.ds.getRepository(UserEntity).countBy({ email: 'new@acme.test' })).toBe(0);
    });

    it('admits allowed domains only, and refuses duplicates and weak passwords', async () => {
      await t.ds
        .getRepository(OrganisationEntity)
        .update({ id: 1 }, { openSignUp: true, allowedEmailDomains: ['acme.test'] });
      const ok = await t.gql(SIGN_UP, {
        input: { email: 'Joiner@acme.test', password: 'long-enough-pw', displayName: 'Joiner' },
      });
      expect(ok.data?.signUp.user).toEqual({ email: 'joiner@acme.test', orgRole: OrgRole.MEMBER });
      const again = await t.gql(SIGN_UP, {
        input: { email: 'joiner@acme.test', password: 'long-enough-pw', displayName: 'Joiner' },
      });
      expect(again.code).toBe(ErrorCode.CONFLICT);
      const other = await t.gql(SIGN_UP, {
        input: { email: 'x@elsewhere.test', password: 'long-enough-pw', displayName: 'X' },
      });
      expect(other.code).toBe(ErrorCode.FORBIDDEN);
      const weak = await t.gql(SIGN_UP, {
        input: { email: 'weak@acme.test', password: 'short', displayName: 'W' },
      });
      expect(weak.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(weak.errors?.[0]?.extensions['field']).toBe('password');
      expect(await t.ds.getRepository(UserEntity).countBy({ email: 'weak@acme.test' })).toBe(0);
    });
  });

  it('a deactivated person’s sessions are revoked', async () => {
    const admin = await createUser(t.ds, { orgRole: OrgRole.ADMIN });
    const user = await createUser(t.ds);
    const token = await t.tokenFor(user);
    const res = await t.gql(
      'mutation($id: ID!) { deactivateUser(input: { userId: $id }) { active } }',
      { id: user.id },
      await t.tokenFor(admin),
    );
    expect(res.data).toEqual({ deactivateUser: { active: false } });
    expect((await t.gql(ME, {}, token)).code).toBe(ErrorCode.UNAUTHENTICATED);
    const live = await t.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :id AND s.revoked_at IS NULL', { id: user.id })
      .getCount();
    expect(live).toBe(0);
  });
});
