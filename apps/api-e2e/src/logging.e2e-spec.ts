import { ErrorCode, OrgRole } from '@hearth/shared/util';
import { createUser, TEST_PASSWORD } from '@hearth/api/testing';
import { Writable } from 'node:stream';
import request from 'supertest';
import { bootTestApp, TestApp } from './support/test-app';
import { ask, townHallWorld } from './townhalls/helpers';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation Refresh($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken refreshToken } }`;
const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }`;
const ACCEPT = `mutation Accept($input: AcceptOrgInvitationInput!) { acceptOrgInvitation(input: $input) { accessToken refreshToken } }`;

describe('logs: JSON lines with request ids, and never a secret', () => {
  const lines: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ LOG_LEVEL: 'trace' }, { logger: undefined, logDestination: capture });
  });
  afterAll(() => t.close());

  it('logs sign-in, refresh, an invitation, an anonymous question and failures without their secrets', async () => {
    const secrets: string[] = [];
    const keep = (...values: Array<string | undefined>) => {
      for (const v of values) {
        expect(typeof v).toBe('string');
        secrets.push(v as string);
      }
    };

    // Signing in: a wrong password, then the right one.
    const person = await createUser(t.ds);
    const wrong = await t.gql(SIGN_IN, {
      input: { email: person.email, password: 'wrong-password-9137' },
    });
    expect(wrong.code).toBe(ErrorCode.UNAUTHENTICATED);
    const signedIn = (
      await t.gql(SIGN_IN, { input: { email: person.email, password: TEST_PASSWORD } })
    ).data.signIn;
    keep('wrong-password-9137', TEST_PASSWORD, signedIn.accessToken, signedIn.refreshToken);

    // Refreshing, then replaying the spent refresh token (refused).
    const refreshed = (await t.gql(REFRESH, { t: signedIn.refreshToken })).data.refreshSession;
    keep(refreshed.accessToken, refreshed.refreshToken);
    expect((await t.gql(REFRESH, { t: signedIn.refreshToken })).code).toBe(
      ErrorCode.UNAUTHENTICATED,
    );

    // An invitation: its link's token, fetched as a page, then accepted with a password.
    const admin = await t.tokenFor(await createUser(t.ds, { orgRole: OrgRole.ADMIN }));
    keep(admin);
    const invited = await t.gql(
      INVITE,
      { input: { email: `logged-${Date.now()}@example.test`, displayName: 'Logged Person' } },
      admin,
    );
    const inviteToken = (invited.data.inviteUser.inviteUrl as string).split('/').pop();
    keep(inviteToken);
    await request(t.app.getHttpServer()).get(`/invite/${inviteToken}`);
    const accepted = (
      await t.gql(ACCEPT, { input: { token: inviteToken, password: 'invitee-password-5521' } })
    ).data.acceptOrgInvitation;
    keep('invitee-password-5521', accepted.accessToken, accepted.refreshToken);
    expect(
      (await t.gql(ACCEPT, { input: { token: inviteToken, password: 'invitee-password-5521' } }))
        .code,
    ).toBe(ErrorCode.NOT_FOUND);

    // An anonymous town-hall question: the keyed hash that stands for its asker.
    const w = await townHallWorld(t, { state: 'OPEN', input: { preModerated: false } });
    const question = await ask(t, w.tokens.member, w.townHall.id, 'Who reads the logs?', true);
    const [asker] = await t.ds.query<Array<{ anon_key: string }>>(
      `SELECT anon_key FROM town_hall_question_askers WHERE question_id = $1`,
      [question.id],
    );
    keep(asker?.anon_key, w.tokens.member);

    // Failures: a forged token, something that does not exist, input that does not parse.
    const forged = `${signedIn.accessToken.slice(0, -4)}AAAA`;
    keep(forged);
    expect((await t.gql('{ me { id } }', {}, forged)).code).toBe(ErrorCode.UNAUTHENTICATED);
    const traced = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${accepted.accessToken}`)
      .set('x-request-id', 'logged-request-0001')
      .send({ query: '{ group(id: "00000000-0000-4000-8000-000000000000") { id } }' });
    expect(traced.body.errors[0].extensions.code).toBe(ErrorCode.NOT_FOUND);
    expect((await t.gql('{ me { id ', {}, accepted.accessToken)).code).toBe(
      ErrorCode.BAD_USER_INPUT,
    );

    // Every line is JSON, and requests are there with their ids.
    expect(lines.length).toBeGreaterThan(20);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed).toContainEqual(
      expect.objectContaining({
        req: { id: 'logged-request-0001', method: 'POST', path: '/graphql' },
        res: { statusCode: 200 },
      }),
    );
    expect(parsed).toContainEqual(
      expect.objectContaining({
        req: expect.objectContaining({ path: '/invite/[redacted]' }),
      }),
    );

    const log = lines.join('\n');
    const bearer = secrets.filter((s) => s.length > 0);
    expect(bearer.length).toBeGreaterThanOrEqual(14);
    for (const secret of [...bearer, process.env['JWT_SECRET'] as string])
      expect({ secret, logged: log.includes(secret) }).toEqual({ secret, logged: false });
  });
});
