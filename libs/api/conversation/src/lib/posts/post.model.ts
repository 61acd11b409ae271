import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PollResultsVisibility, PostKind, PostStatus, ReactionKind } from '@hearth/shared/util';

registerEnumType(PostKind, { name: 'PostKind' });
registerEnumType(PostStatus, { name: 'PostStatus' });
registerEnumType(ReactionKind, { name: 'ReactionKind' });
registerEnumType(PollResultsVisibility, { name: 'PollResultsVisibility' });

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

@ObjectType()
export class Post {
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

  groupId!: string;
  authorId!: string;
  mentionIds!: string[];
  acceptedCommentId!: string | null;
  deleted!: boolean;
  poll!: {
    multiple: boolean;
    anonymous: boolean;
    closesAt: Date | null;
    results: PollResultsVisibility;
  } | null;
  /** The feed's sort key, exact to the microsecond (a Date would lose that). */
  sortKey?: string;
}

@ObjectType()
export class Comment {
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

  authorId!: string;
  mentionIds!: string[];
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

/** Per-viewer counters of a post, read for a whole page at once (not a GraphQL type). */
export class PostStats {
  commentCount!: number;
  seenCount!: number;
  seenByMe!: boolean;
  acknowledgedCount!: number;
  acknowledgedByMe!: boolean;
}

@ObjectType()
export class Seen {
  @Field()
  seenAt!: Date;

  userId!: string;
}
