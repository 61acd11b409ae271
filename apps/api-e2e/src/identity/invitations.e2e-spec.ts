import { ErrorCode, OrgRole } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { UserEntity } from '@hearth/api/identity';
import { bootTestApp, TestApp } from '../support/test-app';
import { scratchDatabase, ScratchDatabase } from '../support/scratch-db';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email orgRole inviteUrl } }`;
const PREVIEW = `query($token: String!) { orgInvitation(token: $token) { email displayName organisationName } }`;
const ACCEPT = `mutation($input: AcceptOrgInvitationInput!) { acceptOrgInvitation(input: $input) { accessToken user { email displayName orgRole } } }`;

describe('organisation invitations', () => {
  let t: TestApp;
  let adminToken: string;
  let memberToken: string;
  beforeAll(async () => {
    t = await bootTestApp({ PUBLIC_URL: 'https://hearth.example.test' });
    adminToken = await t.tokenFor(await createUser(t.ds, { orgRole: OrgRole.ADMIN }));
    memberToken = await t.tokenFor(await createUser(t.ds));
  });
  afterAll(() => t.close());

  it('an admin invites; the link previews, sets the password once, and signs the person in', async () => {
    const res = await t.gql(
      INVITE,
      { input: { email: 'New.Person@Example.test', displayName: 'New Person', orgRole: 'HR' } },
      adminToken,
    );
    expect(res.errors).toBeUndefined();
    const inv = res.data.inviteUser;
    expect(inv).toMatchObject({ email: 'new.person@example.test', orgRole: 'HR' });
    expect(inv.inviteUrl).toMatch(/^https:\/\/hearth\.example\.test\/invite\/[\w-]{20,}$/);
    const token = inv.inviteUrl.split('/').pop();
    // The admin sees the same link in the pending list.
    const list = await t.gql(
      '{ orgInvitations(first: 50) { edges { node { id inviteUrl } } } }',
      {},
      adminToken,
    );
    expect(list.data.orgInvitations.edges).toContainEqual({
      node: { id: inv.id, inviteUrl: inv.inviteUrl },
    });
    expect((await t.gql(PREVIEW, { token })).data.orgInvitation).toEqual({
      email: 'new.person@example.test',
      displayName: 'New Person',
      organisationName: expect.any(String),
    });
    const weak = await t.gql(ACCEPT, { input: { token, password: 'short' } });
    expect(weak.code).toBe(ErrorCode.BAD_USER_INPUT);
    const accepted = await t.gql(ACCEPT, { input: { token, password: 'a-long-password' } });
    expect(accepted.data.acceptOrgInvitation.user).toEqual({
      email: 'new.person@example.test',
      displayName: 'New Person',
      orgRole: 'HR',
    });
    expect(
      (await t.gql('{ me { email } }', {}, accepted.data.acceptOrgInvitation.accessToken)).data.me
        .email,
    ).toBe('new.person@example.test');
    // Used: the link is dead.
    expect((await t.gql(ACCEPT, { input: { token, password: 'another-password' } })).code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect((await t.gql(PREVIEW, { token })).code).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses members and HR, existing accounts, duplicates and bad emails, writing nothing', async () => {
    expect((await t.gql(INVITE, { input: { email: 'x1@example.test' } }, memberToken)).code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect((await t.gql(INVITE, { input: { email: 'x1@example.test' } })).code).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect(await t.ds.getRepository(UserEntity).countBy({ email: 'x1@example.test' })).toBe(0);
    const existing = await createUser(t.ds);
    expect((await t.gql(INVITE, { input: { email: existing.email } }, adminToken)).code).toBe(
      ErrorCode.CONFLICT,
    );
    expect(
      (await t.gql(INVITE, { input: { email: 'twice@example.test' } }, adminToken)).errors,
    ).toBeUndefined();
    expect((await t.gql(INVITE, { input: { email: 'twice@example.test' } }, adminToken)).code).toBe(
      ErrorCode.CONFLICT,
    );
    const bad = await t.gql(INVITE, { input: { email: 'not-an-email' } }, adminToken);
    expect(bad.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(bad.errors?.[0]?.extensions['field']).toBe('email');
    expect(
      (await t.gql(INVITE, { input: { email: 'e@example.test', orgRole: 'OWNER' } }, adminToken))
        .status,
    ).toBe(400);
    expect(
      (await t.gql('{ orgInvitations { edges { node { id } } } }', {}, memberToken)).code,
    ).toBe(ErrorCode.FORBIDDEN);
  });

  it('the pending list is read a page at a time, whole, latest first, over ties in time', async () => {
    for (let i = 0; i < 60; i++)
      expect(
        (
          await t.gql(
            INVITE,
            { input: { email: `paged-${i}@example.test`, orgRole: 'MEMBER' } },
            adminToken,
          )
        ).errors,
      ).toBeUndefined();
    await t.ds.query(
      `UPDATE org_invitations SET created_at = '2030-01-01T00:00:00Z'
        WHERE id IN (SELECT i.id FROM org_invitations i JOIN users u ON u.id = i.user_id
                      WHERE u.email LIKE 'paged-1%')`,
    );
    const expected = (
      await t.ds.query(
        `SELECT id::text FROM org_invitations
          WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          ORDER BY created_at DESC, id DESC`,
      )
    ).map((r: { id: string }) => r.id);
    const Q = `query($first: Int, $after: String) { orgInvitations(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    for (const first of [7, 50]) {
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 30; i++) {
        const r: any = await t.gql(Q, { first, after }, adminToken);
        expect(r.data.orgInvitations.totalCount).toBe(expected.length);
        ids.push(...r.data.orgInvitations.edges.map((e: any) => e.node.id));
        if (!r.data.orgInvitations.pageInfo.hasNextPage) break;
        after = r.data.orgInvitations.pageInfo.endCursor;
      }
      expect(ids).toEqual(expected);
    }
    for (const v of [{ first: 0 }, { first: 51 }, { first: 5, after: 'junk' }])
      expect((await t.gql(Q, v, adminToken)).code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('a revoked or forged link is NOT_FOUND; invited people are not in the directory', async () => {
    const inv = (
      await t.gql(
        INVITE,
        { input: { email: 'revoked@example.test', displayName: 'Revoked Zz' } },
        adminToken,
      )
    ).data.inviteUser;
    const dir = await t.gql('{ users(search: "Revoked Zz") { totalCount } }', {}, memberToken);
    expect(dir.data.users.totalCount).toBe(0);
    expect(
      (
        await t.gql(
          'mutation($id: ID!) { revokeOrgInvitation(input: { invitationId: $id }) { id } }',
          { id: inv.id },
          memberToken,
        )
      ).code,
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      (
        await t.gql(
          'mutation($id: ID!) { revokeOrgInvitation(input: { invitationId: $id }) { id } }',
          { id: inv.id },
          adminToken,
        )
      ).errors,
    ).toBeUndefined();
    const token = inv.inviteUrl.split('/').pop();
    expect((await t.gql(ACCEPT, { input: { token, password: 'a-long-password' } })).code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect((await t.gql(PREVIEW, { token: 'forged-token' })).code).toBe(ErrorCode.NOT_FOUND);
  });
});

// The organisation row is one for the whole database, and other suites (auth) switch open sign-up
// on and off while they run: this one reads it on a database of its own.
describe('signUpAvailable', () => {
  let t: TestApp;
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await scratchDatabase();
    t = await bootTestApp({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('tells anonymous visitors whether open sign-up is on, without revealing the domains', async () => {
    expect((await t.gql('{ signUpAvailable }')).data).toEqual({ signUpAvailable: false });
    await t.ds.query(
      `UPDATE organisation SET open_sign_up = true, allowed_email_domains = '{acme.test}'`,
    );
    try {
      expect((await t.gql('{ signUpAvailable }')).data).toEqual({ signUpAvailable: true });
      expect((await t.gql('{ organisation { allowedEmailDomains } }')).code).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    } finally {
      await t.ds.query(
        `UPDATE organisation SET open_sign_up = false, allowed_email_domains = '{}'`,
      );
    }
  });
});
