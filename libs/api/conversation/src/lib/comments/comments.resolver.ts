import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthUser, Connection, CurrentUser, GraphqlContext, PageArgs } from '@hearth/api/core';
import { People, User } from '@hearth/api/identity';
import { CardsService } from '../cards/cards.service';
import { repliesLoader } from '../conversation.loaders';
import { CommentConnection, DeletedPayload } from '../posts/posts.resolver';
import {
  AddCommentInput,
  CommentIdInput,
  ReactToCommentInput,
  UpdateCommentInput,
} from '../posts/post.inputs';
import { Comment } from '../posts/post.model';
import { ReactionsService } from '../reactions/reactions.service';
import { CommentsService } from './comments.service';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly people: People,
    private readonly commentsService: CommentsService,
    private readonly reactionsService: ReactionsService,
    private readonly cards: CardsService,
  ) {}

  @Mutation(() => Comment)
  async addComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: AddCommentInput,
  ): Promise<Comment> {
    return this.cards.comment(actor, await this.commentsService.add(actor, input));
  }

  @Mutation(() => Comment)
  async updateComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateCommentInput,
  ): Promise<Comment> {
    return this.cards.comment(actor, await this.commentsService.update(actor, input));
  }

  @Mutation(() => DeletedPayload)
  async deleteComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CommentIdInput,
  ): Promise<DeletedPayload> {
    return { id: await this.commentsService.remove(actor, input.commentId) };
  }

  @Mutation(() => Comment)
  async reactToComment(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReactToCommentInput,
  ): Promise<Comment> {
    const record = await this.reactionsService.reactToComment(actor, input.commentId, input.kind);
    return this.cards.comment(actor, record);
  }

  @Mutation(() => Comment)
  async removeCommentReaction(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CommentIdInput,
  ): Promise<Comment> {
    const record = await this.reactionsService.reactToComment(actor, input.commentId, null);
    return this.cards.comment(actor, record);
  }

  @ResolveField(() => [User])
  async mentions(@Parent() comment: Comment, @Context() ctx: GraphqlContext): Promise<User[]> {
    return this.people.many(ctx, comment.mentionIds);
  }

  @Query(() => Comment, {
    description: 'A comment on a post you may read; NOT_FOUND otherwise (or once deleted).',
  })
  async comment(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Comment> {
    return this.cards.comment(actor, await this.commentsService.find(actor, id));
  }

  @ResolveField(() => CommentConnection, {
    description:
      'Replies, oldest first, a page at a time (one level: a reply has none). replyCount counts them all.',
  })
  async replies(
    @Parent() comment: Comment,
    @Context() ctx: GraphqlContext,
    @CurrentUser() actor: AuthUser,
    @Args() page: PageArgs,
  ): Promise<Connection<Comment>> {
    if (comment.parentId) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    return repliesLoader(ctx, this.commentsService, this.cards, actor, page).load(comment.id);
  }
}
