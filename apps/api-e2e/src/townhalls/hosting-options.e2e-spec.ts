import { ErrorCode } from '@hearth/shared/util';
import { createGroup } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import { ok, townHallWorld } from './helpers';

const OPTIONS = `query($s: String) { townHallHostingOptions(search: $s) { forOrganisation groups { id name } moreGroups } }`;

interface Options {
  forOrganisation: boolean;
  groups: Array<{ id: string; name: string }>;
  moreGroups: boolean;
}

describe('town halls: for whom may I hold one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const options = async (token: string, s?: string): Promise<Options> =>
    (await ok(t, OPTIONS, { s }, token)).townHallHostingOptions;

  it('HR and org admins: the organisation and every group; a group admin: their groups; a member: nothing', async () => {
    const w = await townHallWorld(t);
    // The suites share one database with many groups: find this one by a name of its own.
    const tag = w.group.id.slice(0, 8);
    const name = `Hosting options ${tag}`;
    await t.ds.query(`UPDATE groups SET name = $2 WHERE id = $1`, [w.group.id, name]);
    for (const role of ['hr', 'orgAdmin'] as const) {
      const o = await options(w.tokens[role], tag.toUpperCase());
      expect([role, o]).toEqual([
        role,
        { forOrganisation: true, groups: [{ id: w.group.id, name }], moreGroups: false },
      ]);
    }
    for (const role of ['groupOwner', 'groupAdmin'] as const)
      expect([role, await options(w.tokens[role])]).toEqual([
        role,
        { forOrganisation: false, groups: [{ id: w.group.id, name }], moreGroups: false },
      ]);
    for (const role of ['member', 'host', 'moderator', 'outsider'] as const)
      expect([role, await options(w.tokens[role]), await options(w.tokens[role], tag)]).toEqual([
        role,
        { forOrganisation: false, groups: [], moreGroups: false },
        { forOrganisation: false, groups: [], moreGroups: false },
      ]);
  });

  it('offers 50 groups by name at a time and says when more match; a search finds any of them', async () => {
    const w = await townHallWorld(t);
    const tag = `h${w.group.id.slice(0, 8)}`;
    const made = [];
    for (let i = 0; i < 55; i++)
      made.push(await createGroup(t.ds, { owner: w.users.member, name: `Zz ${tag} ${100 + i}` }));
    const all = await options(w.tokens.hr);
    expect(all.groups).toHaveLength(50);
    expect(all.moreGroups).toBe(true);
    // The last of them sorts after the first 50 for everyone: only a search reaches it.
    const last = made[54]!;
    expect(all.groups.some((g) => g.id === last.id)).toBe(false);
    expect(await options(w.tokens.hr, `${tag} 154`)).toEqual({
      forOrganisation: true,
      groups: [{ id: last.id, name: `Zz ${tag} 154` }],
      moreGroups: false,
    });
    // By name: the first 50 of the 55, then "more".
    const many = await options(w.tokens.hr, tag);
    expect(many.groups.map((g) => g.id)).toEqual(made.slice(0, 50).map((g) => g.id));
    expect(many.moreGroups).toBe(true);
    // Their owner may hold one for each of them too, found the same way.
    expect((await options(w.tokens.member, `${tag} 154`)).groups).toEqual([
      { id: last.id, name: `Zz ${tag} 154` },
    ]);
  });

  it('takes % and _ in a search literally, and refuses a search too long to be a name', async () => {
    const w = await townHallWorld(t);
    const tag = w.group.id.slice(0, 8);
    const pct = await createGroup(t.ds, { owner: w.users.member, name: `100% remote ${tag}` });
    expect((await options(w.tokens.member, '100%')).groups.map((g) => g.id)).toEqual([pct.id]);
    expect((await options(w.tokens.member, '_')).groups).toEqual([]);
    const long = await t.gql(OPTIONS, { s: 'x'.repeat(101) }, w.tokens.hr);
    expect(long.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
