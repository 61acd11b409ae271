import { Button, EmptyState, ErrorState, LoadingState, Notice, Popover } from '@hearth/web/ui';
import { useCallback, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { badgeText, bellLabel } from './labels';
import { NotificationItem } from './notification-item';
import { useMarkAllNotificationsRead } from './api/use-mark-all-notifications-read';
import { useNotificationEvents } from './api/use-notification-events';
import { useNotifications } from './api/use-notifications';

/** How many of the latest the panel lists; the page has them all. */
const PANEL_SIZE = 8;

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        d="M12 2.5a6.5 6.5 0 0 0-6.5 6.5v3.3c0 .9-.3 1.8-.9 2.5l-1.1 1.4c-.6.8 0 1.8 1 1.8h15c1 0 1.6-1 1-1.8l-1.1-1.4a4 4 0 0 1-.9-2.5V9A6.5 6.5 0 0 0 12 2.5Zm-2.8 17a2.9 2.9 0 0 0 5.6 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The bell in the header: the unread count, live, and a panel with the latest notifications.
 * The panel is a non-modal popover: Escape closes it and returns to the bell.
 */
export function NotificationBell() {
  const count = useNotificationEvents();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const titleId = useId();
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="h-bell">
      <button
        ref={button}
        type="button"
        className="h-bell__button"
        aria-label={bellLabel(count)}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <BellIcon />
        {count > 0 && (
          <span className="h-bell__badge" aria-hidden="true">
            {badgeText(count)}
          </span>
        )}
      </button>
      <Popover
        id={panelId}
        labelledBy={titleId}
        open={open}
        onClose={close}
        anchor={button}
        className="h-bell__panel"
      >
        <NotificationPanel titleId={titleId} unread={count} onNavigate={close} />
      </Popover>
    </div>
  );
}

function NotificationPanel({
  titleId,
  unread,
  onNavigate,
}: {
  titleId: string;
  unread: number;
  onNavigate: () => void;
}) {
  const list = useNotifications();
  const { markAll, busy, error } = useMarkAllNotificationsRead();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = list.notifications?.slice(0, PANEL_SIZE) ?? [];
  return (
    <>
      <div className="h-bell__header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          Notifications
        </h2>
        {unread > 0 && (
          <Button
            small
            variant="ghost"
            busy={busy}
            onClick={() => {
              // The button goes away once all is read: focus stays in the panel, on its title.
              void markAll().then((done) => done && heading.current?.focus());
            }}
          >
            Mark all as read
          </Button>
        )}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="h-bell__body">
        {list.loading ? (
          <LoadingState label="Loading notifications…" />
        ) : list.error ? (
          <ErrorState
            message="Your notifications could not be loaded. Check your connection and try again."
            onRetry={list.retry}
          />
        ) : items.length === 0 ? (
          <EmptyState title="You're all caught up">
            We'll let you know when something needs you.
          </EmptyState>
        ) : (
          <ul className="h-notifications" aria-labelledby={titleId}>
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={onNavigate} />
            ))}
          </ul>
        )}
      </div>
      <div className="h-bell__footer">
        <Link to="/notifications" onClick={onNavigate}>
          See all notifications
        </Link>
        <Link to="/settings/notifications" onClick={onNavigate}>
          Notification settings
        </Link>
      </div>
    </>
  );
}
