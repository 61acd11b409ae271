import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@hearth/api/core';
import {
  GroupNotificationLevel,
  Notification,
  NotificationChange,
  NotificationConnection,
  NotificationKind,
  NotificationLevel,
  NotificationPreferences,
  NotificationSignal,
} from './notification.model';
import { NotificationEvents } from './notification-events';
import { NotificationsService } from './notifications.service';

/** Your own notifications: nobody reads or changes anyone else’s. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly events: NotificationEvents,
  ) {}

  @Query(() => NotificationConnection, {
    description: 'Your notifications, most recently active first.',
  })
  notifications(
    @CurrentUser() viewer: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ) {
    return this.service.list(viewer, first, after, unreadOnly);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentUser() viewer: AuthUser): Promise<number> {
    return this.service.unreadCount(viewer.id);
  }

  @Query(() => NotificationPreferences)
  notificationPreferences(@CurrentUser() viewer: AuthUser): Promise<NotificationPreferences> {
    return this.service.preferences(viewer);
  }

  @Mutation(() => Notification, { description: 'Marks one of your notifications read.' })
  async markNotificationRead(
    @CurrentUser() viewer: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Notification> {
    const n = await this.service.markRead(viewer, id);
    this.events.publish(NotificationChange.READ, [viewer.id]);
    return n;
  }

  @Mutation(() => Int, {
    description: 'Marks all your notifications read; returns how many were unread.',
  })
  async markAllNotificationsRead(@CurrentUser() viewer: AuthUser): Promise<number> {
    const n = await this.service.markAllRead(viewer);
    this.events.publish(NotificationChange.READ, [viewer.id]);
    return n;
  }

  @Mutation(() => GroupNotificationLevel, {
    description: 'How much one of your groups tells you. NOT_FOUND for a group you are not in.',
  })
  setGroupNotificationLevel(
    @CurrentUser() viewer: AuthUser,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('level', { type: () => NotificationLevel }) level: NotificationLevel,
  ): Promise<GroupNotificationLevel> {
    return this.service.setGroupLevel(viewer, groupId, level);
  }

  @Mutation(() => NotificationPreferences, {
    description: 'Turns a kind of notification off or on.',
  })
  setNotificationKindMuted(
    @CurrentUser() viewer: AuthUser,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('muted', { type: () => Boolean }) muted: boolean,
  ): Promise<NotificationPreferences> {
    return this.service.setKindMuted(viewer, kind, muted);
  }

  @Subscription(() => NotificationSignal, {
    description:
      'Tells you when your notifications change (a new one, or read elsewhere), with your unread count.',
    resolve(
      this: NotificationsResolver,
      change: NotificationChange,
      _args: unknown,
      ctx: { req?: { user?: AuthUser } },
    ) {
      return this.signal(change, ctx);
    },
  })
  notificationEvents(@CurrentUser() viewer: AuthUser): AsyncIterableIterator<NotificationChange> {
    return this.events.listen(viewer);
  }

  private async signal(
    change: NotificationChange,
    ctx: { req?: { user?: AuthUser } },
  ): Promise<NotificationSignal> {
    const userId = ctx.req?.user?.id;
    return { change, unreadCount: userId ? await this.service.unreadCount(userId) : 0 };
  }
}
