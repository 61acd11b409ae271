import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModerationQueue } from './moderation-queue';
import {
  clientWithSocket,
  named,
  question,
  questionsPage,
  queuePage,
  renderWithClient,
} from './test-support';

const queueOf = (questions: Array<ReturnType<typeof question>>) => () => queuePage(questions);

const waiting = [
  question({
    id: 'p1',
    body: 'Why is the canteen so expensive?',
    status: 'PENDING',
    anonymous: true,
    author: null,
    publishedAt: null,
  }),
  question({ id: 'p2', body: 'When is the next offsite?', status: 'PENDING', publishedAt: null }),
];

describe('ModerationQueue', () => {
  it('rejects a question with a reason from the list and a note for the asker', async () => {
    let queue = waiting;
    const { client, calls } = clientWithSocket({
      TownHallModerationQueue: () => queueOf(queue)(),
      RejectTownHallQuestion: ({ id, reason, note }) => {
        queue = queue.filter((q) => q.id !== id);
        return {
          data: {
            rejectTownHallQuestion: question({
              id: String(id),
              status: 'REJECTED',
              rejectReason: reason as 'OFF_TOPIC',
              rejectNote: note as string,
            }),
          },
        };
      },
    });
    renderWithClient(client, <ModerationQueue townHallId="th1" />);
    expect(
      await screen.findByRole('heading', { name: 'Waiting for a moderator (2)' }),
    ).toBeVisible();
    const list = screen.getByRole('list', { name: 'Questions waiting' });
    const [first] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Anonymous');

    await userEvent.click(within(first!).getByRole('button', { name: 'Reject' }));
    const dialog = screen.getByRole('dialog', { name: 'Reject this question' });
    expect(dialog).toHaveTextContent('Why is the canteen so expensive?');
    const reason = within(dialog).getByRole('combobox', { name: 'Reason' });
    expect(reason).toHaveFocus();
    expect(
      within(reason)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Already asked',
      'Off topic',
      'Not respectful',
      'Already answered',
      'Another reason',
    ]);
    await userEvent.selectOptions(reason, 'Off topic');
    await userEvent.type(
      within(dialog).getByLabelText('Note to the asker (optional)'),
      'Ask the facilities team.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject question' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(named(calls, 'RejectTownHallQuestion').map((c) => c.variables)).toEqual([
      { id: 'p1', reason: 'OFF_TOPIC', note: 'Ask the facilities team.' },
    ]);
    expect(await screen.findByText('Rejected. The asker sees the reason.')).toBeVisible();
    expect(
      await screen.findByRole('heading', { name: 'Waiting for a moderator (1)' }),
    ).toBeVisible();
    expect(screen.queryByText('Why is the canteen so expensive?')).toBeNull();
  });

  it('keeps the dialog open and says why when rejecting fails', async () => {
    const { client } = clientWithSocket({
      TownHallModerationQueue: queueOf(waiting),
      RejectTownHallQuestion: () => ({
        errors: [
          { message: 'This question was already decided.', extensions: { code: 'CONFLICT' } },
        ],
      }),
    });
    renderWithClient(client, <ModerationQueue townHallId="th1" />);
    const [first] = await screen.findAllByRole('button', { name: 'Reject' });
    await userEvent.click(first!);
    const dialog = screen.getByRole('dialog', { name: 'Reject this question' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject question' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This question was already decided.',
    );
  });

  it('publishes, merges into a similar published question, and edits the text', async () => {
    const published = question({
      id: 'q7',
      body: 'How expensive will the canteen be?',
      voteCount: 9,
    });
    const { client, calls } = clientWithSocket({
      TownHallModerationQueue: queueOf(waiting),
      PublishTownHallQuestion: ({ id }) => ({
        data: { publishTownHallQuestion: question({ id: String(id) }) },
      }),
      SimilarTownHallQuestions: () => ({ data: { similarTownHallQuestions: [published] } }),
      TownHallQuestions: () => questionsPage([published]),
      MergeTownHallQuestion: () => ({
        data: { mergeTownHallQuestion: { ...published, voteCount: 10 } },
      }),
      EditTownHallQuestion: ({ id, body }) => ({
        data: {
          editTownHallQuestion: question({
            id: String(id),
            body: String(body),
            status: 'PENDING',
            editedByModerator: true,
          }),
        },
      }),
    });
    renderWithClient(client, <ModerationQueue townHallId="th1" />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Publish: When is the next offsite?' }),
    );
    expect(await screen.findByText('Published.')).toBeVisible();

    const [first] = screen.getAllByRole('button', { name: 'Merge' });
    await userEvent.click(first!);
    const merge = screen.getByRole('dialog', { name: 'Merge into another question' });
    await userEvent.click(await within(merge).findByRole('radio', { name: /How expensive will/ }));
    await userEvent.click(within(merge).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const [, second] = screen.getAllByRole('button', { name: 'Edit' });
    await userEvent.click(second!);
    const edit = screen.getByRole('dialog', { name: 'Edit the question' });
    const text = within(edit).getByLabelText('Question');
    await userEvent.clear(text);
    await userEvent.type(text, 'When and where is the next offsite?');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(named(calls, 'PublishTownHallQuestion').map((c) => c.variables)).toEqual([{ id: 'p2' }]);
    expect(named(calls, 'MergeTownHallQuestion').map((c) => c.variables)).toEqual([
      { id: 'p1', intoId: 'q7' },
    ]);
    expect(named(calls, 'EditTownHallQuestion').map((c) => c.variables)).toEqual([
      { id: 'p2', body: 'When and where is the next offsite?' },
    ]);
  });

  it('says when nothing is waiting', async () => {
    const { client } = clientWithSocket({ TownHallModerationQueue: queueOf([]) });
    renderWithClient(client, <ModerationQueue townHallId="th1" />);
    expect(await screen.findByRole('heading', { name: 'Nothing is waiting' })).toBeVisible();
  });

  it('reads the queue a page at a time, says how many wait in all, and keeps every page read after a decision', async () => {
    // 120 waiting on the "server"; cursors are `c-<id>` (see questionConnection).
    let all = Array.from({ length: 120 }, (_, i) =>
      question({ id: `p${i + 1}`, body: `Waiting question ${i + 1}`, status: 'PENDING' }),
    );
    const { client, calls } = clientWithSocket({
      TownHallModerationQueue: ({ first, after }) => {
        const from = after ? all.findIndex((q) => `c-${q.id}` === after) + 1 : 0;
        const slice = all.slice(from, from + Number(first));
        const more = from + slice.length < all.length;
        return queuePage(slice, more ? `c-${slice.at(-1)!.id}` : null, all.length);
      },
      PublishTownHallQuestion: ({ id }) => {
        all = all.filter((q) => q.id !== id);
        return { data: { publishTownHallQuestion: question({ id: String(id) }) } };
      },
    });
    renderWithClient(client, <ModerationQueue townHallId="th1" />);
    expect(
      await screen.findByRole('heading', { name: 'Waiting for a moderator (120)' }),
    ).toBeVisible();
    const list = screen.getByRole('list', { name: 'Questions waiting' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100));

    // Publishing one on the second page: the queue is read again as far as it was shown.
    await userEvent.click(screen.getByRole('button', { name: 'Publish: Waiting question 77' }));
    await screen.findByRole('heading', { name: 'Waiting for a moderator (119)' });
    await waitFor(() => expect(screen.queryByText('Waiting question 77')).toBeNull());
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(named(calls, 'TownHallModerationQueue').at(-1)?.variables).toEqual({
      id: 'th1',
      first: 100,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(119));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
