import { friendlyMessage } from '@hearth/web/graphql';
import {
  Button,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  Figures,
  LoadingState,
  LoadMore,
  Notice,
  PageHeader,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBackgroundJobStats } from './api/use-background-job-stats';
import { useDiscardBackgroundJob } from './api/use-discard-background-job';
import { useFailedBackgroundJobs } from './api/use-failed-background-jobs';
import { useRetryBackgroundJob } from './api/use-retry-background-job';

/** Due work older than this means no process is running jobs. */
export const STALLED_AFTER_SECONDS = 5 * 60;

/** "20 minutes", "3 hours". */
function waited(seconds: number): string {
  const m = Math.round(seconds / 60);
  if (m < 120) return `${m} minutes`;
  return `${Math.round(m / 60)} hours`;
}

interface FailedJob {
  id: string;
  kind: string;
}

function JobFigures() {
  const { data, loading, error, refetch } = useBackgroundJobStats();
  if (loading && !data) return <LoadingState label="Loading the figures…" />;
  if (!data)
    return (
      <ErrorState
        message={`The figures could not be loaded. ${friendlyMessage(error)}`}
        onRetry={() => void refetch()}
      />
    );
  const s = data.backgroundJobStats;
  const stalled = s.oldestDueSeconds != null && s.oldestDueSeconds > STALLED_AFTER_SECONDS;
  const figures: Array<[string, number]> = [
    ['Due now', s.due],
    ['Scheduled', s.scheduled],
    ['Being retried', s.retrying],
    ['Set aside', s.failed],
  ];
  return (
    <section aria-labelledby="jobs-figures">
      <h2 id="jobs-figures">Now</h2>
      {stalled && s.oldestDueSeconds != null && (
        <Notice tone="error">
          Work has been waiting for {waited(s.oldestDueSeconds)}: check that a process runs jobs (
          <code>JOBS_WORKER</code>) and can reach the database.
        </Notice>
      )}
      <Figures items={figures} />
      <p className="h-muted">
        A job that fails is tried again later, up to {s.maxAttempts} times; then it is set aside
        below until you retry or discard it.
      </p>
    </section>
  );
}

/**
 * Org admins: how the background work (notifications, reminders) stands, and the jobs set aside
 * after failing every attempt, each with its error, to run again or discard.
 */
export function BackgroundJobsPage() {
  usePageTitle('Background jobs');
  const { data, loading, error, refetch, paging } = useFailedBackgroundJobs();
  const [done, setDone] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState<FailedJob | null>(null);
  const [retry] = useRetryBackgroundJob();
  const [retryingId, setRetryingId] = useState<string | null>(null);
  const [discard, discardState] = useDiscardBackgroundJob();

  const onRetry = (job: FailedJob) => {
    setDone(null);
    setActionError(null);
    setRetryingId(job.id);
    void retry({ variables: { id: job.id } })
      .then(() => setDone(`Job ${job.id} (${job.kind}) is running again.`))
      .catch((e: unknown) => setActionError(`Job ${job.id} was not retried. ${friendlyMessage(e)}`))
      .finally(() => setRetryingId(null));
  };
  const onDiscard = () => {
    const job = discarding;
    if (!job) return;
    setDone(null);
    setActionError(null);
    void discard({ variables: { id: job.id } })
      .then(() => setDone(`Job ${job.id} (${job.kind}) was discarded.`))
      .catch((e: unknown) =>
        setActionError(`Job ${job.id} was not discarded. ${friendlyMessage(e)}`),
      )
      .finally(() => setDiscarding(null));
  };

  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Notifications and reminders are sent by background jobs. Here is how they stand, and the ones that kept failing."
        actions={<Link to="/admin/audit-log">Audit log</Link>}
      />
      <JobFigures />
      <section aria-labelledby="jobs-failed">
        <h2 id="jobs-failed">Set aside</h2>
        {done && <Notice tone="success">{done}</Notice>}
        {actionError && <Notice tone="error">{actionError}</Notice>}
        {loading && !data ? (
          <LoadingState label="Loading the jobs set aside…" />
        ) : !data ? (
          <ErrorState
            message={`The jobs set aside could not be loaded. ${friendlyMessage(error)}`}
            onRetry={() => void refetch()}
          />
        ) : data.failedBackgroundJobs.edges.length === 0 ? (
          <EmptyState title="Nothing set aside">
            Every job recorded has run, or is waiting for its turn.
          </EmptyState>
        ) : (
          <>
            <div className="h-table-scroll">
              <table className="h-table">
                <caption className="h-visually-hidden">Jobs set aside, latest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Job</th>
                    <th scope="col">Recorded</th>
                    <th scope="col">Last error</th>
                    <th scope="col">Input</th>
                    <th scope="col">
                      <span className="h-visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.failedBackgroundJobs.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        {node.kind}
                        <div className="h-muted">
                          #{node.id}, failed {node.attempts} times
                        </div>
                      </th>
                      <td>{new Date(node.createdAt).toLocaleString()}</td>
                      <td>
                        <code className="h-code-wrap">{node.lastError ?? '—'}</code>
                      </td>
                      <td>
                        <code className="h-code-wrap">{node.payload}</code>
                      </td>
                      <td>
                        <div className="h-row">
                          <Button
                            small
                            busy={retryingId === node.id}
                            onClick={() => onRetry(node)}
                            aria-label={`Retry job ${node.id}`}
                          >
                            Retry
                          </Button>
                          <Button
                            small
                            variant="ghost"
                            onClick={() => setDiscarding(node)}
                            aria-label={`Discard job ${node.id}`}
                          >
                            Discard
                          </Button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <LoadMore
              hasMore={data.failedBackgroundJobs.pageInfo.hasNextPage}
              loading={paging.loading}
              onLoadMore={paging.more}
            />
          </>
        )}
      </section>
      <ConfirmDialog
        open={discarding !== null}
        title="Discard this job?"
        confirmLabel="Discard job"
        danger
        busy={discardState.loading}
        onCancel={() => setDiscarding(null)}
        onConfirm={onDiscard}
      >
        <p>
          The work it stands for ({discarding?.kind}) will never be done. This is recorded in the
          audit log.
        </p>
      </ConfirmDialog>
    </>
  );
}
