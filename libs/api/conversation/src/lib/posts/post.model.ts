import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Group } from '@hearth/api/groups';
import { User } from '@hearth/api/identity';
import { PollResultsVisibility, PostKind, PostStatus, ReactionKind } from '@hearth/shared/util';

registerEnumType(PostKind, { name: 'PostKind' });
registerEnumType(PostStatus, { name: 'PostStatus' });
registerEnumType(ReactionKind, { name: 'ReactionKind' });
registerEnumType(PollResultsVisibility, { name: 'PollResultsVisibility' });

/** The order a post's comments are read in. */
export enum CommentOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}
registerEnumType(CommentOrder, {
  name: 'CommentOrder',
  valuesMap: {
    OLDEST_FIRST: { description: 'From the first comment on.' },
    NEWEST_FIRST: {
      description:
        'From the latest comment back: what a thread shows first, with earlier ones on request.',
    },
  },
});

@ObjectType()
export class PostPermissions {
  @Field({ description: 'The author, while the group is not archived.' })
  canEdit!: boolean;

  @Field({ description: 'The author, group moderators and above, org admins.' })
  canDelete!: boolean;

  @Field({ description: 'Group admins and org admins.' })
  canPin!: boolean;

  @Field()
  canComment!: boolean;

  @Field()
  canReact!: boolean;

  @Field()
  canAcknowledge!: boolean;

  @Field()
  canAcceptAnswer!: boolean;

  @Field({ description: 'The author and group admins see who has seen the post.' })
  canSeeSeenBy!: boolean;

  @Field({ description: 'Approve or reject a post waiting in the queue.' })
  canModerate!: boolean;
}

@ObjectType()
export class CommentPermissions {
  @Field()
  canEdit!: boolean;

  @Field()
  canDelete!: boolean;

  @Field()
  canReply!: boolean;

  @Field()
  canReact!: boolean;
}

@ObjectType()
export class ReactionCount {
  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Reactions on a post or comment, as a card shows them.' })
export class ReactionSummary {
  @Field(() => Int)
  total!: number;

  @Field(() => [ReactionCount], { description: 'Counts by kind, largest first.' })
  counts!: ReactionCount[];

  @Field(() => ReactionKind, { nullable: true })
  mine!: ReactionKind | null;

  @Field(() => [String], { description: 'The names of the most recent few who reacted.' })
  recentNames!: string[];
}

@ObjectType()
export class PollOption {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Null while the results are hidden from you.' })
  voteCount!: number | null;

  @Field({ description: 'Whether you chose this option.' })
  mine!: boolean;

  postId!: string;
  /** Voters are listed only for polls that are not anonymous, once results show. */
  showVoters!: boolean;
}

@ObjectType()
export class Poll {
  @Field(() => [PollOption])
  options!: PollOption[];

  @Field()
  multipleChoice!: boolean;

  @Field({ description: 'Voters are never shown, to anyone.' })
  anonymous!: boolean;

  @Field(() => Date, { nullable: true })
  closesAt!: Date | null;

  @Field()
  closed!: boolean;

  @Field(() => PollResultsVisibility)
  resultsVisibility!: PollResultsVisibility;

  @Field()
  resultsVisible!: boolean;

  @Field({ description: 'Whether you have voted.' })
  voted!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'People who voted; null while results are hidden.',
  })
  voterCount!: number | null;

  postId!: string;
}

/** A post as stored (what services read and write). */
export interface PostRecord {
  id: string;
  kind: PostKind;
  status: PostStatus;
  body: string;
  hashtags: string[];
  createdAt: Date;
  publishedAt: Date | null;
  editedAt: Date | null;
  pinned: boolean;
  needsAcknowledgement: boolean;
  acknowledgeUntil: Date | null;
  rejectionReason: string | null;
  groupId: string;
  authorId: string;
  mentionIds: string[];
  acceptedCommentId: string | null;
  deleted: boolean;
  pollSettings: {
    multiple: boolean;
    anonymous: boolean;
    closesAt: Date | null;
    results: PollResultsVisibility;
  } | null;
  /** The feed's sort key, exact to the microsecond (a Date would lose that). */
  sortKey?: string;
}

/** A comment as stored. */
export interface CommentRecord {
  id: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  postId: string;
  parentId: string | null;
  authorId: string;
  mentionIds: string[];
}

@ObjectType({ description: 'A comment with what its card shows, read for a whole page at once.' })
export class Comment implements CommentRecord {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Markdown as written.' })
  body!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => ID)
  postId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => User)
  author!: User;

  @Field(() => ReactionSummary)
  reactions!: ReactionSummary;

  @Field(() => Int)
  replyCount!: number;

  @Field()
  isAcceptedAnswer!: boolean;

  @Field(() => CommentPermissions)
  viewerPermissions!: CommentPermissions;

  authorId!: string;
  mentionIds!: string[];
}

@ObjectType({
  description: 'A post with everything its card shows, read for a whole page at once.',
})
export class Post implements PostRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => PostKind)
  kind!: PostKind;

  @Field(() => PostStatus)
  status!: PostStatus;

  @Field({ description: 'Markdown as written; render it without raw HTML.' })
  body!: string;

  @Field(() => [String])
  hashtags!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when the body was edited.' })
  editedAt!: Date | null;

  @Field()
  pinned!: boolean;

  @Field()
  needsAcknowledgement!: boolean;

  @Field(() => Date, { nullable: true })
  acknowledgeUntil!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a moderator rejected it; for its author and moderators.',
  })
  rejectionReason!: string | null;

  @Field(() => User)
  author!: User;

  @Field(() => Group)
  group!: Group;

  @Field(() => Int)
  commentCount!: number;

  @Field(() => Int, { description: 'How many people have seen it.' })
  seenCount!: number;

  @Field()
  seenByMe!: boolean;

  @Field()
  acknowledgedByMe!: boolean;

  @Field(() => ReactionSummary)
  reactions!: ReactionSummary;

  @Field(() => [Comment], {
    description: 'The latest two comments, oldest first: a card’s preview.',
  })
  latestComments!: Comment[];

  @Field(() => Comment, { nullable: true })
  acceptedAnswer!: Comment | null;

  @Field(() => Poll, { nullable: true })
  poll!: Poll | null;

  @Field(() => PostPermissions)
  viewerPermissions!: PostPermissions;

  groupId!: string;
  authorId!: string;
  mentionIds!: string[];
  acceptedCommentId!: string | null;
  deleted!: boolean;
  pollSettings!: PostRecord['pollSettings'];
  acknowledgedCount!: number;
  sortKey?: string;
}

@ObjectType()
export class AcknowledgementReport {
  @Field(() => Int)
  acknowledgedCount!: number;

  @Field(() => Int, { description: 'Members who have not acknowledged yet.' })
  pendingCount!: number;

  postId!: string;
  groupId!: string;
  authorId!: string;
}

@ObjectType()
export class Seen {
  @Field()
  seenAt!: Date;

  userId!: string;
}
