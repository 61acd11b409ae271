import { errorCode, friendlyMessage } from '@hearth/web/graphql';
import { slugify } from '@hearth/shared/util';
import {
  Badge,
  Button,
  EmptyState,
  ErrorState,
  Figures,
  LoadingState,
  LoadMore,
  Notice,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { duration, reasonLabel, STATE_LABEL, STATE_TONE, when } from './labels';
import { LiveTownHall } from './live-town-hall';
import { QuestionCard } from './question-card';
import { TownHallNotFound } from './town-hall-not-found';
import { useTownHallCsv } from './api/use-town-hall-csv';
import { useTownHallQuestions } from './api/use-town-hall-questions';
import { useTownHallSummary } from './api/use-town-hall-summary';

/** Saves text as a file through a Blob and a temporary link (no server round trip for the file). */
export function saveFile(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function DownloadCsv({ id, title }: { id: string; title: string }) {
  const readCsv = useTownHallCsv();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const csv = await readCsv(id);
      if (csv !== undefined) saveFile(csv, `${slugify(title) || 'town-hall'}-questions.csv`);
    } catch (e) {
      setError(`The CSV could not be made. ${friendlyMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button busy={busy} onClick={() => void download()}>
        Download CSV
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}

/** The summary as figures: what came in, what became of it, and how fast answers came. */
export function SummaryPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useTownHallSummary(id);
  const list = useTownHallQuestions(id, 'TOP');
  usePageTitle(data ? `Summary: ${data.townHall.title}` : 'Town hall summary');
  if (loading && !data) return <LoadingState label="Loading the summary…" />;
  if (error && errorCode(error) === 'NOT_FOUND') return <TownHallNotFound />;
  if (!data) return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const t = data.townHall;
  const s = t.summary;
  const figures: Array<[string, number]> = [
    ['Received', s.received],
    ['Published', s.published],
    ['Merged', s.merged],
    ['Rejected', s.rejected],
    ['Withdrawn', s.withdrawn],
    ['Answered live', s.answeredLive],
    ['Answered in writing', s.answeredInWriting],
    ['Deferred, open', s.deferredOpen],
    ['Unanswered', s.unanswered],
  ];
  return (
    <article className="th-summary">
      <LiveTownHall townHallId={t.id} />
      <p>
        <Link to={`/town-halls/${t.id}`}>← {t.title}</Link>
      </p>
      <header className="h-page-header">
        <div>
          <h1>Summary: {t.title}</h1>
          <div className="h-row">
            <Badge tone={STATE_TONE[t.state]}>{STATE_LABEL[t.state]}</Badge>
            <span className="h-muted">{when(t.startsAt, t.endsAt)}</span>
          </div>
        </div>
        {(t.viewer.canManage || t.viewer.canHost) && <DownloadCsv id={t.id} title={t.title} />}
      </header>
      <section aria-labelledby="th-figures">
        <h2 id="th-figures">In figures</h2>
        <Figures
          items={[
            ...figures,
            [
              'Median time to answer',
              s.medianSecondsToAnswer == null ? '—' : duration(s.medianSecondsToAnswer),
            ],
          ]}
        />
        {s.rejectedByReason.length > 0 && (
          <>
            <h3>Rejected, by reason</h3>
            <ul className="th-reasons">
              {s.rejectedByReason.map((r) => (
                <li key={r.reason}>
                  {reasonLabel(r.reason)}: <strong>{r.count}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="th-summary-questions">
        <h2 id="th-summary-questions">Questions and answers</h2>
        {list.loading && <LoadingState label="Loading questions…" />}
        {list.error && (
          <ErrorState
            message={`The questions could not be loaded. ${friendlyMessage(list.error)}`}
            onRetry={list.retry}
          />
        )}
        {list.questions?.length === 0 && <EmptyState title="No questions were published" />}
        {list.questions && list.questions.length > 0 && (
          <ol className="h-list" aria-label="Questions by votes">
            {list.questions.map((q) => (
              <li key={q.id} className="h-card">
                <QuestionCard q={q} />
              </li>
            ))}
          </ol>
        )}
        <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoadMore={list.more} />
      </section>
    </article>
  );
}
