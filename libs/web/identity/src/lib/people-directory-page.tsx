import { friendlyMessage } from '@hearth/web/graphql';
import {
  Avatar,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  PageHeader,
  Select,
  TextField,
  usePageTitle,
  useDebounced,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePeople } from './api/use-people';

export function PeopleDirectoryPage() {
  usePageTitle('People');
  const [search, setSearch] = useState('');
  const [department, setDepartment] = useState('');
  const debounced = useDebounced(search.trim());
  const { data, previousData, loading, error, loadingMore, more, refetch } = usePeople(
    debounced || null,
    department || null,
  );
  const shown = data ?? previousData;

  return (
    <>
      <PageHeader title="People" description="Find colleagues by name, title or department." />
      <form role="search" className="h-row" onSubmit={(e) => e.preventDefault()}>
        <div style={{ flex: '2 1 16rem' }}>
          <TextField
            label="Search people"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="e.g. Maya, designer, Finance"
          />
        </div>
        <div style={{ flex: '1 1 12rem' }}>
          <Select
            label="Department"
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
            options={[
              { value: '', label: 'All departments' },
              ...(shown?.organisation.departments ?? []).map((d) => ({ value: d, label: d })),
            ]}
          />
        </div>
      </form>
      {error && !shown ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : !shown ? (
        <LoadingState label="Loading people…" />
      ) : shown.users.edges.length === 0 ? (
        <EmptyState title="Nobody matches">Try another name, title or department.</EmptyState>
      ) : (
        <>
          <p className="h-muted" aria-live="polite">
            {shown.users.totalCount} {shown.users.totalCount === 1 ? 'person' : 'people'}
          </p>
          <ul className="h-grid">
            {shown.users.edges.map(({ node }) => (
              <li key={node.id} className="h-card h-row">
                <Avatar
                  name={node.displayName}
                  initials={node.initials}
                  src={node.avatarUrl}
                  size={48}
                />
                <div>
                  <Link to={`/people/${node.id}`}>
                    <strong>{node.displayName}</strong>
                  </Link>
                  <div className="h-muted">
                    {[node.title, node.department].filter(Boolean).join(' · ') || '—'}
                  </div>
                  {node.location && <div className="h-muted">{node.location}</div>}
                </div>
              </li>
            ))}
          </ul>
          <LoadMore
            hasMore={shown.users.pageInfo.hasNextPage}
            loading={loadingMore || (loading && !!data)}
            onLoadMore={() => more(shown.users.pageInfo.endCursor)}
          />
        </>
      )}
    </>
  );
}
