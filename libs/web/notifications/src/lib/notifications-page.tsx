import {
  Button,
  Card,
  ChipGroup,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
  PageHeader,
  usePageTitle,
} from '@hearth/web/ui';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { NotificationItem } from './notification-item';
import { useMarkAllNotificationsRead } from './api/use-mark-all-notifications-read';
import { useNotifications } from './api/use-notifications';
import { useUnreadNotificationCount } from './api/use-unread-notification-count';

/** Every notification, most recently active first, a page at a time. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const unread = useUnreadNotificationCount();
  const { markAll, busy, error } = useMarkAllNotificationsRead();
  const titleId = useId();
  return (
    <>
      <PageHeader
        title="Notifications"
        description={unread > 0 ? `${unread} unread` : 'Nothing unread.'}
        actions={
          <>
            {unread > 0 && (
              <Button busy={busy} onClick={() => void markAll()}>
                Mark all as read
              </Button>
            )}
            <Link to="/settings/notifications">Notification settings</Link>
          </>
        }
      />
      <ChipGroup
        label="Show"
        options={[{ value: 'unread', label: 'Unread only' }]}
        value={unreadOnly ? 'unread' : null}
        onChange={(v) => setUnreadOnly(v === 'unread')}
      />
      {error && <Notice tone="error">{error}</Notice>}
      {list.loading ? (
        <LoadingState label="Loading notifications…" />
      ) : list.error ? (
        <ErrorState
          message="Your notifications could not be loaded. Check your connection and try again."
          onRetry={list.retry}
        />
      ) : !list.notifications?.length ? (
        <EmptyState
          title="You're all caught up"
          action={<Link to="/settings/notifications">Choose what you hear about</Link>}
        >
          {unreadOnly
            ? 'Nothing unread. Turn off “Unread only” to see the ones you have read.'
            : 'Mentions, replies and news from your groups will show up here.'}
        </EmptyState>
      ) : (
        <Card as="section" className="h-notifications-card">
          <h2 id={titleId} className="h-visually-hidden">
            {unreadOnly ? 'Unread notifications' : 'All notifications'}
          </h2>
          <ul className="h-notifications" aria-labelledby={titleId}>
            {list.notifications.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </ul>
        </Card>
      )}
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.more} />
    </>
  );
}
