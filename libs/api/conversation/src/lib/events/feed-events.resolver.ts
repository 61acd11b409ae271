import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@hearth/api/core';
import { PostAccess } from '../posts/post-access';
import { ConversationEvents } from './conversation-events';
import { FeedEvent } from './feed-event.model';

/** Live events over the subscription socket; each event is authorized again when delivered. */
@Resolver(() => FeedEvent)
export class FeedEventsResolver {
  constructor(
    private readonly access: PostAccess,
    private readonly events: ConversationEvents,
  ) {}

  @Subscription(() => FeedEvent, {
    description:
      'What happens in a group you may read: posts added, edited or deleted, comments, reactions, votes. Refused like the group feed (NOT_FOUND for a secret group you are not in).',
    resolve: (event: FeedEvent) => event,
  })
  async groupEvents(
    @CurrentUser() actor: AuthUser,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<AsyncIterableIterator<FeedEvent>> {
    await this.access.readableGroup(actor, groupId);
    return this.events.listen(actor, [groupId], false);
  }

  @Subscription(() => FeedEvent, {
    description:
      'What happens in the groups of your home feed (those you are a member of when you subscribe).',
    resolve: (event: FeedEvent) => event,
  })
  async homeEvents(@CurrentUser() actor: AuthUser): Promise<AsyncIterableIterator<FeedEvent>> {
    return this.events.listenHome(actor);
  }
}
