import { friendlyMessage, GroupCategory, useAuth } from '@hearth/web/graphql';
import {
  Button,
  ChipGroup,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  PageHeader,
  TextField,
  usePageTitle,
} from '@hearth/web/ui';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { CreateGroupDialog } from './create-group-dialog';
import { useGroups } from './api/use-groups';
import { GroupCard } from './group-card';
import { CATEGORIES } from './labels';

export function useCanCreateGroups(): boolean {
  const { viewer, organisation } = useAuth();
  return organisation?.groupCreationPolicy !== 'ADMINS_ONLY' || viewer?.orgRole !== 'MEMBER';
}

export function GroupDirectoryPage() {
  usePageTitle('Groups');
  const [params, setParams] = useSearchParams();
  const category = (params.get('category') as GroupCategory | null) ?? null;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced, setDebounced] = useState(search.trim());
  useEffect(() => {
    const id = setTimeout(() => setDebounced(search.trim()), 250);
    return () => clearTimeout(id);
  }, [search]);
  const [creating, setCreating] = useState(false);
  const canCreate = useCanCreateGroups();
  const { data, previousData, error, refetch, loadingMore, more } = useGroups(
    debounced || null,
    category,
  );
  const shown = data ?? previousData;

  return (
    <>
      <PageHeader
        title="Groups"
        description="Find teams, projects and communities to join."
        actions={
          canCreate && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              Create group
            </Button>
          )
        }
      />
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Search groups"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Name or description"
        />
      </form>
      <ChipGroup
        label="Filter by category"
        options={CATEGORIES}
        value={category}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value) next.set('category', value);
          else next.delete('category');
          setParams(next, { replace: true });
        }}
      />
      {error && !shown ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : !shown ? (
        <LoadingState label="Loading groups…" />
      ) : shown.groups.edges.length === 0 ? (
        <EmptyState
          title={debounced || category ? 'No groups match' : 'No groups yet'}
          action={
            canCreate && (
              <Button variant="primary" onClick={() => setCreating(true)}>
                Create the first one
              </Button>
            )
          }
        >
          {debounced || category
            ? 'Try another search or category.'
            : 'Start a group for your team or a shared interest.'}
        </EmptyState>
      ) : (
        <>
          <p className="h-muted" aria-live="polite">
            {shown.groups.totalCount} {shown.groups.totalCount === 1 ? 'group' : 'groups'}
          </p>
          <ul className="h-grid">
            {shown.groups.edges.map(({ node }) => (
              <GroupCard key={node.id} group={node} />
            ))}
          </ul>
          <LoadMore
            hasMore={shown.groups.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => more(shown.groups.pageInfo.endCursor)}
          />
        </>
      )}
      {creating && <CreateGroupDialog open onClose={() => setCreating(false)} />}
    </>
  );
}
