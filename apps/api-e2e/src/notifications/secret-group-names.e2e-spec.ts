import { GroupVisibility } from '@hearth/shared/util';
import { addMember, createGroup, createUser } from '@hearth/api/testing';
import { bootTestApp, TestApp } from '../support/test-app';
import { createPost, mention } from '../conversation/helpers';
import { answer, askPublished, notifications, townHallWorld, vote } from '../townhalls/helpers';

/**
 * Someone removed from a SECRET group keeps the notifications it sent them, but they never read
 * what the group (or its town hall) is called now: a group they may no longer see is "a group you
 * can no longer see", without its name or address. Those still in it read the live names.
 */
describe('notifications about a SECRET group one has left', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  const remove = (groupId: string, userId: string) =>
    t.ds.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
      groupId,
      userId,
    ]);

  it('a mention: the removed member sees neither the new name nor the new address; a member does', async () => {
    const tag = Math.random().toString(36).slice(2, 10);
    const owner = await createUser(t.ds);
    const stays = await createUser(t.ds, { displayName: `Stays ${tag}` });
    const leaves = await createUser(t.ds, { displayName: `Leaves ${tag}` });
    const group = await createGroup(t.ds, {
      owner,
      name: `Before ${tag}`,
      visibility: GroupVisibility.SECRET,
    });
    await addMember(t.ds, group, stays);
    await addMember(t.ds, group, leaves);
    const post = await createPost(t, await t.tokenFor(owner), {
      groupId: group.id,
      body: `Hello ${mention(stays)} and ${mention(leaves)}`,
    });
    const leaver = await t.tokenFor(leaves);
    const member = await t.tokenFor(stays);
    const mentionOf = async (token: string) =>
      (await notifications(t, token)).find((n) => n.kind === 'MENTION' && n.postId === post.id);
    expect((await mentionOf(leaver)).summary).toContain(`Before ${tag}`);

    await remove(group.id, leaves.id);
    const newName = `After ${tag}`;
    const newSlug = `after-${tag}-moved`;
    await t.ds.query(`UPDATE groups SET name = $2, slug = $3 WHERE id = $1`, [
      group.id,
      newName,
      newSlug,
    ]);
    const gone = await mentionOf(leaver);
    expect(JSON.stringify(gone)).not.toContain(newName);
    expect(JSON.stringify(gone)).not.toContain(newSlug);
    expect(gone.summary).toMatch(/mentioned you in a group you can no longer see$/);
    expect([gone.groupId, gone.link]).toEqual([null, `/posts/${post.id}`]);
    const still = await mentionOf(member);
    expect(still.summary).toContain(newName);
  });

  it('a town hall answer: the removed asker sees neither the group’s nor the town hall’s new name', async () => {
    const w = await townHallWorld(t, { visibility: GroupVisibility.SECRET, state: 'LIVE' });
    const q = await askPublished(t, w, w.tokens.member, w.townHall.id, 'What is the plan for us?');
    await vote(t, w.tokens.other, q.id);
    await answer(t, w.tokens.host, q.id, 'ANSWERED_IN_WRITING', { answer: 'Growth.' });
    const answered = async (token: string) =>
      (await notifications(t, token)).find((n) => n.kind === 'TOWN_HALL_ANSWERED');
    expect((await answered(w.tokens.member)).summary).toContain(w.townHall.title);

    await remove(w.group.id, w.users.member.id);
    const title = `Renamed town hall ${w.group.id.slice(0, 8)}`;
    await t.ds.query(`UPDATE town_halls SET title = $2 WHERE id = $1`, [w.townHall.id, title]);
    await t.ds.query(`UPDATE groups SET name = $2 WHERE id = $1`, [w.group.id, `New ${title}`]);
    const gone = await answered(w.tokens.member);
    expect(JSON.stringify(gone)).not.toContain(title);
    expect(gone.summary).toBe('Your question in a town hall was answered');
    // A voter still in the group reads the live title.
    expect((await answered(w.tokens.other)).summary).toBe(
      `A question you voted for in “${title}” was answered`,
    );
  });
});
