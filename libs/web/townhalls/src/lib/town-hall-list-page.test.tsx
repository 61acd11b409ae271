import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockHandlers } from '@hearth/web/graphql';
import { GROUP_FILTER_FROM } from './create-town-hall-dialog';
import { clientWithSocket, me, renderWithClient, signIn } from './test-support';
import { TownHallListPage } from './town-hall-list-page';

const hosting = (forOrganisation: boolean, names: string[] = [], moreGroups = false) => ({
  data: {
    townHallHostingOptions: {
      __typename: 'TownHallHostingOptions',
      forOrganisation,
      groups: names.map((name) => ({
        __typename: 'TownHallGroupOption',
        id: `g-${name.toLowerCase().replace(/\W+/g, '-')}`,
        name,
      })),
      moreGroups,
    },
  },
});

const EMPTY_PAGE = {
  data: {
    townHalls: {
      __typename: 'TownHallConnection',
      edges: [],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
};

function renderList(
  options: ReturnType<typeof hosting> | MockHandlers[string],
  townHalls: MockHandlers[string] = () => EMPTY_PAGE,
) {
  const { client, calls } = clientWithSocket({
    Me: () => ({ data: me() }),
    TownHalls: townHalls,
    TownHallHostingOptions: typeof options === 'function' ? options : () => options,
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
    expect(screen.getByLabelText('Audience')).toHaveValue('g-design');
    expect(screen.queryByLabelText('Find a group')).toBeNull();
  });

  it('keeps the form’s first group, never picked, listed and chosen while a search leaves it out', async () => {
    const names = Array.from({ length: GROUP_FILTER_FROM + 2 }, (_, i) => `Team ${i}`);
    renderList(hosting(false, ['Design', ...names]));
    await userEvent.click(await screen.findByRole('button', { name: 'New town hall' }));
    expect(screen.getByLabelText('Audience')).toHaveDisplayValue('Group: Design');
    await userEvent.type(screen.getByLabelText('Find a group'), 'team 3');
    expect(await screen.findByText('1 group matches.')).toBeVisible();
    expect(audienceChoices()).toEqual(['Group: Team 3', 'Group: Design']);
    expect(screen.getByLabelText('Audience')).toHaveDisplayValue('Group: Design');
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
    expect(await screen.findByText('1 group matches.')).toBeVisible();
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

describe('TownHallListPage: groups beyond the first ones the API offers', () => {
  it('finds them through the API as the search is typed, and keeps the chosen one', async () => {
    const first = Array.from({ length: 50 }, (_, i) => `Alpha ${String(i).padStart(2, '0')}`);
    const calls = renderList((v) =>
      v['search'] === 'zeta'
        ? hosting(true, ['Zeta crew'])
        : v['search']
          ? hosting(true, [])
          : hosting(true, first, true),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'New town hall' }));
    expect(
      screen.getByText(
        'The first 50 groups by name are listed: type part of a name to find any other.',
      ),
    ).toBeVisible();
    expect(audienceChoices()).toHaveLength(51);
    await userEvent.type(screen.getByLabelText('Find a group'), 'Zeta');
    expect(await screen.findByRole('option', { name: 'Group: Zeta crew' })).toBeInTheDocument();
    expect(screen.getByText('1 group matches.')).toBeVisible();
    expect(
      calls
        .filter((c) => c.operation === 'TownHallHostingOptions')
        .map((c) => c.variables['search'] ?? null),
    ).toContain('zeta');
    await userEvent.selectOptions(screen.getByLabelText('Audience'), 'Group: Zeta crew');
    await userEvent.clear(screen.getByLabelText('Find a group'));
    await userEvent.type(screen.getByLabelText('Find a group'), 'nothing like it');
    expect(await screen.findByText('0 groups match.')).toBeVisible();
    expect(audienceChoices()).toEqual(['The whole organisation', 'Group: Zeta crew']);
    expect(screen.getByLabelText('Audience')).toHaveDisplayValue('Group: Zeta crew');
  });
});

describe('TownHallListPage: a page at a time', () => {
  const card = (n: number) => ({
    __typename: 'TownHall',
    id: `th${n}`,
    title: `Town hall ${n}`,
    description: '',
    state: 'ENDED',
    startsAt: new Date(Date.UTC(2026, 10, 30 - n, 15)).toISOString(),
    endsAt: new Date(Date.UTC(2026, 10, 30 - n, 16)).toISOString(),
    publishedCount: n,
    audienceGroupId: null,
    audienceGroupName: null,
  });
  const page = (from: number, to: number, next: string | null) => ({
    data: {
      townHalls: {
        __typename: 'TownHallConnection',
        edges: Array.from({ length: to - from + 1 }, (_, i) => ({
          __typename: 'TownHallEdge',
          cursor: `c${from + i}`,
          node: card(from + i),
        })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: next !== null, endCursor: next },
      },
    },
  });

  it('shows the first page, then appends the next one after "Load more", which then goes away', async () => {
    const calls = renderList(hosting(false), (v) =>
      v['after'] === 'c20' ? page(21, 23, null) : page(1, 20, 'c20'),
    );
    const list = await screen.findByRole('list', { name: 'Town halls' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Town hall 23' })).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(23);
    expect(screen.getByRole('link', { name: 'Town hall 1' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(
      calls.filter((c) => c.operation === 'TownHalls').map((c) => c.variables['after'] ?? null),
    ).toEqual([null, 'c20']);
  });
});
