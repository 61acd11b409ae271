import { errorCode, friendlyMessage, type TownHallQuery } from '@hearth/web/graphql';
import {
  Badge,
  Button,
  ErrorState,
  LoadingState,
  Notice,
  TabItem,
  TabPanel,
  Tabs,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { AskBox } from './ask-box';
import { EditTownHallDialog } from './edit-town-hall-dialog';
import { FollowUps } from './follow-ups';
import { askerName, STATE_LABEL, STATE_TONE, when } from './labels';
import { LiveTownHall } from './live-town-hall';
import { ModerationQueue } from './moderation-queue';
import { QuestionList } from './question-list';
import { StateActions } from './state-actions';
import { TownHallNotFound } from './town-hall-not-found';
import { useTownHall } from './api/use-town-hall';

type TownHall = TownHallQuery['townHall'];

const names = (people: Array<{ displayName: string }>) =>
  people.map((p) => p.displayName).join(', ');

/** Why there is no ask box. */
function closedReason(t: TownHall): string {
  if (t.state === 'DRAFT') return 'Questions open when the town hall is opened.';
  if (t.state === 'ENDED' || t.state === 'ARCHIVED')
    return 'This town hall has ended: questions and votes are closed.';
  return 'You cannot ask questions in this town hall.';
}

function Header({ t }: { t: TownHall }) {
  const [editing, setEditing] = useState(false);
  // Those who run it may change it until it is archived (the API refuses then).
  const canEdit = t.viewer.canManage && t.state !== 'ARCHIVED';
  return (
    <header className="th-header">
      <div className="th-header__text">
        <h1>{t.title}</h1>
        <div className="h-row th-badges">
          <Badge tone={STATE_TONE[t.state]}>{STATE_LABEL[t.state]}</Badge>
          <Badge>{t.audienceGroupName ? `For ${t.audienceGroupName}` : 'Whole organisation'}</Badge>
          {t.allowAnonymous && <Badge>Anonymous questions allowed</Badge>}
          {t.preModerated && <Badge>Moderated</Badge>}
        </div>
        <p className="h-muted th-when">{when(t.startsAt, t.endsAt)}</p>
        {t.description && <p className="th-description">{t.description}</p>}
        <p className="h-muted th-people">
          Hosted by {names(t.hosts)}
          {t.moderators.length > 0 && <> · Moderated by {names(t.moderators)}</>}
        </p>
      </div>
      <div className="th-header__actions">
        <StateActions townHall={t}>
          {canEdit && (
            <Button small onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
        </StateActions>
        {editing && <EditTownHallDialog townHall={t} open onClose={() => setEditing(false)} />}
        <div className="h-row">
          {t.viewer.canHost && (
            <Link
              className="h-button h-button--secondary h-button--small"
              to={`/town-halls/${t.id}/present`}
            >
              Presenter view
            </Link>
          )}
          <Link
            className="h-button h-button--ghost h-button--small"
            to={`/town-halls/${t.id}/summary`}
          >
            Summary
          </Link>
        </div>
      </div>
    </header>
  );
}

/**
 * A town hall: the ask box, the ranked questions, and for moderators the queue; the question being
 * answered stays at the top. Everything on it follows the room live while it is open.
 */
export function TownHallPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useTownHall(id);
  usePageTitle(data?.townHall.title ?? 'Town hall');
  if (loading && !data) return <LoadingState label="Loading the town hall…" />;
  if (error && errorCode(error) === 'NOT_FOUND') return <TownHallNotFound />;
  if (!data) return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const t = data.townHall;
  const tabs: TabItem[] = [
    { id: 'questions', label: `Questions (${t.publishedCount})` },
    ...(t.viewer.canModerate ? [{ id: 'moderation', label: 'Moderation' }] : []),
    { id: 'follow-ups', label: 'Follow-ups' },
  ];
  const requested = params.get('tab') ?? 'questions';
  const tab = tabs.some((x) => x.id === requested) ? requested : 'questions';
  return (
    <article className="th-page">
      <LiveTownHall townHallId={t.id} />
      <Header t={t} />
      {/* Always there, so that a question taken up live is announced when it appears. */}
      <div aria-live="polite">
        {t.answering && (
          <section className="th-now" aria-labelledby="th-now-title">
            <h2 id="th-now-title" className="th-now__title">
              Answering now
            </h2>
            <p className="th-now__question">{t.answering.body}</p>
            <p className="h-muted th-now__meta">{askerName(t.answering)}</p>
          </section>
        )}
      </div>
      <Tabs
        label="Town hall sections"
        tabs={tabs}
        selected={tab}
        onSelect={(next) => {
          const p = new URLSearchParams(params);
          if (next === 'questions') p.delete('tab');
          else p.set('tab', next);
          setParams(p, { replace: true });
        }}
      />
      <TabPanel id={tab}>
        {tab === 'questions' && (
          <div className="th-questions-layout">
            {t.viewer.canAsk ? <AskBox townHall={t} /> : <Notice>{closedReason(t)}</Notice>}
            <QuestionList townHall={t} />
          </div>
        )}
        {tab === 'moderation' && <ModerationQueue townHallId={t.id} />}
        {tab === 'follow-ups' && <FollowUps townHallId={t.id} canHost={t.viewer.canHost} />}
      </TabPanel>
    </article>
  );
}
