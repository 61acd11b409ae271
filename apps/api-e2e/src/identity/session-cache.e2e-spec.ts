import { ErrorCode, OrgRole } from '@hearth/shared/util';
import { createUser } from '@hearth/api/testing';
import { SessionCache, SessionInvalidationListener } from '@hearth/api/identity';
import { JwtService } from '@nestjs/jwt';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { bootTestApp, countQueries, TestApp } from '../support/test-app';

const ME = '{ me { id } }';
const FAILED_JOBS = '{ failedBackgroundJobs(first: 1) { edges { node { id } } } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(input: { userId: $id }) { active } }';
const ROLE = `mutation($id: ID!, $role: OrgRole!) { changeOrgRole(input: { userId: $id, orgRole: $role }) { orgRole } }`;

const listenerOf = (t: TestApp) => t.app.get(SessionInvalidationListener);

/** Polls `check` every 10 ms until it holds; fails after `ms`. Returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const listening = (t: TestApp) => within(5000, () => Promise.resolve(listenerOf(t).listening));

/**
 * Each API process keeps live sessions in memory (SessionCache) while it LISTENs for their
 * invalidation; revocations through the process are honoured on the very next request, and those
 * made elsewhere (another instance, SQL) as soon as PostgreSQL's notification arrives.
 */
