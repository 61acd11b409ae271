import { Module } from '@nestjs/common';
import { NotificationEvents } from './notification-events';
import { NotificationFanOut } from './notification-fanout';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver];

/** Notifications: fan-out of recorded jobs, reading and preferences, live unread counts. */
@Module({
  providers: [
    NotificationsService,
    NotificationEvents,
    NotificationFanOut,
    ...NOTIFICATIONS_RESOLVERS,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
