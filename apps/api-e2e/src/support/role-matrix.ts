import { ErrorCode, GroupVisibility } from '@hearth/shared/util';
import { GroupEntity } from '@hearth/api/groups';
import { Role, ROLES, world, World } from '../groups/world';
import { bootTestApp, TestApp } from './test-app';

/** Everyone a role matrix calls as: each relation to the group, and nobody signed in. */
export type Caller = Role | 'anonymous' | 'deactivated';
export const CALLERS: Caller[] = [...ROLES, 'anonymous', 'deactivated'];
export const OK = 'OK';
export const { FORBIDDEN: F, NOT_FOUND: N, UNAUTHENTICATED: U } = ErrorCode;

export interface PreparedRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  visibility: GroupVisibility;
  /** Settings of the group made for each call. */
  group?: Partial<GroupEntity>;
  /** Builds the request against a fresh world; returns the document and variables. */
  prepare: (t: TestApp, w: World) => Promise<PreparedRequest> | PreparedRequest;
  /** `OK` or the error code each caller gets. */
  expected: Record<Caller, string>;
}

/** The same answer for everyone outside the group (including HR, who has no say in groups). */
export const outsiders = (code: string) => ({
  invited: code,
  pending: code,
  banned: code,
  nonMember: code,
  hr: code,
});
export const signedOut = { anonymous: U, deactivated: U };

/** Runs each operation as each caller against a fresh world, and checks the outcome. */
export function roleMatrix(title: string, operations: Operation[]): void {
  describe(title, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp();
    });
    afterAll(() => t.close());

    describe.each(operations)('$name', (op) => {
      it.each(CALLERS)('as %s', async (caller) => {
        const w = await world(t, op.visibility, op.group ?? {});
        const { query, variables } = await op.prepare(t, w);
        const res = await t.gql(
          query,
          variables,
          caller === 'anonymous' ? undefined : w.tokens[caller],
        );
        const outcome = res.errors ? (res.code ?? 'ERROR') : OK;
        expect(outcome).toBe(op.expected[caller]);
      });
    });
  });
}
