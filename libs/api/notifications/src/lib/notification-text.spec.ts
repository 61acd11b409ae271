import { NotificationKind as K, NotificationLevel as L } from './notification.model';
import { levelsFor, link, summary, TextInput, who } from './notification-text';

const base = {
  actorNames: ['Ana Silva', 'Ben Okafor', 'Cy Park'],
  actorCount: 1,
  eventCount: 1,
  groupName: 'Gardening',
  onComment: false,
  detail: null as string | null,
};

describe('notification text', () => {
  it('names one, two, or the first and how many others', () => {
    expect(who(['Ana'], 1)).toBe('Ana');
    expect(who(['Ana', 'Ben'], 2)).toBe('Ana and Ben');
    expect(who(['Ana', 'Ben', 'Cy'], 5)).toBe('Ana and 4 others');
    expect(who([], 0)).toBe('Someone');
  });

  it('says what happened for every kind', () => {
    const s = (kind: K, over: Partial<typeof base> = {}) => summary({ ...base, kind, ...over });
    expect(s(K.MENTION)).toBe('Ana Silva mentioned you in Gardening');
    expect(s(K.REPLY, { actorCount: 5 })).toBe(
      'Ana Silva and 4 others commented on your post in Gardening',
    );
    expect(s(K.REPLY, { onComment: true })).toBe('Ana Silva replied to your comment in Gardening');
    expect(s(K.REACTION, { actorCount: 2 })).toBe(
      'Ana Silva and Ben Okafor reacted to your post in Gardening',
    );
    expect(s(K.JOIN_REQUEST, { actorCount: 3 })).toBe(
      'Ana Silva and 2 others asked to join Gardening',
    );
    expect(s(K.JOIN_APPROVED)).toBe('Your request to join Gardening was approved');
    expect(s(K.JOIN_DECLINED)).toBe('Your request to join Gardening was declined');
    expect(s(K.INVITED)).toBe('Ana Silva invited you to join Gardening');
    expect(s(K.ANNOUNCEMENT)).toBe('Ana Silva posted an announcement in Gardening');
    expect(s(K.NEW_POST)).toBe('Ana Silva posted in Gardening');
    expect(s(K.NEW_POST, { eventCount: 7 })).toBe('7 new posts in Gardening');
    expect(s(K.POST_APPROVED)).toBe('Your post in Gardening was approved');
    expect(s(K.POST_REJECTED, { detail: 'Off topic' })).toBe(
      'Your post in Gardening was not approved: Off topic',
    );
  });

  it('town-hall kinds say whether you asked or voted, and never who asked', () => {
    const t = { townHallTitle: 'Q4 all-hands' };
    const s = (kind: K, over: Partial<TextInput> = {}) => summary({ ...base, kind, ...over });
    expect(s(K.TOWN_HALL_ANSWERED, { ...t, asked: true })).toBe(
      'Your question in “Q4 all-hands” was answered',
    );
    expect(s(K.TOWN_HALL_ANSWERED, { ...t, asked: false })).toBe(
      'A question you voted for in “Q4 all-hands” was answered',
    );
    expect(s(K.TOWN_HALL_DEFERRED, { ...t, asked: true })).toBe(
      'Your question in “Q4 all-hands” will be answered later',
    );
    expect(s(K.TOWN_HALL_REJECTED, { ...t, detail: 'it is off-topic' })).toBe(
      'Your question in “Q4 all-hands” was not published: it is off-topic',
    );
    expect(s(K.TOWN_HALL_MERGED, t)).toBe(
      'Your question in “Q4 all-hands” was merged with a similar one',
    );
    expect(s(K.TOWN_HALL_FOLLOW_UP, t)).toBe(
      'A question from “Q4 all-hands” is due for your answer',
    );
    expect(
      link({
        kind: K.TOWN_HALL_ANSWERED,
        postId: null,
        groupSlug: null,
        townHallId: 't',
        questionId: 'q',
      }),
    ).toBe('/town-halls/t?question=q');
    expect(
      link({ kind: K.TOWN_HALL_FOLLOW_UP, postId: null, groupSlug: null, townHallId: 't' }),
    ).toBe('/town-halls/t?tab=follow-ups');
  });

  it('links to the post, or the group, or its requests', () => {
    expect(link({ kind: K.MENTION, postId: 'p1', groupSlug: 'g' })).toBe('/posts/p1');
    // About a comment: the post opens on that comment.
    expect(link({ kind: K.REPLY, postId: 'p1', commentId: 'c1', groupSlug: 'g' })).toBe(
      '/posts/p1?comment=c1',
    );
    expect(link({ kind: K.MENTION, postId: 'p1', commentId: null, groupSlug: 'g' })).toBe(
      '/posts/p1',
    );
    expect(link({ kind: K.NEW_POST, postId: 'p1', groupSlug: 'g' })).toBe('/groups/g');
    expect(link({ kind: K.JOIN_REQUEST, postId: null, groupSlug: 'g' })).toBe(
      '/groups/g?tab=requests',
    );
    // A rejected post is not shown to others: the group, not the post.
    expect(link({ kind: K.POST_REJECTED, postId: 'p1', groupSlug: 'g' })).toBe('/groups/g');
    expect(link({ kind: K.INVITED, postId: null, groupSlug: null })).toBe('/notifications');
  });

  it('levels: ALL adds new posts; HIGHLIGHTS what concerns you; decisions about you ignore levels', () => {
    expect(levelsFor(K.NEW_POST)).toEqual([L.ALL]);
    for (const k of [K.ANNOUNCEMENT, K.MENTION, K.REPLY, K.REACTION, K.JOIN_REQUEST])
      expect(levelsFor(k)).toEqual([L.ALL, L.HIGHLIGHTS]);
    for (const k of [K.INVITED, K.JOIN_APPROVED, K.JOIN_DECLINED, K.POST_APPROVED, K.POST_REJECTED])
      expect(levelsFor(k)).toBeNull();
  });
});
