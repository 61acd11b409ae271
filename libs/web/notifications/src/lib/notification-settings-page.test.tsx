import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationSettingsPage } from './notification-settings-page';
import { clientWithSocket, renderWithClient } from './test-support';

const groups = [
  { __typename: 'GroupNotificationLevel', groupId: 'g1', groupName: 'Garden', level: 'HIGHLIGHTS' },
  { __typename: 'GroupNotificationLevel', groupId: 'g2', groupName: 'Book club', level: 'OFF' },
];

const preferences = (mutedKinds: string[], list = groups) => ({
  __typename: 'NotificationPreferences',
  mutedKinds,
  groups: list,
});

describe('NotificationSettingsPage', () => {
  it('shows what is on and each group’s level', async () => {
    const { client } = clientWithSocket({
      NotificationPreferences: () => ({
        data: { notificationPreferences: preferences(['REACTION']) },
      }),
    });
    renderWithClient(client, <NotificationSettingsPage />);
    expect(await screen.findByRole('checkbox', { name: 'Mentions' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Reactions' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Post not approved' })).toBeChecked();
    const garden = screen.getByRole('combobox', { name: 'Garden' });
    expect(garden).toHaveValue('HIGHLIGHTS');
    expect(
      within(garden)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All activity', 'Highlights', 'Off']);
    expect(screen.getByRole('combobox', { name: 'Book club' })).toHaveValue('OFF');
  });

  it('saves a kind turned off at once, and says so beside it', async () => {
    const { client, calls } = clientWithSocket({
      NotificationPreferences: () => ({ data: { notificationPreferences: preferences([]) } }),
      SetNotificationKindMuted: ({ kind, muted }) => ({
        data: {
          setNotificationKindMuted: preferences(muted ? [kind as string] : []),
        },
      }),
    });
    renderWithClient(client, <NotificationSettingsPage />);
    const mentions = await screen.findByRole('checkbox', { name: 'Mentions' });
    await userEvent.click(mentions);
    expect(mentions).not.toBeChecked();
    const row = mentions.closest('li') as HTMLElement;
    expect(await within(row).findByRole('status')).toHaveTextContent('Saved');
    expect(mentions).not.toBeChecked();
    expect(calls.at(-1)).toEqual({
      operation: 'SetNotificationKindMuted',
      variables: { kind: 'MENTION', muted: true },
    });
  });

  it('saves a group’s level at once', async () => {
    const { client, calls } = clientWithSocket({
      NotificationPreferences: () => ({ data: { notificationPreferences: preferences([]) } }),
      SetGroupNotificationLevel: ({ groupId, level }) => ({
        data: {
          setGroupNotificationLevel: {
            __typename: 'GroupNotificationLevel',
            groupId,
            groupName: 'Garden',
            level,
          },
        },
      }),
    });
    renderWithClient(client, <NotificationSettingsPage />);
    const garden = await screen.findByRole('combobox', { name: 'Garden' });
    await userEvent.selectOptions(garden, 'ALL');
    expect(garden).toHaveValue('ALL');
    expect(await screen.findByText('Saved: All activity')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Book club' })).toHaveValue('OFF');
    expect(calls.at(-1)).toEqual({
      operation: 'SetGroupNotificationLevel',
      variables: { groupId: 'g1', level: 'ALL' },
    });
  });

  it('puts a change back and says why when it cannot be saved', async () => {
    const { client } = clientWithSocket({
      NotificationPreferences: () => ({ data: { notificationPreferences: preferences([]) } }),
      SetGroupNotificationLevel: () => ({
        errors: [
          {
            message: 'We could not find that group. You may have left it.',
            extensions: { code: 'NOT_FOUND' },
          },
        ],
      }),
    });
    renderWithClient(client, <NotificationSettingsPage />);
    const garden = await screen.findByRole('combobox', { name: 'Garden' });
    await userEvent.selectOptions(garden, 'OFF');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: We could not find that group. You may have left it.',
    );
    expect(garden).toHaveValue('HIGHLIGHTS');
  });

  it('points to groups when the person is in none', async () => {
    const { client } = clientWithSocket({
      NotificationPreferences: () => ({ data: { notificationPreferences: preferences([], []) } }),
    });
    renderWithClient(client, <NotificationSettingsPage />);
    expect(await screen.findByRole('link', { name: 'Find a group to join' })).toHaveAttribute(
      'href',
      '/groups',
    );
  });
});
