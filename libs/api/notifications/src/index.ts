export * from './lib/notification.model';
export * from './lib/notification.entity';
export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './lib/notification-text';
