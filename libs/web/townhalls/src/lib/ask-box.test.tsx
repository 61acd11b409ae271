import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AskBox, type AskBoxTownHall } from './ask-box';
import { clientWithSocket, named, question, renderWithClient, voted } from './test-support';

const base: AskBoxTownHall = {
  id: 'th1',
  preModerated: true,
  viewer: { canAskAnonymously: true, votesLeft: null },
};

const asked =
  (over: Parameters<typeof question>[0] = {}) =>
  () => ({
    data: { askTownHallQuestion: question({ id: 'q9', status: 'PENDING', isMine: true, ...over }) },
  });

describe('AskBox', () => {
  it('asks anonymously when the person ticks the box, and says the question waits for a moderator', async () => {
    const { client, calls } = clientWithSocket({
      SimilarTownHallQuestions: () => ({ data: { similarTownHallQuestions: [] } }),
      AskTownHallQuestion: asked({ anonymous: true, author: null }),
    });
    renderWithClient(client, <AskBox townHall={base} />);
    const anonymous = screen.getByRole('checkbox', { name: 'Ask anonymously' });
    expect(anonymous).not.toBeChecked();
    expect(screen.getByText(/not shown to anyone, moderators and hosts included/)).toBeVisible();

    await userEvent.type(screen.getByLabelText('Your question'), 'Why did the bonus change?');
    await userEvent.click(anonymous);
    await userEvent.click(screen.getByRole('button', { name: 'Ask anonymously' }));

    expect(
      await screen.findByText(/Your question is waiting for a moderator; follow it under “Mine”/),
    ).toBeVisible();
    expect(named(calls, 'AskTownHallQuestion').map((c) => c.variables)).toEqual([
      { townHallId: 'th1', body: 'Why did the bonus change?', anonymous: true },
    ]);
    expect(screen.getByLabelText('Your question')).toHaveValue('');
  });

  it('has no anonymous toggle where anonymous questions are not allowed, and asks with the name', async () => {
    const { client, calls } = clientWithSocket({
      SimilarTownHallQuestions: () => ({ data: { similarTownHallQuestions: [] } }),
      AskTownHallQuestion: asked({ status: 'PUBLISHED' }),
    });
    renderWithClient(
      client,
      <AskBox
        townHall={{
          ...base,
          preModerated: false,
          viewer: { canAskAnonymously: false, votesLeft: null },
        }}
      />,
    );
    expect(screen.queryByRole('checkbox', { name: 'Ask anonymously' })).toBeNull();
    await userEvent.type(screen.getByLabelText('Your question'), 'What is the plan for Q4?');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findByText('Thank you. Your question is published.')).toBeVisible();
    expect(named(calls, 'AskTownHallQuestion')[0]?.variables['anonymous']).toBe(false);
  });

  it('suggests similar questions once typing pauses, and lets the person vote for one instead', async () => {
    const similar = question({
      id: 'q2',
      body: 'Is remote work staying on Fridays?',
      voteCount: 7,
    });
    const { client, calls } = clientWithSocket({
      SimilarTownHallQuestions: () => ({ data: { similarTownHallQuestions: [similar] } }),
      VoteTownHallQuestion: ({ id }) => voted(String(id), 8, true),
    });
    renderWithClient(client, <AskBox townHall={base} />);
    await userEvent.type(screen.getByLabelText('Your question'), 'remote');
    // Too short to search: nothing asked of the server yet.
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(named(calls, 'SimilarTownHallQuestions')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Your question'), ' work on Fridays');
    const list = await screen.findByRole('list', { name: 'Similar questions' });
    expect(within(list).getByText('Is remote work staying on Fridays?')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('1 similar question already asked');
    // Typing was debounced: one search for the text as it stood when typing paused.
    expect(named(calls, 'SimilarTownHallQuestions').map((c) => c.variables)).toEqual([
      { townHallId: 'th1', text: 'remote work on Fridays' },
    ]);

    const vote = within(list).getByRole('button', { name: 'Up-vote, 7 votes' });
    expect(vote).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(vote);
    await waitFor(() =>
      expect(within(list).getByRole('button', { name: 'Up-vote, 8 votes' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(named(calls, 'VoteTownHallQuestion').map((c) => c.variables)).toEqual([
      { id: 'q2', up: true },
    ]);
    expect(named(calls, 'AskTownHallQuestion')).toHaveLength(0);
  });

  it('asks for a longer question before sending, and says kindly when asking is refused', async () => {
    const { client, calls } = clientWithSocket({
      SimilarTownHallQuestions: () => ({ data: { similarTownHallQuestions: [] } }),
      AskTownHallQuestion: () => ({
        errors: [
          {
            message: 'You have asked 5 questions in 10 minutes. Please wait a little.',
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      }),
    });
    renderWithClient(client, <AskBox townHall={base} />);
    await userEvent.type(screen.getByLabelText('Your question'), 'Why');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    expect(screen.getByLabelText('Your question')).toHaveAccessibleDescription(
      /at least 5 characters/,
    );
    expect(named(calls, 'AskTownHallQuestion')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Your question'), ' so many meetings?');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have asked 5 questions in 10 minutes. Please wait a little.',
    );
    expect(screen.getByLabelText('Your question')).toHaveValue('Why so many meetings?');
  });
});
