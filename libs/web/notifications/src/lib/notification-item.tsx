import type { NotificationItemFragment } from '@hearth/web/graphql';
import { ago } from '@hearth/web/ui';
import { Link } from 'react-router';
import { kindInfo } from './labels';
import { useMarkNotificationRead } from './api/use-mark-notification-read';

/** One notification: a link to what it is about, which marks it read when followed. */
export function NotificationItem({
  notification: n,
  onOpen,
}: {
  notification: NotificationItemFragment;
  /** Called when the link is followed (e.g. to close the panel it sits in). */
  onOpen?: () => void;
}) {
  const markRead = useMarkNotificationRead();
  const info = kindInfo(n.kind);
  return (
    <li className="h-notification" data-unread={!n.read}>
      <Link
        to={n.link}
        className="h-notification__link"
        onClick={() => {
          markRead(n);
          onOpen?.();
        }}
      >
        <span className="h-notification__icon" aria-hidden="true">
          {info?.icon ?? '•'}
        </span>
        <span className="h-notification__text">
          {!n.read && <span className="h-visually-hidden">Unread:</span>}{' '}
          <span className="h-notification__summary">{n.summary}</span>{' '}
          <span className="h-notification__meta">
            <time dateTime={n.updatedAt} title={new Date(n.updatedAt).toLocaleString()}>
              {ago(n.updatedAt)}
            </time>
          </span>
        </span>
        {!n.read && <span className="h-notification__dot" aria-hidden="true" />}
      </Link>
    </li>
  );
}
