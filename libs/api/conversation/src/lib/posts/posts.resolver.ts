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
import {
  AuthUser,
  Connection,
  ConnectionType,
  CurrentUser,
  GraphqlContext,
  PageArgs,
} from '@hearth/api/core';
import { People, User } from '@hearth/api/identity';
import { CardsService } from '../cards/cards.service';
import { CommentsService } from '../comments/comments.service';
import { pendingAcknowledgementsLoader } from '../conversation.loaders';
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
  CommentThreadArgs,
} from './post.inputs';
import { AcknowledgementReport, Comment, Post, PostRecord, Seen } from './post.model';
import { PostsService } from './posts.service';

export const PostConnection = ConnectionType(Post, 'Post', false);
export const CommentConnection = ConnectionType(Comment, 'Comment', false);
export const SeenConnection = ConnectionType(Seen, 'Seen', false);

@ObjectType()
export class DeletedPayload {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly people: People,
    private readonly posts: PostsService,
    private readonly feeds: FeedsService,
    private readonly commentsService: CommentsService,
    private readonly reactionsService: ReactionsService,
    private readonly polls: PollsService,
    private readonly cards: CardsService,
  ) {}

  // ----- queries -----

  @Query(() => Post, { description: 'NOT_FOUND for a post you may not read.' })
  post(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Post> {
    return this.card(actor, this.posts.find(actor, id));
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

  @Query(() => PostConnection, {
    description:
      'What stays at the top of a feed: announcements you have not acknowledged first, then pinned posts, latest first. Without groupId, across your groups.',
  })
  feedHighlights(
    @CurrentUser() actor: AuthUser,
    @Args() args: HighlightsArgs,
  ): Promise<Connection<Post>> {
    return this.page(actor, this.feeds.highlights(actor, args.groupId ?? null, args));
  }

  @Query(() => PostConnection, { description: 'Posts waiting for approval; moderators and above.' })
  postQueue(
    @CurrentUser() actor: AuthUser,
    @Args() args: GroupFeedArgs,
  ): Promise<Connection<Post>> {
    return this.page(actor, this.posts.queue(actor, args.groupId, args));
  }

  @Query(() => PostConnection, {
    description: 'My posts in a group that wait for approval or were rejected, latest first.',
  })
  myHeldPosts(
    @CurrentUser() actor: AuthUser,
    @Args() args: GroupFeedArgs,
  ): Promise<Connection<Post>> {
    return this.page(actor, this.posts.held(actor, args.groupId, args));
  }

  // ----- mutations -----

  @Mutation(() => Post)
  createPost(@CurrentUser() actor: AuthUser, @Args('input') input: CreatePostInput): Promise<Post> {
    return this.card(actor, this.posts.create(actor, input));
  }

  @Mutation(() => Post)
  updatePost(@CurrentUser() actor: AuthUser, @Args('input') input: UpdatePostInput): Promise<Post> {
    return this.card(actor, this.posts.update(actor, input));
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
    return this.card(actor, this.posts.setPinned(actor, input.postId, true));
  }

  @Mutation(() => Post)
  unpinPost(@CurrentUser() actor: AuthUser, @Args('input') input: PostIdInput): Promise<Post> {
    return this.card(actor, this.posts.setPinned(actor, input.postId, false));
  }

  @Mutation(() => Post)
  approvePost(@CurrentUser() actor: AuthUser, @Args('input') input: PostIdInput): Promise<Post> {
    return this.card(actor, this.posts.approve(actor, input.postId));
  }

  @Mutation(() => Post)
  rejectPost(@CurrentUser() actor: AuthUser, @Args('input') input: RejectPostInput): Promise<Post> {
    return this.card(actor, this.posts.reject(actor, input));
  }

  @Mutation(() => Post)
  acknowledgePost(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: PostIdInput,
  ): Promise<Post> {
    return this.card(actor, this.posts.acknowledge(actor, input.postId));
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
    return this.card(actor, this.posts.acceptAnswer(actor, input.postId, input.commentId ?? null));
  }

  @Mutation(() => Post)
  votePoll(@CurrentUser() actor: AuthUser, @Args('input') input: VotePollInput): Promise<Post> {
    return this.card(actor, this.polls.vote(actor, input.postId, input.optionIds));
  }

  @Mutation(() => Post)
  retractPollVote(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: PostIdInput,
  ): Promise<Post> {
    return this.card(actor, this.polls.retract(actor, input.postId));
  }

  @Mutation(() => Post)
  reactToPost(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReactToPostInput,
  ): Promise<Post> {
    return this.card(actor, this.reactionsService.reactToPost(actor, input.postId, input.kind));
  }

  @Mutation(() => Post)
  removePostReaction(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: PostIdInput,
  ): Promise<Post> {
    return this.card(actor, this.reactionsService.reactToPost(actor, input.postId, null));
  }

  // ----- fields that are not part of the card -----

  @ResolveField(() => [User], { description: 'People mentioned who may see the group.' })
  async mentions(@Parent() post: Post, @Context() ctx: GraphqlContext): Promise<User[]> {
    return this.people.many(ctx, post.mentionIds);
  }

  @ResolveField(() => AcknowledgementReport, {
    nullable: true,
    description: 'For announcements asking for acknowledgement; the author and group admins only.',
  })
  async acknowledgements(
    @Parent() post: Post,
    @Context() ctx: GraphqlContext,
  ): Promise<AcknowledgementReport | null> {
    if (!post.needsAcknowledgement || !post.viewerPermissions.canSeeSeenBy) return null;
    const pending = await pendingAcknowledgementsLoader(ctx, this.posts).load(post.id);
    return {
      acknowledgedCount: post.acknowledgedCount,
      pendingCount: pending,
      postId: post.id,
      groupId: post.groupId,
      authorId: post.authorId,
    };
  }

  @ResolveField(() => CommentConnection, {
    description: 'Top-level comments, oldest first unless asked for the latest first.',
  })
  async comments(
    @Parent() post: Post,
    @CurrentUser() actor: AuthUser,
    @Args() page: CommentThreadArgs,
  ): Promise<Connection<Comment>> {
    const conn = await this.commentsService.thread(actor, post.id, page);
    const cards = await this.cards.comments(
      actor,
      conn.edges.map((e) => e.node),
    );
    return {
      ...conn,
      edges: conn.edges.map((e, i) => ({ cursor: e.cursor, node: cards[i] as Comment })),
    };
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

  // ----- cards -----

  private card(actor: AuthUser, record: Promise<PostRecord>): Promise<Post> {
    return record.then((r) => this.cards.post(actor, r));
  }

  private async page(
    actor: AuthUser,
    conn: Promise<Connection<PostRecord>>,
  ): Promise<Connection<Post>> {
    const c = await conn;
    const cards = await this.cards.posts(
      actor,
      c.edges.map((e) => e.node),
    );
    const byId = new Map(cards.map((p) => [p.id, p]));
    return {
      ...c,
      edges: c.edges.flatMap((e) => {
        const node = byId.get(e.node.id);
        return node ? [{ cursor: e.cursor, node }] : [];
      }),
    };
  }
}
