import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuestionList, type QuestionListTownHall } from './question-list';
import {
  clientWithSocket,
  named,
  question,
  questionsPage,
  renderWithClient,
  voted,
} from './test-support';

const base: QuestionListTownHall = { id: 'th1', viewer: { canAsk: true, votesLeft: null } };

const ranked = [
  question({ id: 'q1', body: 'Will we hire in Lisbon?', voteCount: 5 }),
  question({
    id: 'q2',
    body: 'Why did the bonus change?',
    anonymous: true,
    author: null,
    voteCount: 2,
    viewerHasVoted: true,
  }),
];

describe('QuestionList', () => {
  it('ranks questions with their counts; up-voting presses the button and counts at once', async () => {
    let q1 = { count: 5, voted: false };
    const { client, calls } = clientWithSocket({
      TownHallQuestions: () => questionsPage(ranked),
      VoteTownHallQuestion: ({ id, up }) => {
        q1 = { count: q1.count + (up ? 1 : -1), voted: Boolean(up) };
        return voted(String(id), q1.count, q1.voted);
      },
    });
    renderWithClient(client, <QuestionList townHall={base} />);
    const list = await screen.findByRole('list', { name: 'Questions, top' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Will we hire in Lisbon?');
    expect(items[1]).toHaveTextContent('Anonymous');
    expect(items[1]).not.toHaveTextContent('Ana Silva');
    expect(within(items[1]!).getByRole('button', { name: 'Up-vote, 2 votes' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const vote = within(items[0]!).getByRole('button', { name: 'Up-vote, 5 votes' });
    expect(vote).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(vote);
    expect(vote).toHaveAccessibleName('Up-vote, 6 votes');
    expect(vote).toHaveAttribute('aria-pressed', 'true');

    // Pressed again: the vote is taken back.
    await userEvent.click(vote);
    await waitFor(() => expect(vote).toHaveAccessibleName('Up-vote, 5 votes'));
    expect(vote).toHaveAttribute('aria-pressed', 'false');
    expect(named(calls, 'VoteTownHallQuestion').map((c) => c.variables)).toEqual([
      { id: 'q1', up: true },
      { id: 'q1', up: false },
    ]);
  });

  it('shows the votes left within a budget, and when none are left only votes already given can be taken back', async () => {
    const budget = clientWithSocket({ TownHallQuestions: () => questionsPage(ranked) });
    const { unmount } = renderWithClient(
      budget.client,
      <QuestionList
        townHall={{ ...base, voteBudget: 3, viewer: { canAsk: true, votesLeft: 2 } }}
      />,
    );
    expect(await screen.findByText('2 votes left')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Up-vote, 5 votes' })).toBeEnabled();
    unmount();

    const spent = clientWithSocket({ TownHallQuestions: () => questionsPage(ranked) });
    renderWithClient(
      spent.client,
      <QuestionList
        townHall={{ ...base, voteBudget: 3, viewer: { canAsk: true, votesLeft: 0 } }}
      />,
    );
    expect(await screen.findByText(/You have used all your votes/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Up-vote, 5 votes' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Up-vote, 2 votes' })).toBeEnabled();
  });

  it('says kindly when a vote is refused, and puts the count back', async () => {
    const { client } = clientWithSocket({
      TownHallQuestions: () => questionsPage(ranked),
      VoteTownHallQuestion: () => ({
        errors: [{ message: 'You have no votes left.', extensions: { code: 'CONFLICT' } }],
      }),
    });
    renderWithClient(client, <QuestionList townHall={base} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Up-vote, 5 votes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your vote was not counted. You have no votes left.',
    );
    expect(screen.getByRole('button', { name: 'Up-vote, 5 votes' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('filters: "Mine" shows each of my questions’ status, why one was not published, and lets me withdraw', async () => {
    const mine = [
      question({ id: 'm1', body: 'Can we get better coffee?', status: 'PENDING', isMine: true }),
      question({
        id: 'm2',
        body: 'Who decided the bonus?',
        status: 'REJECTED',
        isMine: true,
        anonymous: true,
        author: null,
        rejectReason: 'DUPLICATE',
        rejectNote: 'See the question about the bonus change.',
      }),
      question({
        id: 'm3',
        body: 'Is the office moving?',
        status: 'PUBLISHED',
        isMine: true,
        answerState: 'ANSWERED_IN_WRITING',
        answer: 'No, we stay where we are.',
        answeredBy: { __typename: 'User', id: 'u9', displayName: 'Hana Host' },
      }),
    ];
    const { client, calls } = clientWithSocket({
      TownHallQuestions: ({ order }) => questionsPage(order === 'MINE' ? mine : ranked),
      WithdrawTownHallQuestion: ({ id }) => ({
        data: {
          withdrawTownHallQuestion: question({ id: String(id), status: 'WITHDRAWN', isMine: true }),
        },
      }),
    });
    renderWithClient(client, <QuestionList townHall={base} />);
    await screen.findByRole('list', { name: 'Questions, top' });
    await userEvent.click(screen.getByRole('button', { name: 'Mine' }));
    expect(screen.getByRole('button', { name: 'Mine' })).toHaveAttribute('aria-pressed', 'true');
    const list = await screen.findByRole('list', { name: 'Questions, mine' });
    const [pending, rejected, answered] = within(list).getAllByRole('listitem');
    expect(pending).toHaveTextContent('Waiting for a moderator');
    expect(rejected).toHaveTextContent('Not published');
    expect(rejected).toHaveTextContent(
      'Reason: Already asked — “See the question about the bonus change.”',
    );
    expect(rejected).toHaveTextContent('Anonymous');
    expect(answered).toHaveTextContent('Answered in writing');
    expect(answered).toHaveTextContent('No, we stay where we are.');
    // Only what is still waiting or unanswered can be withdrawn.
    expect(within(rejected!).queryByRole('button', { name: 'Withdraw' })).toBeNull();
    expect(within(answered!).queryByRole('button', { name: 'Withdraw' })).toBeNull();

    await userEvent.click(within(pending!).getByRole('button', { name: 'Withdraw' }));
    const dialog = screen.getByRole('dialog', { name: 'Withdraw your question?' });
    expect(dialog).toHaveTextContent('Can we get better coffee?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Withdraw question' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(named(calls, 'WithdrawTownHallQuestion').map((c) => c.variables)).toEqual([
      { id: 'm1' },
    ]);
    expect(named(calls, 'TownHallQuestions').map((c) => c.variables['order'])).toEqual([
      'TOP',
      'MINE',
      'MINE',
    ]);
  });

  it('says when there are no questions, and when they could not be loaded', async () => {
    const empty = clientWithSocket({ TownHallQuestions: () => questionsPage([]) });
    const { unmount } = renderWithClient(empty.client, <QuestionList townHall={base} />);
    expect(await screen.findByText('No questions yet. Be the first to ask.')).toBeVisible();
    unmount();

    const failing = clientWithSocket({
      TownHallQuestions: () => ({
        errors: [{ message: 'Boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    });
    renderWithClient(failing.client, <QuestionList townHall={base} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The questions could not be loaded.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
