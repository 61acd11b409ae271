import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PresenterView } from './presenter-view';
import {
  clientWithSocket,
  named,
  question,
  questionConnection,
  renderWithClient,
  townHall,
} from './test-support';

type TownHallOver = Parameters<typeof townHall>[0];

const current = question({
  id: 'q1',
  body: 'Will we keep working from home on Fridays?',
  answerState: 'ANSWERING',
  voteCount: 12,
});
const next = question({
  id: 'q2',
  body: 'Why did the bonus change?',
  anonymous: true,
  author: null,
  voteCount: 9,
});
const later = question({ id: 'q3', body: 'Is the office moving?', voteCount: 4 });
const done = question({
  id: 'q4',
  body: 'Done already',
  answerState: 'ANSWERED_LIVE',
  voteCount: 20,
});

function presenter(over: TownHallOver = {}, answering: typeof current | null = current) {
  return {
    data: {
      townHall: {
        ...townHall({ viewer: { canHost: true, canModerate: true }, ...over }),
        answering,
        questions: questionConnection([done, current, next, later]),
      },
    },
  };
}

const answered = (id: unknown, state: unknown) => ({
  data: {
    answerTownHallQuestion: question({
      id: String(id),
      answerState: state as 'ANSWERED_LIVE',
    }),
  },
});

