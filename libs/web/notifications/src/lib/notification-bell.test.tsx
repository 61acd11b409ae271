import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationBell } from './notification-bell';
import { type Calls, clientWithSocket, notification, page, renderWithClient } from './test-support';

const count = (n: number) => () => ({ data: { unreadNotificationCount: n } });
const named = (calls: Calls, operation: string) => calls.filter((c) => c.operation === operation);

describe('NotificationBell', () => {
  it('says how many are unread, and opens a panel with the latest that Escape closes', async () => {
    const { client } = clientWithSocket({
      UnreadNotificationCount: count(2),
      Notifications: () =>
        page([
          notification(),
          notification({ id: 'n2', kind: 'REPLY', summary: 'Ben Ode commented on your post' }),
          notification({ id: 'n3', summary: 'Cleo reacted to your post', read: true }),
        ]),
    });
    renderWithClient(client, <NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(bell);
    const panel = screen.getByRole('dialog', { name: 'Notifications' });
    expect(panel).toHaveFocus();
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const unread = await within(panel).findByRole('link', {
      name: /^Unread: Ana Silva mentioned you in Garden 5 minutes ago$/,
    });
    expect(unread).toHaveAttribute('href', '/posts/p1');
    expect(
      within(panel).getByRole('link', { name: 'Cleo reacted to your post 5 minutes ago' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Notification settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
    expect(within(panel).getByRole('link', { name: 'See all notifications' })).toHaveAttribute(
      'href',
      '/notifications',
    );

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bell).toHaveFocus();
  });

  it('closes when the person clicks elsewhere on the page', async () => {
    const { client } = clientWithSocket({
      UnreadNotificationCount: count(0),
      Notifications: () => page([]),
    });
    renderWithClient(client, <NotificationBell />);
    await userEvent.click(screen.getByRole('button', { name: 'Notifications, 0 unread' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('location'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('follows a notification to what it is about, and marks it read', async () => {
    let unread = 1;
    const { client, calls } = clientWithSocket({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread } }),
      Notifications: () => page([notification()]),
      MarkNotificationRead: ({ id }) => {
        unread = 0;
        return {
          data: { markNotificationRead: { __typename: 'Notification', id, read: true } },
        };
      },
    });
    renderWithClient(client, <NotificationBell />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await userEvent.click(await screen.findByRole('link', { name: /mentioned you/ }));

    expect(screen.getByTestId('location')).toHaveTextContent('/posts/p1');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(named(calls, 'MarkNotificationRead')).toEqual([
      { operation: 'MarkNotificationRead', variables: { id: 'n1' } },
    ]);
    expect(
      await screen.findByRole('button', { name: 'Notifications, 0 unread' }),
    ).toBeInTheDocument();
  });

  it('does not mark again what is already read', async () => {
    const { client, calls } = clientWithSocket({
      UnreadNotificationCount: count(0),
      Notifications: () => page([notification({ read: true })]),
    });
    renderWithClient(client, <NotificationBell />);
    await userEvent.click(screen.getByRole('button', { name: /Notifications/ }));
    await userEvent.click(await screen.findByRole('link', { name: /mentioned you/ }));
    expect(screen.getByTestId('location')).toHaveTextContent('/posts/p1');
    expect(named(calls, 'MarkNotificationRead')).toEqual([]);
  });

  it('marks all as read: the count drops to 0 and nothing shows as unread', async () => {
    const { client, calls } = clientWithSocket({
      UnreadNotificationCount: count(2),
      Notifications: () => page([notification(), notification({ id: 'n2' })]),
      MarkAllNotificationsRead: () => ({ data: { markAllNotificationsRead: 2 } }),
    });
    renderWithClient(client, <NotificationBell />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const panel = screen.getByRole('dialog', { name: 'Notifications' });
    expect(await within(panel).findAllByRole('link', { name: /^Unread:/ })).toHaveLength(2);

    await userEvent.click(within(panel).getByRole('button', { name: 'Mark all as read' }));
    expect(
      await screen.findByRole('button', { name: 'Notifications, 0 unread' }),
    ).toBeInTheDocument();
    expect(within(panel).queryAllByRole('link', { name: /^Unread:/ })).toHaveLength(0);
    expect(within(panel).queryByRole('button', { name: 'Mark all as read' })).toBeNull();
    expect(within(panel).getByRole('heading', { name: 'Notifications' })).toHaveFocus();
    expect(named(calls, 'MarkAllNotificationsRead')).toHaveLength(1);
  });

  it('says when there is nothing, and when the list could not be loaded', async () => {
    const empty = clientWithSocket({
      UnreadNotificationCount: count(0),
      Notifications: () => page([]),
    });
    const { unmount } = renderWithClient(empty.client, <NotificationBell />);
    await userEvent.click(screen.getByRole('button', { name: /Notifications/ }));
    expect(await screen.findByText("You're all caught up")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
    unmount();

    const failing = clientWithSocket({
      UnreadNotificationCount: count(1),
      Notifications: () => ({
        errors: [{ message: 'Boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    });
    renderWithClient(failing.client, <NotificationBell />);
    await userEvent.click(screen.getByRole('button', { name: /Notifications/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your notifications could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the count live, and reads an open list again when something new arrives', async () => {
    let nodes = [notification({ read: true })];
    const { client, push, calls } = clientWithSocket({
      UnreadNotificationCount: count(0),
      Notifications: () => page(nodes),
    });
    renderWithClient(client, <NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 0 unread' });

    act(() => push('NEW', 1));
    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications, 1 unread'));
    expect(named(calls, 'Notifications')).toHaveLength(0);

    await userEvent.click(bell);
    await screen.findByRole('link', { name: /mentioned you/ });
    nodes = [notification({ id: 'n9', summary: 'Dan posted an announcement in Garden' }), ...nodes];
    act(() => push('NEW', 2));
    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications, 2 unread'));
    expect(
      await screen.findByRole('link', { name: /^Unread: Dan posted an announcement/ }),
    ).toBeInTheDocument();
    expect(named(calls, 'Notifications')).toHaveLength(2);

    act(() => push('READ', 0));
    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications, 0 unread'));
  });
});
