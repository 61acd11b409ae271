import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  ObjectType,
  Field,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuthUser,
  Connection,
  ConnectionType,
  CurrentUser,
  GraphqlContext,
  PageArgs,
} from '@hearth/api/core';
import { Group, GroupsService, loadGroupOrFail } from '@hearth/api/groups';
import { User, usersLoader } from '@hearth/api/identity';
import { CommentsService } from '../comments/comments.service';
import {
  accessTo,
  commentLoader,
  latestCommentsLoader,
  pendingAcknowledgementsLoader,
  pollLoader,
  postStatsLoader,
  reactionSummaryLoader,
} from '../conversation.loaders';
import { FeedsService } from '../feeds/feeds.service';
import { PollsService } from '../polls/polls.service';
import { ReactionsService } from '../reactions/reactions.service';
import {
  AcceptAnswerInput,
  ActivityArgs,
  CreatePostInput,
  GroupFeedArgs,
  HashtagFeedArgs,
  HighlightsArgs,
  MarkPostsSeenInput,
  PostIdInput,
  ReactToPostInput,
  RejectPostInput,
  UpdatePostInput,
  VotePollInput,
} from './post.inputs';
import {
  AcknowledgementReport,
  Comment,
  Poll,
  Post,
  PostPermissions,
  ReactionSummary,
  Seen,
} from './post.model';
import { postPermissions } from './post.policy';
import { factsOf } from './post.rows';
import { PostsService } from './posts.service';

export const PostConnection = ConnectionType(Post, 'Post', false);
export const CommentConnection = ConnectionType(Comment, 'Comment', false);
export const SeenConnection = ConnectionType(Seen, 'Seen', false);

@ObjectType()
export class DeletedPayload {
  @Field(() => ID)
  id!: string;
}

