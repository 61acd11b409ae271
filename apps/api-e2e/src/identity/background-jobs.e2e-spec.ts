import { ErrorCode, GroupVisibility, OrgRole } from '@hearth/shared/util';
import { MAX_JOB_ATTEMPTS, NotifyJob } from '@hearth/api/core';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { UserEntity } from '@hearth/api/identity';
import { bootTestApp, GqlResult, TestApp } from '../support/test-app';
import { createPost } from '../conversation/helpers';

const STATS = `{ backgroundJobStats { due scheduled retrying failed oldestDueSeconds maxAttempts } }`;
const FAILED = `query($first: Int, $after: String) { failedBackgroundJobs(first: $first, after: $after) {
  edges { cursor node { id kind payload attempts lastError createdAt runAfter } }
  pageInfo { hasNextPage endCursor } } }`;
const RETRY = `mutation($id: ID!) { retryBackgroundJob(id: $id) { id kind attempts lastError runAfter } }`;
const DISCARD = `mutation($id: ID!) { discardBackgroundJob(id: $id) }`;
const AUDIT = `{ auditLog(first: 50) { edges { node { action details actor { id } } } } }`;

interface Job {
  id: string;
  kind: string;
  payload: string;
  attempts: number;
  lastError: string | null;
}

describe('background jobs: the operator’s view of work set aside', () => {
  let t: TestApp;
  let admin: UserEntity;
  let adminToken: string;
  beforeAll(async () => {
    t = await bootTestApp();
    admin = await createUser(t.ds, { orgRole: OrgRole.ADMIN, displayName: 'Ada Admin' });
    adminToken = await t.tokenFor(admin);
  });
  afterAll(() => t.close());

  /** A job as a worker leaves it after failing every attempt (written straight in). */
  const setAside = async (kind: string, payload: Record<string, unknown>): Promise<string> => {
    const [row] = await t.ds.query(
      `INSERT INTO outbox_jobs (kind, payload, attempts, last_error, run_after)
       VALUES ($1, $2::jsonb, $3, 'Error: the database went away', now() + interval '1 hour')
       RETURNING id::text AS id`,
      [kind, JSON.stringify(payload), MAX_JOB_ATTEMPTS],
    );
    return (row as { id: string }).id;
  };
  const failedIds = async (first = 50): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResult<{
        failedBackgroundJobs: {
          edges: Array<{ node: Job }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }> = await t.gql(FAILED, { first, after }, adminToken);
      expect(res.errors).toBeUndefined();
      const page = res.data!.failedBackgroundJobs;
      expect(page.edges.length).toBeLessThanOrEqual(first);
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };
  const jobRow = (id: string) =>
    t.ds.query<Array<{ attempts: number; due: boolean }>>(
      `SELECT attempts, run_after <= now() AS due FROM outbox_jobs WHERE id = $1`,
      [id],
    );

  it('only org admins see and manage them: HR and members are FORBIDDEN, signed out UNAUTHENTICATED', async () => {
    const id = await setAside('test.matrix', { n: 1 });
    const hr = await t.tokenFor(await createUser(t.ds, { orgRole: OrgRole.HR }));
    const member = await t.tokenFor(await createUser(t.ds));
    const deactivated = await createUser(t.ds);
    const deactivatedToken = await t.tokenFor(deactivated);
    await t.ds.getRepository(UserEntity).update({ id: deactivated.id }, { active: false });
    const operations: Array<[string, string, Record<string, unknown>]> = [
      ['stats', STATS, {}],
      ['failed', FAILED, {}],
      ['retry', RETRY, { id }],
      ['discard', DISCARD, { id }],
    ];
    for (const [name, query, variables] of operations) {
      for (const [who, token, code] of [
        ['hr', hr, ErrorCode.FORBIDDEN],
        ['member', member, ErrorCode.FORBIDDEN],
        ['deactivated', deactivatedToken, ErrorCode.UNAUTHENTICATED],
        ['signed out', undefined, ErrorCode.UNAUTHENTICATED],
      ] as const) {
        const res = await t.gql(query, variables, token);
        expect([name, who, res.code, res.data ?? null]).toEqual([name, who, code, null]);
      }
    }
    // Nothing was changed by the refused attempts.
    expect(await jobRow(id)).toEqual([{ attempts: MAX_JOB_ATTEMPTS, due: false }]);
    const stats = await t.gql<{ backgroundJobStats: { failed: number; maxAttempts: number } }>(
      STATS,
      {},
      adminToken,
    );
    expect(stats.data!.backgroundJobStats.maxAttempts).toBe(MAX_JOB_ATTEMPTS);
    expect(stats.data!.backgroundJobStats.failed).toBeGreaterThanOrEqual(1);
    await t.ds.query(`DELETE FROM outbox_jobs WHERE id = $1`, [id]);
  });

  it('a job set aside is listed with its error; retried, it runs at once and does its work (audited)', async () => {
    const owner = await createUser(t.ds, { displayName: 'Olga Owner' });
    const reactor = await createUser(t.ds, { displayName: 'Rita Reactor' });
    const group = await createGroup(t.ds, { owner, visibility: GroupVisibility.OPEN });
    await addMember(t.ds, group, reactor);
    const post = await createPost(t, await t.tokenFor(owner), {
      groupId: group.id,
      body: 'Tell me what you think',
    });
    await t.jobsDone();
    // Rita's reaction was written, but telling Olga failed every attempt.
    await t.ds.query(
      `INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, 'LIKE')`,
      [post.id, reactor.id],
    );
    const id = await setAside(NotifyJob.POST_REACTED, { postId: post.id, userId: reactor.id });
    const told = () =>
      t.ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1`,
        [owner.id],
      );
    expect(await told()).toEqual([{ n: 0 }]);

    const listed = await t.gql<{ failedBackgroundJobs: { edges: Array<{ node: Job }> } }>(
      FAILED,
      { first: 50 },
      adminToken,
    );
    const job = listed.data!.failedBackgroundJobs.edges.find((e) => e.node.id === id)?.node;
    expect(job).toMatchObject({
      kind: NotifyJob.POST_REACTED,
      attempts: MAX_JOB_ATTEMPTS,
      lastError: 'Error: the database went away',
    });
    expect(JSON.parse(job!.payload)).toEqual({ postId: post.id, userId: reactor.id });

    const retried = await t.gql<{ retryBackgroundJob: Job }>(RETRY, { id }, adminToken);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retryBackgroundJob).toMatchObject({ id, attempts: 0 });
    await t.jobsDone();
    expect(await told()).toEqual([{ n: 1 }]);
    expect(await jobRow(id)).toEqual([]);
    expect(await failedIds()).not.toContain(id);

    const audit = await t.gql<{
      auditLog: {
        edges: Array<{ node: { action: string; details: string; actor: { id: string } } }>;
      };
    }>(AUDIT, {}, adminToken);
    const entry = audit.data!.auditLog.edges.find(
      (e) => e.node.action === 'BACKGROUND_JOB_RETRIED' && JSON.parse(e.node.details).jobId === id,
    );
    expect(entry?.node.actor.id).toBe(admin.id);
    expect(JSON.parse(entry!.node.details)).toMatchObject({
      kind: NotifyJob.POST_REACTED,
      attempts: MAX_JOB_ATTEMPTS,
      lastError: 'Error: the database went away',
    });
  });

  it('discarding deletes it for good (audited); a second discard is NOT_FOUND', async () => {
    const id = await setAside('test.discard', { n: 2 });
    const res = await t.gql<{ discardBackgroundJob: string }>(DISCARD, { id }, adminToken);
    expect(res.data).toEqual({ discardBackgroundJob: id });
    expect(await jobRow(id)).toEqual([]);
    expect((await t.gql(DISCARD, { id }, adminToken)).code).toBe(ErrorCode.NOT_FOUND);
    expect((await t.gql(RETRY, { id }, adminToken)).code).toBe(ErrorCode.NOT_FOUND);
    const [row] = await t.ds.query(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'BACKGROUND_JOB_DISCARDED' AND details->>'jobId' = $1 AND actor_id = $2`,
      [id, admin.id],
    );
    expect(row).toEqual({ n: 1 });
  });

  it('a job still waiting or being retried is a CONFLICT, left as it was; a bad id or cursor is BAD_USER_INPUT', async () => {
    const [waiting] = await t.ds.query<Array<{ id: string }>>(
      `INSERT INTO outbox_jobs (kind, payload, attempts, run_after)
       VALUES ('test.waiting', '{}', 2, now() + interval '1 hour') RETURNING id::text AS id`,
    );
    for (const query of [RETRY, DISCARD]) {
      const res = await t.gql(query, { id: waiting!.id }, adminToken);
      expect(res.code).toBe(ErrorCode.CONFLICT);
      expect(res.errors?.[0]?.message).toMatch(/not failed every attempt/);
    }
    expect(await jobRow(waiting!.id)).toEqual([{ attempts: 2, due: false }]);
    await t.ds.query(`DELETE FROM outbox_jobs WHERE id = $1`, [waiting!.id]);

    for (const id of ['abc', '-1', '0', '1.5', '99999999999999999999999'])
      expect([id, (await t.gql(RETRY, { id }, adminToken)).code]).toEqual([
        id,
        ErrorCode.BAD_USER_INPUT,
      ]);
    const madeUp = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of ['nope', madeUp(['abc']), madeUp([12]), madeUp(['1', '2'])])
      expect([after, (await t.gql(FAILED, { after }, adminToken)).code]).toEqual([
        after,
        ErrorCode.BAD_USER_INPUT,
      ]);
    for (const first of [0, 51])
      expect((await t.gql(FAILED, { first }, adminToken)).code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('the list comes a page at a time, latest first, none missed or repeated', async () => {
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push(await setAside('test.paging', { i }));
    const walked = await failedIds(2);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.filter((id) => made.includes(id))).toEqual([...made].reverse());
    for (const id of made) await t.gql(DISCARD, { id }, adminToken);
  });

  it('the figures count due, scheduled, retrying and set-aside work', async () => {
    const before = (
      await t.gql<{ backgroundJobStats: Record<string, number> }>(STATS, {}, adminToken)
    ).data!.backgroundJobStats;
    const rows = await t.ds.query<Array<{ id: string }>>(
      `INSERT INTO outbox_jobs (kind, payload, attempts, run_after) VALUES
         ('test.stats', '{}', 0, now() + interval '1 day'),
         ('test.stats', '{}', 3, now() + interval '1 hour'),
         ('test.stats', '{}', $1, now() + interval '1 hour')
       RETURNING id::text AS id`,
      [MAX_JOB_ATTEMPTS],
    );
    try {
      const after = (
        await t.gql<{ backgroundJobStats: Record<string, number> }>(STATS, {}, adminToken)
      ).data!.backgroundJobStats;
      // Other test files write jobs at the same time: each figure grew by at least ours.
      expect(after['scheduled']! - before['scheduled']!).toBeGreaterThanOrEqual(1);
      expect(after['retrying']! - before['retrying']!).toBeGreaterThanOrEqual(1);
      expect(after['failed']! - before['failed']!).toBeGreaterThanOrEqual(1);
      // A job due for an hour and not run: the oldest due work is at least that old.
      const [stale] = await t.ds.query<Array<{ id: string }>>(
        `INSERT INTO outbox_jobs (kind, payload, run_after) VALUES ('test.stale', '{}', now() - interval '1 hour')
         RETURNING id::text AS id`,
      );
      rows.push(stale!);
      const stalled = (
        await t.gql<{ backgroundJobStats: Record<string, number> }>(STATS, {}, adminToken)
      ).data!.backgroundJobStats;
      expect(stalled['oldestDueSeconds']).toBeGreaterThanOrEqual(3600);
      expect(stalled['due']).toBeGreaterThanOrEqual(1);
    } finally {
      await t.ds.query(`DELETE FROM outbox_jobs WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
    }
  });
});
