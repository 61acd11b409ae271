import { bootTestApp, TestApp } from '../support/test-app';
import { ok, townHallWorld } from './helpers';

const OPTIONS = `{ townHallHostingOptions { forOrganisation groups { id name } } }`;

describe('town halls: for whom may I hold one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('HR and org admins: the organisation and every group; a group admin: their groups; a member: nothing', async () => {
    const w = await townHallWorld(t);
    // The options list at most 500 groups by name, and the suites share one database with many
    // groups: give this one a name that comes first.
    const name = `0 Hosting options ${w.group.id.slice(0, 8)}`;
    await t.ds.query(`UPDATE groups SET name = $2 WHERE id = $1`, [w.group.id, name]);
    const options = async (token: string) =>
      (await ok(t, OPTIONS, {}, token)).townHallHostingOptions as {
        forOrganisation: boolean;
        groups: Array<{ id: string }>;
      };
    for (const role of ['hr', 'orgAdmin'] as const) {
      const o = await options(w.tokens[role]);
      expect([role, o.forOrganisation, o.groups.some((g) => g.id === w.group.id)]).toEqual([
        role,
        true,
        true,
      ]);
    }
    for (const role of ['groupOwner', 'groupAdmin'] as const)
      expect([role, await options(w.tokens[role])]).toEqual([
        role,
        { forOrganisation: false, groups: [{ id: w.group.id, name }] },
      ]);
    for (const role of ['member', 'host', 'moderator', 'outsider'] as const)
      expect([role, await options(w.tokens[role])]).toEqual([
        role,
        { forOrganisation: false, groups: [] },
      ]);
  });
});