const NO_PERMISSIONS: PostPermissions = {
  canEdit: false,
  canDelete: false,
  canPin: false,
  canComment: false,
  canReact: false,
  canAcknowledge: false,
  canAcceptAnswer: false,
  canSeeSeenBy: false,
  canModerate: false,
};

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly posts: PostsService,
    private readonly feeds: FeedsService,
    private readonly commentsService: CommentsService,
    private readonly reactionsService: ReactionsService,
    private readonly polls: PollsService,
    private readonly groups: GroupsService,
  ) {}

  // ----- queries -----

  @Query(() => Post, { description: 'NOT_FOUND for a post you may not read.' })
  post(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Post> {
    return this.posts.find(actor, id);
  }

  @Query(() => PostConnection, {
    description: 'Posts from the groups I am a member of, newest first.',
  })
  homeFeed(@CurrentUser() actor: AuthUser, @Args() page: PageArgs): Promise<Connection<Post>> {
    return this.feeds.home(actor, page);
  }

  @Query(() => PostConnection, { description: 'A group’s published posts, newest first.' })
  groupFeed(
    @CurrentUser() actor: AuthUser,
    @Args() args: GroupFeedArgs,
  ): Promise<Connection<Post>> {
    return this.feeds.group(actor, args.groupId, args);
  }

  @Query(() => PostConnection, { description: 'Posts with a hashtag that you may read.' })
  hashtagFeed(
    @CurrentUser() actor: AuthUser,
    @Args() args: HashtagFeedArgs,
  ): Promise<Connection<Post>> {
    return this.feeds.hashtag(actor, args.tag, args);
  }

  @Query(() => PostConnection, { description: 'A person’s posts, in groups you may read.' })
  personActivity(
    @CurrentUser() actor: AuthUser,
    @Args() args: ActivityArgs,
  ): Promise<Connection<Post>> {
    return this.feeds.activity(actor, args.userId, args);
  }

  @Query(() => [Post], {
    description:
      'What stays at the top of a feed: pinned posts and announcements you have not acknowledged. Without groupId, across your groups.',
  })
  feedHighlights(@CurrentUser() actor: AuthUser, @Args() args: HighlightsArgs): Promise<Post[]> {
    return this.feeds.highlights(actor, args.groupId ?? null);
  }

  @Query(() => PostConnection, { description: 'Posts waiting for approval; moderators and above.' })
  postQueue(
    @CurrentUser() actor: AuthUser,
    @Args() args: GroupFeedArgs,
  ): Promise<Connection<Post>> {
    return this.posts.queue(actor, args.groupId, args);
  }

  @Query(() => [Post], {
    description: 'My posts in a group that wait for approval or were rejected.',
  })
  myHeldPosts(
    @CurrentUser() actor: AuthUser,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<Post[]> {
    return this.posts.held(actor, groupId);
  }

  // ----- mutations -----

  @Mutation(() => Post)
  createPost(@CurrentUser() actor: AuthUser, @Args('input') input: CreatePostInput): Promise<Post> {
    return this.posts.create(actor, input);
  }

  @Mutation(() => Post)
  updatePost(@CurrentUser() actor: AuthUser, @Args('input') input: UpdatePostInput): Promise<Post> {
    return this.posts.update(actor, input);
  }

  @Mutation(() => DeletedPayload)
  async deletePost(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: PostIdInput,
  ): Promise<DeletedPayload> {
    return { id: await this.posts.remove(actor, input.postId) };
  }

  @Mutation(() => Post)
  pinPost(@CurrentUser() actor: AuthUser, @Args('input') input: PostIdInput): Promise<Post> {
    return this.posts.setPinned(actor, input.postId, true);
  }

  @Mutation(() => Post)
  unpinPost(@CurrentUser() actor: AuthUser, @Args('input') input: PostIdInput): Promise<Post> {
    return this.posts.setPinned(actor, input.postId, false);
  }

  @Mutation(() => Post)
  approvePost(@CurrentUser() actor: AuthUser, @Args('input') input: PostIdInput): Promise<Post> {
    return this.posts.approve(actor, input.postId);
  }

  @Mutation(() => Post)
  rejectPost(@CurrentUser() actor: AuthUser, @Args('input') input: RejectPostInput): Promise<Post> {
    return this.posts.reject(actor, input);
  }

  @Mutation(() => Post)
  acknowledgePost(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: PostIdInput,
  ): Promise<Post> {
    return this.posts.acknowledge(actor, input.postId);
  }

  @Mutation(() => Int, {
    description: 'Records that you have seen these posts; returns how many were new.',
  })
  markPostsSeen(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: MarkPostsSeenInput,
  ): Promise<number> {
    return this.posts.markSeen(actor, input.postIds);
  }

  @Mutation(() => Post)
  acceptAnswer(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AcceptAnswerInput,
  ): Promise<Post> {
    return this.posts.acceptAnswer(actor, input.postId, input.commentId ?? null);
  }

  @Mutation(() => Post)
  votePoll(@CurrentUser() actor: AuthUser, @Args('input') input: VotePollInput): Promise<Post> {
    return this.polls.vote(actor, input.postId, input.optionIds);
  }

  @Mutation(() => Post)
  retractPollVote(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: PostIdInput,
  ): Promise<Post> {
    return this.polls.retract(actor, input.postId);
  }

  @Mutation(() => Post)
  reactToPost(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReactToPostInput,
  ): Promise<Post> {
    return this.reactionsService.reactToPost(actor, input.postId, input.kind);
  }

  @Mutation(() => Post)
  removePostReaction(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: PostIdInput,
  ): Promise<Post> {
    return this.reactionsService.reactToPost(actor, input.postId, null);
  }

  // ----- fields (each batched per request) -----

  @ResolveField(() => User)
  async author(@Parent() post: Post, @Context() ctx: GraphqlContext): Promise<User> {
    const user = await usersLoader(ctx, this.ds).load(post.authorId);
    if (!user) throw new Error(`author ${post.authorId} missing`);
    return user;
  }

  @ResolveField(() => Group)
  group(@Parent() post: Post, @Context() ctx: GraphqlContext): Promise<Group> {
    return loadGroupOrFail(ctx, this.groups, post.groupId);
  }

  @ResolveField(() => [User], { description: 'People mentioned who may see the group.' })
  async mentions(@Parent() post: Post, @Context() ctx: GraphqlContext): Promise<User[]> {
    const users = await usersLoader(ctx, this.ds).loadMany(post.mentionIds);
    return users.filter((u): u is User => u !== null && !(u instanceof Error));
  }

  @ResolveField(() => Int)
  async commentCount(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<number> {
    return (await postStatsLoader(ctx, this.posts, actor.id).load(post.id)).commentCount;
  }

  @ResolveField(() => Int, { description: 'How many people have seen it.' })
  async seenCount(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<number> {
    return (await postStatsLoader(ctx, this.posts, actor.id).load(post.id)).seenCount;
  }

  @ResolveField(() => Boolean)
  async seenByMe(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<boolean> {
    return (await postStatsLoader(ctx, this.posts, actor.id).load(post.id)).seenByMe;
  }

  @ResolveField(() => Boolean)
  async acknowledgedByMe(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<boolean> {
    return (await postStatsLoader(ctx, this.posts, actor.id).load(post.id)).acknowledgedByMe;
  }

  @ResolveField(() => AcknowledgementReport, {
    nullable: true,
    description: 'For announcements asking for acknowledgement; the author and group admins only.',
  })
  async acknowledgements(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<AcknowledgementReport | null> {
    if (!post.needsAcknowledgement) return null;
    const access = await accessTo(ctx, this.groups, actor, post.groupId);
    if (!access || !postPermissions(access, actor.id, factsOf(post)).canSeeSeenBy) return null;
    const [stats, pending] = await Promise.all([
      postStatsLoader(ctx, this.posts, actor.id).load(post.id),
      pendingAcknowledgementsLoader(ctx, this.posts).load(post.id),
    ]);
    return {
      acknowledgedCount: stats.acknowledgedCount,
      pendingCount: pending,
      postId: post.id,
      groupId: post.groupId,
      authorId: post.authorId,
    };
  }

  @ResolveField(() => ReactionSummary)
  reactions(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<ReactionSummary> {
    return reactionSummaryLoader(ctx, this.reactionsService, 'post', actor.id).load(post.id);
  }

  @ResolveField(() => [Comment], {
    description: 'The latest two comments, oldest first: a card’s preview.',
  })
  latestComments(@Parent() post: Post, @Context() ctx: GraphqlContext): Promise<Comment[]> {
    return latestCommentsLoader(ctx, this.commentsService).load(post.id);
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first.' })
  comments(
    @Parent() post: Post,
    @CurrentUser() actor: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<Comment>> {
    return this.commentsService.thread(actor, post.id, page);
  }

  @ResolveField(() => Comment, { nullable: true })
  acceptedAnswer(@Parent() post: Post, @Context() ctx: GraphqlContext): Promise<Comment | null> {
    return post.acceptedCommentId
      ? commentLoader(ctx, this.commentsService).load(post.acceptedCommentId)
      : Promise.resolve(null);
  }

  @ResolveField(() => Poll, { nullable: true })
  poll(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<Poll | null> {
    return post.poll ? pollLoader(ctx, this.polls, actor.id).load(post) : Promise.resolve(null);
  }

  @ResolveField(() => PostPermissions)
  async viewerPermissions(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<PostPermissions> {
    const access = await accessTo(ctx, this.groups, actor, post.groupId);
    return access ? postPermissions(access, actor.id, factsOf(post)) : NO_PERMISSIONS;
  }

  @ResolveField(() => SeenConnection, {
    description:
      'Who has seen it, most recent first; the author and group admins (FORBIDDEN otherwise).',
  })
  seenBy(
    @Parent() post: Post,
    @CurrentUser() actor: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<Seen>> {
    return this.posts.seenBy(actor, post.id, page);
  }
}
