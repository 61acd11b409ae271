import { ErrorCode } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';

/** With REDIS_URL set, sign-in limits are shared: two API instances count the same attempts. */
describe('rate limits through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  const env = {
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    SIGN_IN_LIMIT_PER_ACCOUNT: '3',
    // This run's own keys: earlier runs' attempts from the same address must not count.
    REDIS_PREFIX: `${process.env['HEARTH_TEST_DATABASE'] ?? 'hearth_test'}-${Date.now()}:`,
  };
  beforeAll(async () => {
    a = await bootTestApp(env);
    b = await bootTestApp(env);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('counts attempts made through either instance', async () => {
    const user = await createUser(a.ds);
    const SIGN_IN =
      'mutation($e: String!) { signIn(input: { email: $e, password: "wrong-password-x" }) { accessToken } }';
    const answers = [];
    for (const app of [a, b, a, b]) answers.push((await app.gql(SIGN_IN, { e: user.email })).code);
    expect(answers).toEqual([
      ErrorCode.UNAUTHENTICATED,
      ErrorCode.UNAUTHENTICATED,
      ErrorCode.UNAUTHENTICATED,
      ErrorCode.RATE_LIMITED,
    ]);
  });
});
