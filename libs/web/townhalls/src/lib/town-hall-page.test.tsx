import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COALESCE_MS } from './live-town-hall';
import { TownHallPage } from './town-hall-page';
import {
  clientWithSocket,
  named,
  question,
  questionsPage,
  queuePage,
  renderWithClient,
  townHall,
} from './test-support';

type TownHallOver = Parameters<typeof townHall>[0];

const page = (over: TownHallOver = {}, answering: ReturnType<typeof question> | null = null) => ({
  data: { townHall: { ...townHall(over), answering } },
});

const at = { path: '/town-halls/th1', route: '/town-halls/:id' };

describe('TownHallPage', () => {
  it('shows the town hall, the ask box and the ranked questions; the moderation tab only to moderators', async () => {
    const { client } = clientWithSocket({
      TownHall: () => page(),
      TownHallQuestions: () => questionsPage([question()]),
    });
    renderWithClient(client, <TownHallPage />, at);
    expect(await screen.findByRole('heading', { name: 'Q3 all-hands', level: 1 })).toBeVisible();
    expect(screen.getByText('Live now')).toBeVisible();
    expect(screen.getByText('Whole organisation')).toBeVisible();
    expect(screen.getByText(/Hosted by Hana Host · Moderated by Mo Derator/)).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Questions (2)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.queryByRole('tab', { name: 'Moderation' })).toBeNull();
    expect(screen.getByLabelText('Your question')).toBeVisible();
    expect(await screen.findByText('Will we keep working from home on Fridays?')).toBeVisible();
    // Neither a manager nor a host: no state buttons, no presenter view.
    expect(screen.queryByRole('button', { name: 'End' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Presenter view' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Summary' })).toHaveAttribute(
      'href',
      '/town-halls/th1/summary',
    );
  });

  it('says why there is no ask box once it has ended', async () => {
    const { client } = clientWithSocket({
      TownHall: () => page({ state: 'ENDED', viewer: { canAsk: false } }),
      TownHallQuestions: () => questionsPage([]),
    });
    renderWithClient(client, <TownHallPage />, at);
    expect(
      await screen.findByText('This town hall has ended: questions and votes are closed.'),
    ).toBeVisible();
    expect(screen.queryByLabelText('Your question')).toBeNull();
  });

  it('gives managers the state buttons; ending asks first', async () => {
    let state = 'DRAFT';
    const { client, calls } = clientWithSocket({
      TownHall: () =>
        page({
          state: state as 'DRAFT',
          viewer: { canManage: true, canModerate: true, canHost: true, canAsk: false },
        }),
      TownHallQuestions: () => questionsPage([]),
      TownHallModerationQueue: () => queuePage([]),
      SetTownHallState: (v) => {
        state = String(v['state']);
        return {
          data: {
            setTownHallState: townHall({
              state: state as 'OPEN',
              viewer: { canManage: true, canModerate: true, canHost: true },
            }),
          },
        };
      },
    });
    renderWithClient(client, <TownHallPage />, at);
    await screen.findByRole('heading', { name: 'Q3 all-hands', level: 1 });
    expect(screen.getByRole('tab', { name: 'Moderation' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Presenter view' })).toHaveAttribute(
      'href',
      '/town-halls/th1/present',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open for questions' }));
    expect(await screen.findByRole('button', { name: 'End' })).toBeVisible();
    expect(screen.getByText('Open for questions')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'End' }));
    const confirm = screen.getByRole('dialog', { name: 'End the town hall?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'End' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(named(calls, 'SetTownHallState').map((c) => c.variables)).toEqual([
      { id: 'th1', state: 'OPEN' },
      { id: 'th1', state: 'ENDED' },
    ]);
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeVisible();
  });

  it('follows the room live: votes count in place, a burst reads the ranking once, and the question being answered appears', async () => {
    let answering: ReturnType<typeof question> | null = null;
    const { client, calls, push } = clientWithSocket({
      TownHall: () => page({}, answering),
      TownHallQuestions: () => questionsPage([question({ voteCount: 3 })]),
    });
    renderWithClient(client, <TownHallPage />, at);
    const vote = await screen.findByRole('button', { name: 'Up-vote, 3 votes' });
    expect(named(calls, 'TownHallQuestions')).toHaveLength(1);

    act(() => {
      push('VOTES_CHANGED', 'q1', 4);
      push('VOTES_CHANGED', 'q1', 5);
    });
    await waitFor(() => expect(vote).toHaveAccessibleName('Up-vote, 5 votes'));
    await act(() => new Promise((r) => setTimeout(r, COALESCE_MS + 50)));
    await waitFor(() => expect(named(calls, 'TownHallQuestions')).toHaveLength(2));

    answering = question({ answerState: 'ANSWERING' });
    act(() => push('ANSWERING_CHANGED', 'q1'));
    const now = await screen.findByRole('region', { name: 'Answering now' });
    expect(now).toHaveTextContent('Will we keep working from home on Fridays?');
  });

  it('reads the questions a page at a time, and a live event reads again every page shown, not just the first', async () => {
    // 120 questions on the "server"; cursors are `c-<id>` (see questionConnection).
    const all = Array.from({ length: 120 }, (_, i) =>
      question({ id: `q${i + 1}`, body: `Question number ${i + 1}`, voteCount: 120 - i }),
    );
    const { client, calls, push } = clientWithSocket({
      TownHall: () => page(),
      TownHallQuestions: ({ first, after }) => {
        const from = after ? all.findIndex((q) => `c-${q.id}` === after) + 1 : 0;
        const slice = all.slice(from, from + Number(first));
        const more = from + slice.length < all.length;
        return questionsPage(slice, 'th1', more ? `c-${slice.at(-1)!.id}` : null);
      },
    });
    renderWithClient(client, <TownHallPage />, at);
    const list = await screen.findByRole('list', { name: 'Questions, top' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100));
    expect(named(calls, 'TownHallQuestions').map((c) => c.variables)).toEqual([
      { id: 'th1', order: 'TOP', first: 50 },
      { id: 'th1', order: 'TOP', first: 50, after: 'c-q50' },
    ]);

    // A question on the second page changes; the event reads both pages again, in one request.
    all[76] = { ...all[76]!, body: 'Question seventy-seven, edited by a moderator' };
    act(() => push('QUESTION_CHANGED', 'q77'));
    expect(await screen.findByText('Question seventy-seven, edited by a moderator')).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(named(calls, 'TownHallQuestions').at(-1)?.variables).toEqual({
      id: 'th1',
      order: 'TOP',
      first: 100,
      after: null,
    });
    // The rest is still there to load.
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(120));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says kindly when the town hall is not there for the viewer', async () => {
    const { client } = clientWithSocket({
      TownHall: () => ({
        errors: [{ message: 'Town hall not found.', extensions: { code: 'NOT_FOUND' } }],
      }),
    });
    renderWithClient(client, <TownHallPage />, at);
    expect(await screen.findByRole('heading', { name: 'Town hall not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'See all town halls' })).toHaveAttribute(
      'href',
      '/town-halls',
    );
  });
});
