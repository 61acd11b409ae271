import { ErrorCode } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from './support/test-app';

describe('the API shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('answers health without signing in', async () => {
    const res = await t.gql('{ health }');
    expect(res.data).toEqual({ health: 'ok' });
  });

  it('refuses anything else without a token, and with a forged one', async () => {
    const anonymous = await t.gql('{ me { id } }');
    expect(anonymous.code).toBe(ErrorCode.UNAUTHENTICATED);
    const forged = await t.gql(
      '{ me { id } }',
      {},
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.bad',
    );
    expect(forged.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('accepts a token of a live session and refuses it once the person is deactivated', async () => {
    const user = await createUser(t.ds);
    const token = await t.tokenFor(user);
    expect((await t.gql('{ health }', {}, token)).data).toEqual({ health: 'ok' });
    await t.ds.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    expect((await t.gql('{ me { id } }', {}, token)).code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});
