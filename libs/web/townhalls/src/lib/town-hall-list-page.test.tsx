import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GROUP_FILTER_FROM } from './create-town-hall-dialog';
import { clientWithSocket, me, renderWithClient, signIn } from './test-support';
import { TownHallListPage } from './town-hall-list-page';

const hosting = (forOrganisation: boolean, names: string[] = []) => ({
  data: {
    townHallHostingOptions: {
      __typename: 'TownHallHostingOptions',
      forOrganisation,
      groups: names.map((name, i) => ({ __typename: 'TownHallGroupOption', id: `g${i}`, name })),
    },
  },
});

function renderList(options: ReturnType<typeof hosting>) {
  const { client, calls } = clientWithSocket({
    Me: () => ({ data: me() }),
    TownHalls: () => ({ data: { townHalls: [] } }),
    TownHallHostingOptions: () => options,
  });
  signIn(client);
  renderWithClient(client, <TownHallListPage />, { signedIn: true });
  return calls;
}

const audienceChoices = () =>
  within(screen.getByLabelText('Audience'))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('TownHallListPage: who may hold a town hall, and for whom', () => {
  it('offers no "New town hall" to someone who may hold one for nobody', async () => {
    const calls = renderList(hosting(false));
    expect(await screen.findByText('No town halls are coming up.')).toBeVisible();
    expect(calls.some((c) => c.operation === 'TownHallHostingOptions')).toBe(true);
    expect(screen.queryByRole('button', { name: 'New town hall' })).toBeNull();
  });

  it('offers exactly the groups the API gives, without the whole organisation, to a group admin', async () => {
    renderList(hosting(false, ['Design', 'Support']));
    await userEvent.click(await screen.findByRole('button', { name: 'New town hall' }));
    const dialog = screen.getByRole('dialog', { name: 'New town hall' });
    expect(within(dialog).getByLabelText('Title')).toHaveFocus();
    expect(audienceChoices()).toEqual(['Group: Design', 'Group: Support']);
    expect(screen.getByLabelText('Audience')).toHaveValue('g0');
    expect(screen.queryByLabelText('Find a group')).toBeNull();
  });

  it('offers the whole organisation first, and only then, to HR', async () => {
    renderList(hosting(true));
    await userEvent.click(await screen.findByRole('button', { name: 'New town hall' }));
    expect(audienceChoices()).toEqual(['The whole organisation']);
    expect(screen.getByLabelText('Audience')).toHaveValue('');
  });

  it('gives a filter box above many groups, keeping the chosen one listed', async () => {
    const names = Array.from({ length: GROUP_FILTER_FROM + 2 }, (_, i) => `Team ${i}`);
    renderList(hosting(true, [...names, 'Marketing']));
    await userEvent.click(await screen.findByRole('button', { name: 'New town hall' }));
    expect(audienceChoices()).toHaveLength(names.length + 2);
    await userEvent.type(screen.getByLabelText('Find a group'), 'mark');
    expect(audienceChoices()).toEqual(['The whole organisation', 'Group: Marketing']);
    expect(screen.getByText('1 group matches.')).toBeVisible();
    await userEvent.selectOptions(screen.getByLabelText('Audience'), 'Group: Marketing');
    await userEvent.clear(screen.getByLabelText('Find a group'));
    await userEvent.type(screen.getByLabelText('Find a group'), 'team 1');
    expect(audienceChoices()).toEqual([
      'The whole organisation',
      'Group: Team 1',
      'Group: Marketing',
    ]);
    expect(screen.getByLabelText('Audience')).toHaveDisplayValue('Group: Marketing');
  });
});