describe('the session cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
    await listening(t);
  });
  afterAll(() => t.close());

  /** The number of statements `{ me { id } }` costs as `token`'s person. */
  const meStatements = async (app: TestApp, token: string): Promise<number> => {
    const { result, queries } = await countQueries(app, () => app.gql(ME, {}, token));
    expect(result.errors).toBeUndefined();
    return queries;
  };
  const refused = async (app: TestApp, token: string) =>
    (await app.gql(ME, {}, token)).code === ErrorCode.UNAUTHENTICATED;

  it('a signed-in request reads its session once: later ones read only their own data', async () => {
    const user = await createUser(t.ds);
    const token = await t.tokenFor(user);
    // The session check and the person's row, then the row alone.
    expect([await meStatements(t, token), await meStatements(t, token)]).toEqual([2, 1]);
    expect((await t.gql(ME, {}, token)).data).toEqual({ me: { id: user.id } });
  });

  it('signing out is refused on the very next request', async () => {
    const token = await t.tokenFor(await createUser(t.ds));
    expect(await meStatements(t, token)).toBeGreaterThan(0);
    expect(await meStatements(t, token)).toBe(1); // cached
    expect((await t.gql('mutation { signOut }', {}, token)).data).toEqual({ signOut: true });
    expect(await refused(t, token)).toBe(true);
  });

  it('deactivation through the admin mutation is refused on the very next request', async () => {
    const admin = await t.tokenFor(await createUser(t.ds, { orgRole: OrgRole.ADMIN }));
    const person = await createUser(t.ds);
    const token = await t.tokenFor(person);
    await meStatements(t, token);
    expect(await meStatements(t, token)).toBe(1);
    const res = await t.gql(DEACTIVATE, { id: person.id }, admin);
    expect(res.data).toEqual({ deactivateUser: { active: false } });
    expect(await refused(t, token)).toBe(true);
  });

  it('a demoted admin loses admin operations at once, and a promoted member gains them', async () => {
    const boss = await t.tokenFor(await createUser(t.ds, { orgRole: OrgRole.ADMIN }));
    const demoted = await createUser(t.ds, { orgRole: OrgRole.ADMIN });
    const promoted = await createUser(t.ds);
    const [demotedToken, promotedToken] = [await t.tokenFor(demoted), await t.tokenFor(promoted)];
    expect((await t.gql(FAILED_JOBS, {}, demotedToken)).errors).toBeUndefined();
    expect((await t.gql(FAILED_JOBS, {}, promotedToken)).code).toBe(ErrorCode.FORBIDDEN);
    expect(await meStatements(t, demotedToken)).toBe(1); // both sessions are cached
    expect(await meStatements(t, promotedToken)).toBe(1);

    const down = await t.gql(ROLE, { id: demoted.id, role: 'MEMBER' }, boss);
    expect(down.data).toEqual({ changeOrgRole: { orgRole: 'MEMBER' } });
    const up = await t.gql(ROLE, { id: promoted.id, role: 'ADMIN' }, boss);
    expect(up.data).toEqual({ changeOrgRole: { orgRole: 'ADMIN' } });
    expect((await t.gql(FAILED_JOBS, {}, demotedToken)).code).toBe(ErrorCode.FORBIDDEN);
    expect((await t.gql(FAILED_JOBS, {}, promotedToken)).errors).toBeUndefined();
  });

  describe('across two API processes on one database', () => {
    // Another API process (two apps in jest's process would share passport's one 'jwt' strategy).
    let other: ChildProcess;
    const port = 34_000 + Math.floor(Math.random() * 1000);
    const otherGql = async (query: string, token: string) =>
      (await (
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> };
    const refusedThere = async (token: string) =>
      (await otherGql(ME, token)).errors?.[0]?.extensions.code === ErrorCode.UNAUTHENTICATED;

    beforeAll(async () => {
      other = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
        cwd: join(__dirname, '../../../..'),
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          JOBS_WORKER: 'false',
          TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
        },
        stdio: 'ignore',
      });
      // It answers once it has started, and it starts once its listener is listening.
      await within(90_000, () =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ health }' }),
        }).then(
          (r) => r.ok,
          () => false,
        ),
      );
    }, 120_000);
    afterAll(async () => {
      const exited = new Promise((r) => other.once('exit', r));
      other.kill('SIGINT');
      await exited;
    }, 30_000);

    it('a sign-out or a deactivation through one is refused by the other within moments', async () => {
      const admin = await t.tokenFor(await createUser(t.ds, { orgRole: OrgRole.ADMIN }));
      const leaving = await t.tokenFor(await createUser(t.ds));
      const deactivated = await createUser(t.ds);
      const deactivatedToken = await t.tokenFor(deactivated);
      for (const token of [leaving, deactivatedToken])
        expect((await otherGql(ME, token)).errors).toBeUndefined();
      expect((await t.gql('mutation { signOut }', {}, leaving)).data).toEqual({ signOut: true });
      expect((await t.gql(DEACTIVATE, { id: deactivated.id }, admin)).errors).toBeUndefined();
      await within(2000, () => refusedThere(leaving));
      await within(2000, () => refusedThere(deactivatedToken));
    });

    it('the other process answers from memory: a revocation that sends no notification is not seen there', async () => {
      // Triggers off for this one statement (session_replication_role = replica): the other
      // process is not told, and keeps its entry (at most a minute, SessionCache's maximum age),
      // while this process, which has not cached the session, reads the database.
      const token = await t.tokenFor(await createUser(t.ds));
      expect((await otherGql(ME, token)).errors).toBeUndefined();
      const sid = t.app.get(JwtService).decode<{ sid: string }>(token).sid;
      await t.ds.transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`);
        await m.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [sid]);
      });
      await new Promise((r) => setTimeout(r, 200));
      expect((await otherGql(ME, token)).errors).toBeUndefined();
      expect(await refused(t, token)).toBe(true);
    });
  });

  it('revocation, expiry, deactivation and role changes written in SQL are honoured within moments', async () => {
    const make = async (role = OrgRole.MEMBER) => {
      const user = await createUser(t.ds, { orgRole: role });
      const token = await t.tokenFor(user);
      await meStatements(t, token);
      expect(await meStatements(t, token)).toBe(1);
      return { user, token };
    };
    const [revoked, expired, inactive, demoted] = [
      await make(),
      await make(),
      await make(),
      await make(OrgRole.ADMIN),
    ];
    const sid = (token: string) => t.app.get(JwtService).decode<{ sid: string }>(token).sid;
    await t.ds.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [sid(revoked.token)]);
    await t.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      sid(expired.token),
    ]);
    await t.ds.query(`UPDATE users SET active = false WHERE id = $1`, [inactive.user.id]);
    await t.ds.query(`UPDATE users SET org_role = 'MEMBER' WHERE id = $1`, [demoted.user.id]);
    for (const token of [revoked.token, expired.token, inactive.token])
      await within(2000, () => refused(t, token));
    await within(
      2000,
      async () => (await t.gql(FAILED_JOBS, {}, demoted.token)).code === ErrorCode.FORBIDDEN,
    );
  });

  it('while its LISTEN connection is cut the cache is not used, so a revocation made meanwhile is honoured; then it listens again', async () => {
    const user = await createUser(t.ds);
    const token = await t.tokenFor(user);
    await meStatements(t, token);
    expect(await meStatements(t, token)).toBe(1);
    expect(t.app.get(SessionCache).size).toBeGreaterThan(0);
    const pid = listenerOf(t).backendPid;
    expect(pid).not.toBeNull();
    const sid = t.app.get(JwtService).decode<{ sid: string }>(token).sid;
    // Cut the connection (waiting until its backend has gone), then revoke the session: its
    // notification reaches nobody.
    await t.ds.transaction(async (m) => {
      expect(await m.query(`SELECT pg_terminate_backend($1, 5000) AS ok`, [pid])).toEqual([
        { ok: true },
      ]);
      await m.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [sid]);
    });
    expect(t.app.get(SessionCache).size).toBe(0);
    expect(await refused(t, token)).toBe(true);

    // It listens again (a new connection) and caches again.
    await listening(t);
    expect(listenerOf(t).backendPid).not.toBe(pid);
    const fresh = await t.tokenFor(user);
    expect([await meStatements(t, fresh), await meStatements(t, fresh)]).toEqual([2, 1]);
    expect(await refused(t, token)).toBe(true);
  });
});
