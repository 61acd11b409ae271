import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationsPage } from './notifications-page';
import { clientWithSocket, notification, page, renderWithClient } from './test-support';

describe('NotificationsPage', () => {
  it('lists notifications and loads more from where the page ended', async () => {
    const { client, calls } = clientWithSocket({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 1 } }),
      Notifications: ({ after }) =>
        after === 'n2'
          ? page([notification({ id: 'n3', summary: 'Older: Cleo invited you', read: true })])
          : page(
              [
                notification(),
                notification({ id: 'n2', summary: 'Ben Ode reacted to your post', read: true }),
              ],
              { hasNextPage: true, endCursor: 'n2' },
            ),
    });
    renderWithClient(client, <NotificationsPage />, '/notifications');
    expect(await screen.findByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    expect(await screen.findByText('1 unread')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'All notifications' });
    expect(within(list).getAllByRole('link')).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: /Older: Cleo invited you/ })).toBeVisible();
    expect(within(list).getAllByRole('link')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(calls.filter((c) => c.operation === 'Notifications').map((c) => c.variables)).toEqual([
      { unreadOnly: false },
      { unreadOnly: false, after: 'n2' },
    ]);
  });

  it('shows only unread ones on request, and says when there are none', async () => {
    const { client, calls } = clientWithSocket({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 0 } }),
      Notifications: ({ unreadOnly }) =>
        unreadOnly ? page([]) : page([notification({ read: true })]),
    });
    renderWithClient(client, <NotificationsPage />, '/notifications');
    expect(await screen.findByRole('link', { name: /mentioned you/ })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Unread only' }));
    expect(screen.getByRole('button', { name: 'Unread only' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await screen.findByText("You're all caught up")).toBeInTheDocument();
    expect(calls.at(-1)).toEqual({ operation: 'Notifications', variables: { unreadOnly: true } });
  });

  it('says kindly when marking all as read fails', async () => {
    const { client } = clientWithSocket({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 1 } }),
      Notifications: () => page([notification()]),
      MarkAllNotificationsRead: () => ({
        errors: [{ message: 'Too many attempts.', extensions: { code: 'RATE_LIMITED' } }],
      }),
    });
    renderWithClient(client, <NotificationsPage />, '/notifications');
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your notifications could not be marked as read. Too many attempts.',
    );
    expect(screen.getByRole('link', { name: /^Unread:/ })).toBeInTheDocument();
  });
});
