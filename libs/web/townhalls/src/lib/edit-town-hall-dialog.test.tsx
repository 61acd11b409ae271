import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  clientWithSocket,
  named,
  questionsPage,
  queuePage,
  renderWithClient,
  townHall,
} from './test-support';
import { TownHallPage } from './town-hall-page';

type TownHallOver = Parameters<typeof townHall>[0];

const manager = { canManage: true, canModerate: true, canHost: true, canAsk: false };
const at = { path: '/town-halls/th1', route: '/town-halls/:id' };

function renderPage(over: TownHallOver, handlers: Parameters<typeof clientWithSocket>[0] = {}) {
  const { client, calls } = clientWithSocket({
    TownHall: () => ({ data: { townHall: { ...townHall(over), answering: null } } }),
    TownHallQuestions: () => questionsPage([]),
    TownHallModerationQueue: () => queuePage([]),
    ...handlers,
  });
  renderWithClient(client, <TownHallPage />, at);
  return calls;
}

describe('Editing a town hall', () => {
  it('is only for those who run it', async () => {
    renderPage({ state: 'OPEN', viewer: { canHost: true } });
    await screen.findByRole('heading', { name: 'Q3 all-hands', level: 1 });
    expect(screen.getByRole('button', { name: 'End' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('is gone once the town hall is archived', async () => {
    renderPage({ state: 'ARCHIVED', viewer: manager });
    await screen.findByRole('heading', { name: 'Q3 all-hands', level: 1 });
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('opens prefilled, sends only what changed (an emptied budget as 0), and the page shows it', async () => {
    let saved: TownHallOver = {};
    const calls = renderPage(
      { state: 'OPEN', voteBudget: 3, audienceGroupName: 'Design', viewer: manager },
      {
        UpdateTownHall: (v) => {
          const input = v['input'] as { title?: string };
          saved = { title: input.title, voteBudget: null, allowAnonymous: false };
          return {
            data: {
              updateTownHall: townHall({
                state: 'OPEN',
                audienceGroupName: 'Design',
                ...saved,
                viewer: manager,
              }),
            },
          };
        },
      },
    );
    await screen.findByRole('heading', { name: 'Q3 all-hands', level: 1 });

    // Saving without a change sends nothing.
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit town hall' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(named(calls, 'UpdateTownHall')).toHaveLength(0);

    const edit = screen.getByRole('button', { name: 'Edit' });
    expect(edit).toHaveFocus();
    await userEvent.click(edit);
    dialog = screen.getByRole('dialog', { name: 'Edit town hall' });
    const title = within(dialog).getByLabelText('Title');
    expect(title).toHaveFocus();
    expect(title).toHaveValue('Q3 all-hands');
    expect(within(dialog).getByLabelText('Description')).toHaveValue(
      'Ask the leadership team anything.',
    );
    expect(within(dialog).getByLabelText('Votes per person')).toHaveValue(3);
    expect(within(dialog).getByLabelText('Allow anonymous questions')).toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Remove Hana Host' })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Remove Mo Derator' })).toBeVisible();
    expect(within(dialog).getByText('Group: Design')).toBeVisible();
    expect(
      within(dialog).getByText('The audience cannot be changed once the town hall is created.'),
    ).toBeVisible();

    await userEvent.clear(title);
    await userEvent.type(title, 'Q3 all-hands, rescheduled');
    await userEvent.clear(within(dialog).getByLabelText('Votes per person'));
    await userEvent.click(within(dialog).getByLabelText('Allow anonymous questions'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(named(calls, 'UpdateTownHall').map((c) => c.variables)).toEqual([
      {
        input: {
          id: 'th1',
          title: 'Q3 all-hands, rescheduled',
          voteBudget: 0,
          allowAnonymous: false,
        },
      },
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Q3 all-hands, rescheduled', level: 1 }),
    ).toBeVisible();
    expect(screen.queryByText('Anonymous questions allowed')).toBeNull();
  });

  it('shows the API’s error beside the field it is about, and keeps the dialog open', async () => {
    const calls = renderPage(
      { state: 'DRAFT', viewer: manager },
      {
        PeoplePicker: () => ({
          data: {
            users: {
              __typename: 'UserConnection',
              edges: [
                {
                  __typename: 'UserEdge',
                  node: { __typename: 'User', id: 'u5', displayName: 'Zed Zero', title: null },
                },
              ],
            },
          },
        }),
        UpdateTownHall: () => ({
          errors: [
            {
              message: 'Someone you picked is not an active member of the organisation.',
              extensions: { code: 'BAD_USER_INPUT', field: 'hostIds' },
            },
          ],
        }),
      },
    );
    await screen.findByRole('heading', { name: 'Q3 all-hands', level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit town hall' });
    await userEvent.type(within(dialog).getByLabelText('Find people for “Hosts”'), 'Ze');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Add Zed Zero' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const hosts = await within(dialog).findByRole('group', { name: 'Hosts' });
    await waitFor(() =>
      expect(hosts).toHaveAccessibleDescription(
        'Someone you picked is not an active member of the organisation.',
      ),
    );
    expect(named(calls, 'UpdateTownHall').map((c) => c.variables)).toEqual([
      { input: { id: 'th1', hostIds: ['u9', 'u5'] } },
    ]);
    expect(screen.getByRole('dialog', { name: 'Edit town hall' })).toBeVisible();
    // Beside the field, not as a general notice.
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