describe('PresenterView', () => {
  it('shows the question being answered and the next by votes, in large type, skipping answered ones', async () => {
    const { client } = clientWithSocket({ TownHallPresenter: () => presenter() });
    renderWithClient(client, <PresenterView townHallId="th1" />);
    const now = await screen.findByRole('region', { name: 'Now answering' });
    expect(within(now).getByText('Will we keep working from home on Fridays?')).toHaveClass(
      'th-present__question',
    );
    expect(now).toHaveTextContent('Ana Silva · 12 votes');
    const nextUp = screen.getByRole('region', { name: 'Next by votes' });
    expect(nextUp).toHaveTextContent('Why did the bonus change?');
    expect(nextUp).toHaveTextContent('Anonymous · 9 votes');
    expect(screen.getByRole('region', { name: 'After that' })).toHaveTextContent(
      'Is the office moving?',
    );
    expect(screen.queryByText('Done already')).toBeNull();
  });

  it('marks the current question answered live, and takes the next one with one click', async () => {
    const { client, calls } = clientWithSocket({
      TownHallPresenter: () => presenter(),
      AnswerTownHallQuestion: ({ input }) => {
        const { id, state } = input as { id: string; state: string };
        return answered(id, state);
      },
    });
    renderWithClient(client, <PresenterView townHallId="th1" />);
    const now = await screen.findByRole('region', { name: 'Now answering' });
    await userEvent.click(within(now).getByRole('button', { name: 'Answered live' }));
    expect(await screen.findByText('Marked as answered live.')).toBeVisible();

    const nextUp = screen.getByRole('region', { name: 'Next by votes' });
    await userEvent.click(within(nextUp).getByRole('button', { name: 'Answering now' }));
    await waitFor(() => expect(named(calls, 'AnswerTownHallQuestion')).toHaveLength(2));
    expect(named(calls, 'AnswerTownHallQuestion').map((c) => c.variables)).toEqual([
      { input: { id: 'q1', state: 'ANSWERED_LIVE' } },
      { input: { id: 'q2', state: 'ANSWERING' } },
    ]);
    // The screen is read again after each.
    await waitFor(() => expect(named(calls, 'TownHallPresenter').length).toBeGreaterThanOrEqual(3));
  });

  it('answers in writing with a text, and defers to an owner with a due date', async () => {
    const { client, calls } = clientWithSocket({
      TownHallPresenter: () => presenter(),
      PeoplePicker: () => ({
        data: {
          users: {
            __typename: 'UserConnection',
            edges: [
              {
                __typename: 'UserEdge',
                node: { __typename: 'User', id: 'u5', displayName: 'Fay Finance', title: 'CFO' },
              },
            ],
          },
        },
      }),
      AnswerTownHallQuestion: ({ input }) => {
        const { id, state } = input as { id: string; state: string };
        return answered(id, state);
      },
    });
    renderWithClient(client, <PresenterView townHallId="th1" />);
    const now = await screen.findByRole('region', { name: 'Now answering' });

    await userEvent.click(within(now).getByRole('button', { name: 'Answer in writing' }));
    const writing = screen.getByRole('dialog', { name: 'Answer in writing' });
    await userEvent.click(within(writing).getByRole('button', { name: 'Publish answer' }));
    expect(within(writing).getByLabelText('Written answer')).toHaveAccessibleDescription(
      'Write the answer first.',
    );
    await userEvent.type(
      within(writing).getByLabelText('Written answer'),
      'Yes: Fridays stay remote.',
    );
    await userEvent.click(within(writing).getByRole('button', { name: 'Publish answer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('The written answer is published.')).toBeVisible();

    const nextUp = screen.getByRole('region', { name: 'Next by votes' });
    await userEvent.click(within(nextUp).getByRole('button', { name: 'Defer' }));
    const defer = screen.getByRole('dialog', { name: 'Defer to a follow-up' });
    await userEvent.click(within(defer).getByRole('button', { name: 'Defer' }));
    expect(within(defer).getByText('Choose who follows it up.')).toBeVisible();
    await userEvent.type(within(defer).getByRole('searchbox'), 'Fay');
    await userEvent.click(await within(defer).findByRole('button', { name: 'Add Fay Finance' }));
    expect(within(defer).getByRole('button', { name: 'Remove Fay Finance' })).toBeVisible();
    await userEvent.type(within(defer).getByLabelText('Due by'), '2099-03-31');
    await userEvent.click(within(defer).getByRole('button', { name: 'Defer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const [writeCall, deferCall] = named(calls, 'AnswerTownHallQuestion').map(
      (c) => c.variables['input'] as Record<string, unknown>,
    );
    expect(writeCall).toEqual({
      id: 'q1',
      state: 'ANSWERED_IN_WRITING',
      answer: 'Yes: Fridays stay remote.',
    });
    expect(deferCall).toMatchObject({ id: 'q2', state: 'DEFERRED', deferredToId: 'u5' });
    const due = new Date(String(deferCall?.['deferredUntil']));
    expect([due.getFullYear(), due.getMonth() + 1, due.getDate()]).toEqual([2099, 3, 31]);
  });

  it('before the session is live, live answering waits while writing and deferring work', async () => {
    const { client } = clientWithSocket({
      TownHallPresenter: () => presenter({ state: 'OPEN' }, null),
    });
    renderWithClient(client, <PresenterView townHallId="th1" />);
    const nextUp = await screen.findByRole('region', { name: 'Next by votes' });
    expect(screen.getByText(/not live yet/)).toBeVisible();
    expect(within(nextUp).getByRole('button', { name: 'Answering now' })).toBeDisabled();
    expect(within(nextUp).getByRole('button', { name: 'Answer in writing' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Go live' })).toBeEnabled();
  });

  it('is for hosts only', async () => {
    const { client } = clientWithSocket({
      TownHallPresenter: () => presenter({ viewer: { canHost: false } }),
    });
    renderWithClient(client, <PresenterView townHallId="th1" />);
    expect(await screen.findByRole('heading', { name: 'For hosts' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Answered live' })).toBeNull();
  });

  it('follows the room: an event reads the screen again', async () => {
    let answering: typeof current | null = null;
    const { client, push, calls } = clientWithSocket({
      TownHallPresenter: () => presenter({}, answering),
    });
    renderWithClient(client, <PresenterView townHallId="th1" />);
    expect(await screen.findByText(/Nothing is being answered/)).toBeVisible();
    answering = current;
    act(() => push('ANSWERING_CHANGED', 'q1'));
    const now = screen.getByRole('region', { name: 'Now answering' });
    expect(
      await within(now).findByText('Will we keep working from home on Fridays?'),
    ).toBeVisible();
    expect(named(calls, 'TownHallPresenter')).toHaveLength(2);
  });
});
