import { GroupAccess } from '@hearth/api/groups';
import {
  GroupRole,
  GroupVisibility,
  OrgRole,
  PostingPolicy,
  PostKind,
  PostStatus,
} from '@hearth/shared/util';
import {
  canReadPost,
  commentPermissions,
  needsApproval,
  postPermissions,
  postRefusal,
  PostFacts,
} from './post.policy';

const access = (over: Partial<GroupAccess> = {}): GroupAccess => ({
  orgRole: OrgRole.MEMBER,
  visibility: GroupVisibility.CLOSED,
  postingPolicy: PostingPolicy.EVERYONE,
  archived: false,
  role: null,
  banned: false,
  invited: false,
  requested: false,
  ...over,
});
const post = (over: Partial<PostFacts> = {}): PostFacts => ({
  authorId: 'author',
  kind: PostKind.DISCUSSION,
  status: PostStatus.PUBLISHED,
  deleted: false,
  ...over,
});

describe('canReadPost', () => {
  it('members read a CLOSED group; outsiders do not; org admins do', () => {
    expect(canReadPost(access({ role: GroupRole.MEMBER }), 'me', post())).toBe(true);
    expect(canReadPost(access(), 'me', post())).toBe(false);
    expect(canReadPost(access({ invited: true }), 'me', post())).toBe(false);
    expect(canReadPost(access({ orgRole: OrgRole.ADMIN }), 'me', post())).toBe(true);
    expect(canReadPost(access({ orgRole: OrgRole.HR }), 'me', post())).toBe(false);
  });

  it('everyone but the banned reads an OPEN group', () => {
    expect(canReadPost(access({ visibility: GroupVisibility.OPEN }), 'me', post())).toBe(true);
    expect(
      canReadPost(access({ visibility: GroupVisibility.OPEN, banned: true }), 'me', post()),
    ).toBe(false);
  });

  it('held posts exist for their author and moderators; deleted posts for nobody', () => {
    const held = post({ status: PostStatus.PENDING });
    const member = access({ role: GroupRole.MEMBER });
    expect(canReadPost(member, 'author', held)).toBe(true);
    expect(canReadPost(member, 'me', held)).toBe(false);
    expect(canReadPost(access({ role: GroupRole.MODERATOR }), 'me', held)).toBe(true);
    expect(canReadPost(access({ role: GroupRole.OWNER }), 'author', post({ deleted: true }))).toBe(
      false,
    );
  });
});

describe('postRefusal', () => {
  it('explains why someone may not post', () => {
    expect(postRefusal(access({ role: GroupRole.MEMBER }), PostKind.DISCUSSION)).toBeNull();
    expect(postRefusal(access(), PostKind.DISCUSSION)).toBe('NOT_MEMBER');
    expect(postRefusal(access({ orgRole: OrgRole.ADMIN }), PostKind.DISCUSSION)).toBe('NOT_MEMBER');
    expect(
      postRefusal(access({ role: GroupRole.OWNER, archived: true }), PostKind.DISCUSSION),
    ).toBe('ARCHIVED');
    expect(
      postRefusal(
        access({ role: GroupRole.MODERATOR, postingPolicy: PostingPolicy.ADMINS_ONLY }),
        PostKind.POLL,
      ),
    ).toBe('ADMINS_ONLY');
    expect(
      postRefusal(
        access({ role: GroupRole.ADMIN, postingPolicy: PostingPolicy.ADMINS_ONLY }),
        PostKind.POLL,
      ),
    ).toBeNull();
    expect(postRefusal(access({ role: GroupRole.MODERATOR }), PostKind.ANNOUNCEMENT)).toBe(
      'ANNOUNCEMENT_ADMINS',
    );
    expect(postRefusal(access({ role: GroupRole.ADMIN }), PostKind.ANNOUNCEMENT)).toBeNull();
  });

  it('holds members’ posts for approval, not moderators’', () => {
    expect(needsApproval(access({ role: GroupRole.MEMBER }), true)).toBe(true);
    expect(needsApproval(access({ role: GroupRole.MODERATOR }), true)).toBe(false);
    expect(needsApproval(access({ role: GroupRole.MEMBER }), false)).toBe(false);
  });
});

