import { createMockClient, MockProviders, type PostCardFragment } from '@hearth/web/graphql';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { PollView } from './poll';
import { peoplePage, person } from './test-people';

type PollData = NonNullable<PostCardFragment['poll']>;

const poll: PollData = {
  multipleChoice: false,
  anonymous: false,
  closed: false,
  closesAt: null,
  resultsVisible: true,
  resultsVisibility: 'AFTER_VOTE',
  voted: true,
  voterCount: 3,
  options: [
    { id: 'o1', label: 'Lisbon', voteCount: 3, mine: true },
    { id: 'o2', label: 'Leeds', voteCount: 0, mine: false },
  ],
};

function renderPoll(data: PollData, handlers = {}) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <MemoryRouter>
        <PollView postId="p1" poll={data} canVote />
      </MemoryRouter>
    </MockProviders>,
  );
  return { calls };
}

describe('PollView', () => {
  it('shows who chose an option, a page at a time', async () => {
    const page = (people: Array<ReturnType<typeof person>>, endCursor: string | null) => ({
      data: { pollOptionVoters: peoplePage(people, endCursor) },
    });
    const { calls } = renderPoll(poll, {
      PollOptionVoters: ({ after }: Record<string, unknown>) =>
        after
          ? page([person('u3', 'Cleo Cho')], null)
          : page([person('u1', 'Ana Author'), person('u2', 'Ben Ode')], 'c-u2'),
    });
    // Nobody to show for an option without votes.
    expect(screen.queryByRole('button', { name: /for Leeds: see who/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '3 votes for Lisbon: see who' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chose “Lisbon”' });
    expect(await within(dialog).findByRole('link', { name: 'Ben Ode' })).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Load more' }));
    expect(await within(dialog).findByRole('link', { name: 'Cleo Cho' })).toBeVisible();
    expect(
      within(within(dialog).getByRole('list', { name: 'Voters' })).getAllByRole('link'),
    ).toHaveLength(3);
    expect(within(dialog).queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(calls.map((c) => c.variables)).toEqual([
      { optionId: 'o1' },
      { optionId: 'o1', after: 'c-u2' },
    ]);
  });

  it('offers no list of voters for an anonymous poll', () => {
    renderPoll({ ...poll, anonymous: true });
    expect(
      within(screen.getByRole('list', { name: 'Results' })).getByText(/3 · 100%/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /see who/ })).toBeNull();
  });
});
