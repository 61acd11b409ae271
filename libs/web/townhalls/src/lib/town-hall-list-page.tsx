import {
  friendlyMessage,
  type TownHallCardFieldsFragment,
  type TownHallListFilter,
} from '@hearth/web/graphql';
import {
  Badge,
  Button,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  PageHeader,
  TabPanel,
  Tabs,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CreateTownHallDialog, useHostingOptions } from './create-town-hall-dialog';
import { LIST_FILTERS, plural, STATE_LABEL, STATE_TONE, when } from './labels';
import { useTownHalls } from './api/use-town-halls';

function TownHallCard({ t }: { t: TownHallCardFieldsFragment }) {
  return (
    <li className="h-card th-card">
      <h2 className="th-card__title">
        <Link to={`/town-halls/${t.id}`}>{t.title}</Link>
      </h2>
      <div className="h-row th-badges">
        <Badge tone={STATE_TONE[t.state]}>{STATE_LABEL[t.state]}</Badge>
        <Badge>{t.audienceGroupName ? `For ${t.audienceGroupName}` : 'Whole organisation'}</Badge>
      </div>
      <p className="h-muted th-card__when">{when(t.startsAt, t.endsAt)}</p>
      {t.description && (
        <p className="th-card__description">
          {t.description.length > 160 ? `${t.description.slice(0, 160)}…` : t.description}
        </p>
      )}
      <p className="h-muted th-card__count">{plural(t.publishedCount, 'question')}</p>
    </li>
  );
}

function TownHallList({ filter }: { filter: TownHallListFilter }) {
  const { data, loading, error, refetch, loadingMore, more } = useTownHalls(filter);
  if (loading && !data) return <LoadingState label="Loading town halls…" />;
  if (!data)
    return (
      <ErrorState
        message={`The town halls could not be loaded. ${friendlyMessage(error)}`}
        onRetry={() => void refetch()}
      />
    );
  const { edges, pageInfo } = data.townHalls;
  if (edges.length === 0)
    return (
      <EmptyState title={LIST_FILTERS.find((f) => f.id === filter)?.empty ?? 'Nothing here.'} />
    );
  return (
    <>
      <ul className="h-grid th-cards" aria-label="Town halls">
        {edges.map(({ node }) => (
          <TownHallCard key={node.id} t={node} />
        ))}
      </ul>
      <LoadMore hasMore={pageInfo.hasNextPage} loading={loadingMore} onLoadMore={more} />
    </>
  );
}

/** Town halls the viewer may attend: upcoming, live and past; "New town hall" for those allowed. */
export function TownHallListPage() {
  usePageTitle('Town halls');
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const { canCreate } = useHostingOptions();
  const requested = params.get('show')?.toUpperCase();
  const filter: TownHallListFilter = LIST_FILTERS.find((f) => f.id === requested)?.id ?? 'UPCOMING';
  return (
    <>
      <PageHeader
        title="Town halls"
        description="Ask leadership anything, vote for the questions that matter, and read the answers."
        actions={
          canCreate && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              New town hall
            </Button>
          )
        }
      />
      <Tabs
        label="Town halls by time"
        tabs={LIST_FILTERS.map((f) => ({ id: f.id, label: f.label }))}
        selected={filter}
        onSelect={(id) => {
          const next = new URLSearchParams(params);
          if (id === 'UPCOMING') next.delete('show');
          else next.set('show', id.toLowerCase());
          setParams(next, { replace: true });
        }}
      />
      <TabPanel id={filter}>
        <TownHallList filter={filter} />
      </TabPanel>
      {creating && <CreateTownHallDialog open onClose={() => setCreating(false)} />}
    </>
  );
}