describe('postPermissions', () => {
  it('only the author edits; moderators delete; admins pin', () => {
    const asAuthor = postPermissions(access({ role: GroupRole.MEMBER }), 'author', post());
    expect(asAuthor).toMatchObject({
      canEdit: true,
      canDelete: true,
      canPin: false,
      canSeeSeenBy: true,
    });
    const asMod = postPermissions(access({ role: GroupRole.MODERATOR }), 'me', post());
    expect(asMod).toMatchObject({
      canEdit: false,
      canDelete: true,
      canPin: false,
      canSeeSeenBy: false,
    });
    const asAdmin = postPermissions(access({ role: GroupRole.ADMIN }), 'me', post());
    expect(asAdmin).toMatchObject({
      canEdit: false,
      canDelete: true,
      canPin: true,
      canSeeSeenBy: true,
    });
    const asOrgAdmin = postPermissions(access({ orgRole: OrgRole.ADMIN }), 'me', post());
    expect(asOrgAdmin).toMatchObject({
      canDelete: true,
      canPin: true,
      canComment: false,
      canReact: false,
    });
  });

  it('an archived group is read-only', () => {
    const p = postPermissions(access({ role: GroupRole.OWNER, archived: true }), 'author', post());
    expect(Object.entries(p).filter(([k, v]) => v && k !== 'canSeeSeenBy')).toEqual([]);
  });

  it('acknowledgement is for announcements, by members other than the author', () => {
    const ann = post({ kind: PostKind.ANNOUNCEMENT });
    expect(postPermissions(access({ role: GroupRole.MEMBER }), 'me', ann).canAcknowledge).toBe(
      true,
    );
    expect(postPermissions(access({ role: GroupRole.ADMIN }), 'author', ann).canAcknowledge).toBe(
      false,
    );
    expect(postPermissions(access({ role: GroupRole.MEMBER }), 'me', post()).canAcknowledge).toBe(
      false,
    );
  });

  it('questions: the author or a moderator accepts an answer', () => {
    const q = post({ kind: PostKind.QUESTION });
    expect(postPermissions(access({ role: GroupRole.MEMBER }), 'author', q).canAcceptAnswer).toBe(
      true,
    );
    expect(postPermissions(access({ role: GroupRole.MEMBER }), 'me', q).canAcceptAnswer).toBe(
      false,
    );
    expect(postPermissions(access({ role: GroupRole.MODERATOR }), 'me', q).canAcceptAnswer).toBe(
      true,
    );
  });

  it('moderation is for pending posts and moderators', () => {
    const held = post({ status: PostStatus.PENDING });
    expect(postPermissions(access({ role: GroupRole.MODERATOR }), 'me', held).canModerate).toBe(
      true,
    );
    expect(postPermissions(access({ role: GroupRole.MEMBER }), 'author', held)).toMatchObject({
      canModerate: false,
      canComment: false,
      canEdit: true,
    });
  });
});

describe('commentPermissions', () => {
  it('replies go one level deep; only authors edit', () => {
    const member = access({ role: GroupRole.MEMBER });
    expect(commentPermissions(member, 'me', { authorId: 'me', parentId: null })).toEqual({
      canEdit: true,
      canDelete: true,
      canReply: true,
      canReact: true,
    });
    expect(commentPermissions(member, 'me', { authorId: 'x', parentId: 'p' })).toEqual({
      canEdit: false,
      canDelete: false,
      canReply: false,
      canReact: true,
    });
    expect(
      commentPermissions(access({ role: GroupRole.MODERATOR }), 'me', {
        authorId: 'x',
        parentId: null,
      }).canDelete,
    ).toBe(true);
  });
});
