import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, GraphqlContext } from '@hearth/api/core';
import { GroupsService } from '@hearth/api/groups';
import { User, usersLoader } from '@hearth/api/identity';
import { DataSource } from 'typeorm';
import {
  accessTo,
  postLoader,
  reactionSummaryLoader,
  repliesLoader,
} from '../conversation.loaders';
import { DeletedPayload } from '../posts/posts.resolver';
import { PostsService } from '../posts/posts.service';
import {
  AddCommentInput,
  CommentIdInput,
  ReactToCommentInput,
  UpdateCommentInput,
} from '../posts/post.inputs';
import { Comment, CommentPermissions, ReactionSummary } from '../posts/post.model';
import { commentPermissions } from '../posts/post.policy';
import { ReactionsService } from '../reactions/reactions.service';
import { CommentsService } from './comments.service';

const NONE: CommentPermissions = {
  canEdit: false,
  canDelete: false,
  canReply: false,
  canReact: false,
};

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly commentsService: CommentsService,
    private readonly reactionsService: ReactionsService,
    private readonly posts: PostsService,
    private readonly groups: GroupsService,
  ) {}

  @Mutation(() => Comment)
  addComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AddCommentInput,
  ): Promise<Comment> {
    return this.commentsService.add(actor, input);
  }

  @Mutation(() => Comment)
  updateComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateCommentInput,
  ): Promise<Comment> {
    return this.commentsService.update(actor, input);
  }

  @Mutation(() => DeletedPayload)
  async deleteComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CommentIdInput,
  ): Promise<DeletedPayload> {
    return { id: await this.commentsService.remove(actor, input.commentId) };
  }

  @Mutation(() => Comment)
  reactToComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReactToCommentInput,
  ): Promise<Comment> {
    return this.reactionsService.reactToComment(actor, input.commentId, input.kind);
  }

  @Mutation(() => Comment)
  removeCommentReaction(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CommentIdInput,
  ): Promise<Comment> {
    return this.reactionsService.reactToComment(actor, input.commentId, null);
  }

  @ResolveField(() => User)
  async author(@Parent() comment: Comment, @Context() ctx: GraphqlContext): Promise<User> {
    const user = await usersLoader(ctx, this.ds).load(comment.authorId);
    if (!user) throw new Error(`author ${comment.authorId} missing`);
    return user;
  }

  @ResolveField(() => [User])
  async mentions(@Parent() comment: Comment, @Context() ctx: GraphqlContext): Promise<User[]> {
    const users = await usersLoader(ctx, this.ds).loadMany(comment.mentionIds);
    return users.filter((u): u is User => u !== null && !(u instanceof Error));
  }

  @ResolveField(() => [Comment], { description: 'Replies, oldest first (one level).' })
  replies(@Parent() comment: Comment, @Context() ctx: GraphqlContext): Promise<Comment[]> {
    return comment.parentId
      ? Promise.resolve([])
      : repliesLoader(ctx, this.commentsService).load(comment.id);
  }

  @ResolveField(() => Int)
  async replyCount(@Parent() comment: Comment, @Context() ctx: GraphqlContext): Promise<number> {
    return comment.parentId
      ? 0
      : (await repliesLoader(ctx, this.commentsService).load(comment.id)).length;
  }

  @ResolveField(() => ReactionSummary)
  reactions(
    @Parent() comment: Comment,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<ReactionSummary> {
    return reactionSummaryLoader(ctx, this.reactionsService, 'comment', actor.id).load(comment.id);
  }

  @ResolveField(() => Boolean)
  async isAcceptedAnswer(
    @Parent() comment: Comment,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    const post = await postLoader(ctx, this.posts).load(comment.postId);
    return post?.acceptedCommentId === comment.id;
  }

  @ResolveField(() => CommentPermissions)
  async viewerPermissions(
    @Parent() comment: Comment,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<CommentPermissions> {
    const post = await postLoader(ctx, this.posts).load(comment.postId);
    if (!post || post.deleted) return NONE;
    const access = await accessTo(ctx, this.groups, actor, post.groupId);
    return access ? commentPermissions(access, actor.id, comment) : NONE;
  }
}
