import { createMockClient, MockProviders, type MockHandlers } from '@hearth/web/graphql';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { BackgroundJobsPage } from './background-jobs-page';

type Calls = Array<{ operation: string; variables: Record<string, unknown> }>;

const stats = (over: Record<string, unknown> = {}) => ({
  data: {
    backgroundJobStats: {
      __typename: 'BackgroundJobStats',
      due: 0,
      scheduled: 3,
      retrying: 1,
      failed: 2,
      oldestDueSeconds: null,
      maxAttempts: 8,
      ...over,
    },
  },
});

const job = (id: string, kind: string) => ({
  __typename: 'BackgroundJobEdge',
  node: {
    __typename: 'BackgroundJob',
    id,
    kind,
    payload: `{"postId":"p${id}"}`,
    attempts: 8,
    lastError: 'Error: the database went away',
    createdAt: '2026-12-01T10:00:00.000Z',
  },
});

const failed = (edges: Array<ReturnType<typeof job>>) => ({
  data: {
    failedBackgroundJobs: {
      __typename: 'BackgroundJobConnection',
      edges,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

function renderPage(handlers: MockHandlers, calls: Calls = []) {
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <MemoryRouter>
        <BackgroundJobsPage />
      </MemoryRouter>
    </MockProviders>,
  );
  return calls;
}

const named = (calls: Calls, operation: string) => calls.filter((c) => c.operation === operation);

describe('BackgroundJobsPage', () => {
  it('shows the figures and each job set aside with its error and input; retrying runs it again', async () => {
    let jobs = [job('12', 'notify.post-reacted'), job('9', 'notify.comment-added')];
    const calls = renderPage({
      BackgroundJobStats: () => stats(),
      FailedBackgroundJobs: () => failed(jobs),
      RetryBackgroundJob: ({ id }) => {
        jobs = jobs.filter((j) => j.node.id !== id);
        return { data: { retryBackgroundJob: { __typename: 'BackgroundJob', id } } };
      },
    });
    const figures = await screen.findByRole('region', { name: 'Now' });
    expect(within(figures).getByText('Scheduled').nextSibling).toHaveTextContent('3');
    expect(within(figures).getByText('Set aside').nextSibling).toHaveTextContent('2');
    expect(within(figures).queryByRole('alert')).toBeNull();
    const table = await screen.findByRole('table', { name: 'Jobs set aside, latest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('notify.post-reacted');
    expect(rows[0]).toHaveTextContent('#12, failed 8 times');
    expect(rows[0]).toHaveTextContent('Error: the database went away');
    expect(rows[0]).toHaveTextContent('{"postId":"p12"}');

    await userEvent.click(screen.getByRole('button', { name: 'Retry job 12' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Job 12 (notify.post-reacted) is running again.',
    );
    expect(named(calls, 'RetryBackgroundJob').map((c) => c.variables)).toEqual([{ id: '12' }]);
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(named(calls, 'BackgroundJobStats').length).toBeGreaterThanOrEqual(2);
  });

  it('discards only after confirming, and says so; a refusal is shown kindly', async () => {
    const calls = renderPage({
      BackgroundJobStats: () => stats(),
      FailedBackgroundJobs: () => failed([job('7', 'notify.invited')]),
      DiscardBackgroundJob: () => ({ data: { discardBackgroundJob: '7' } }),
      RetryBackgroundJob: () => ({
        errors: [
          {
            message: 'That job has not failed every attempt: it is still waiting to run.',
            extensions: { code: 'CONFLICT' },
          },
        ],
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Discard job 7' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this job?' });
    expect(dialog).toHaveTextContent('notify.invited');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(named(calls, 'DiscardBackgroundJob')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Discard job 7' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard job' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Job 7 (notify.invited) was discarded.',
    );
    expect(named(calls, 'DiscardBackgroundJob').map((c) => c.variables)).toEqual([{ id: '7' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Retry job 7' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Job 7 was not retried. That job has not failed every attempt',
    );
  });

  it('warns when due work has waited for minutes (no worker), and says when nothing is set aside', async () => {
    renderPage({
      BackgroundJobStats: () => stats({ due: 40, oldestDueSeconds: 20 * 60 }),
      FailedBackgroundJobs: () => failed([]),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Work has been waiting for 20 minutes',
    );
    expect(await screen.findByRole('heading', { name: 'Nothing set aside' })).toBeVisible();
  });

  it('says when the jobs could not be loaded, with a way to try again', async () => {
    renderPage({
      BackgroundJobStats: () => ({
        errors: [
          {
            message: 'Only org admins can see and manage background jobs.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      }),
      FailedBackgroundJobs: () => ({
        errors: [
          {
            message: 'Only org admins can see and manage background jobs.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      }),
    });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      expect.stringContaining('The figures could not be loaded.'),
      expect.stringContaining('The jobs set aside could not be loaded.'),
    ]);
    expect(screen.getAllByRole('button', { name: /try again/i })).toHaveLength(2);
  });
});
