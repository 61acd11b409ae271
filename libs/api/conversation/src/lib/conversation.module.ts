import { Module } from '@nestjs/common';
import { AuditService } from '@hearth/api/core';
import { GroupsModule } from '@hearth/api/groups';
import { IdentityModule } from '@hearth/api/identity';
import { CardsService } from './cards/cards.service';
import { CommentsService } from './comments/comments.service';
import { ConversationEvents } from './events/conversation-events';
import { CONVERSATION_RESOLVERS } from './conversation.resolvers';
import { FeedsService } from './feeds/feeds.service';
import { PollsService } from './polls/polls.service';
import { PostAccess } from './posts/post-access';
import { PostsService } from './posts/posts.service';
import { ReactionsService } from './reactions/reactions.service';

@Module({
  imports: [IdentityModule, GroupsModule],
  providers: [
    AuditService,
    PostAccess,
    PostsService,
    FeedsService,
    CommentsService,
    ReactionsService,
    PollsService,
    CardsService,
    ConversationEvents,
    ...CONVERSATION_RESOLVERS,
  ],
  exports: [PostsService, FeedsService],
})
export class ConversationModule {}
