import { useApolloClient } from '@apollo/client/react';
import { friendlyMessage, removeFromConnection, useViewer } from '@hearth/web/graphql';
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
  PageHeader,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { CreateGroupDialog } from './create-group-dialog';
import { useAcceptGroupInvitation } from './api/use-accept-group-invitation';
import { useDeclineGroupInvitation } from './api/use-decline-group-invitation';
import { useMyGroupInvitations } from './api/use-my-group-invitations';
import { useMyGroups } from './api/use-my-groups';
import { useMyJoinRequests } from './api/use-my-join-requests';
import { GroupCard } from './group-card';
import { useCanCreateGroups } from './group-directory-page';

/**
 * My groups: invitations waiting for an answer, my requests waiting for approval, and the groups
 * I am in — each read a page at a time, with its total.
 */
export function MyGroupsPage() {
  usePageTitle('My groups');
  const viewer = useViewer();
  const [creating, setCreating] = useState(false);
  const canCreate = useCanCreateGroups();
  return (
    <>
      <PageHeader
        title="My groups"
        description={`Welcome, ${viewer.displayName.split(' ')[0] ?? ''}.`}
        actions={
          <>
            <Link to="/groups">Find groups</Link>
            {canCreate && (
              <Button variant="primary" onClick={() => setCreating(true)}>
                Create group
              </Button>
            )}
          </>
        }
      />
      <MyInvitations />
      <MyJoinRequests />
      <MyGroupList />
      {creating && <CreateGroupDialog open onClose={() => setCreating(false)} />}
    </>
  );
}

function MyGroupList() {
  const { data, loading, error, refetch, loadingMore, more } = useMyGroups();
  if (loading && !data) return <LoadingState label="Loading your groups…" />;
  if (error && !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <section aria-labelledby="my-groups">
      <h2 id="my-groups">Groups you are in ({data.groups.totalCount})</h2>
      {data.groups.edges.length === 0 ? (
        <EmptyState
          title="You are not in any groups yet"
          action={<Link to="/groups">Browse groups</Link>}
        >
          Join your team’s group, or find people who share your interests.
        </EmptyState>
      ) : (
        <ul className="h-grid">
          {data.groups.edges.map(({ node }) => (
            <GroupCard key={node.id} group={node} />
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={data.groups.pageInfo.hasNextPage}
        loading={loadingMore}
        onLoadMore={more}
      />
    </section>
  );
}

/**
 * Invitations to answer; one answered leaves the list at once (the pages read stay), and a group
 * joined appears among my groups.
 */
function MyInvitations() {
  const client = useApolloClient();
  const { data, error, refetch, loadingMore, more } = useMyGroupInvitations();
  const [accept] = useAcceptGroupInvitation();
  const [decline] = useDeclineGroupInvitation();
  const [answering, setAnswering] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const list = data?.myGroupInvitations;

  const respond = async (id: string, joined: boolean, fn: () => Promise<unknown>) => {
    setActionError(null);
    setAnswering(id);
    try {
      await fn();
      removeFromConnection(client.cache, 'myGroupInvitations', id);
      if (joined) await client.refetchQueries({ include: ['MyGroups'] });
    } catch (err) {
      setActionError(friendlyMessage(err));
    } finally {
      setAnswering(null);
    }
  };

  if (error && !data)
    return (
      <ErrorState
        message={`Your invitations could not be shown. ${friendlyMessage(error)}`}
        onRetry={() => void refetch()}
      />
    );
  if (!list || list.totalCount === 0) return null;
  return (
    <section aria-labelledby="my-invitations" style={{ marginBottom: '1.5rem' }}>
      <h2 id="my-invitations">Invitations ({list.totalCount})</h2>
      {actionError && <Notice tone="error">{actionError}</Notice>}
      <ul className="h-list">
        {list.edges.map(({ node: inv }) => (
          <li key={inv.id}>
            <Card>
              <div className="h-row">
                <div style={{ flex: 1, minWidth: '12rem' }}>
                  <Link to={`/groups/${inv.group.slug}`}>
                    <strong>{inv.group.name}</strong>
                  </Link>
                  <div className="h-muted">Invited by {inv.invitedBy.displayName}</div>
                </div>
                <Button
                  variant="primary"
                  small
                  busy={answering === inv.id}
                  disabled={answering !== null}
                  aria-label={`Accept the invitation to ${inv.group.name}`}
                  onClick={() =>
                    void respond(inv.id, true, () =>
                      accept({ variables: { input: { invitationId: inv.id } } }),
                    )
                  }
                >
                  Accept
                </Button>
                <Button
                  small
                  disabled={answering !== null}
                  aria-label={`Decline the invitation to ${inv.group.name}`}
                  onClick={() =>
                    void respond(inv.id, false, () =>
                      decline({ variables: { input: { invitationId: inv.id } } }),
                    )
                  }
                >
                  Decline
                </Button>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={more} />
    </section>
  );
}

/** My requests to join, waiting for a moderator. */
function MyJoinRequests() {
  const { data, error, refetch, loadingMore, more } = useMyJoinRequests();
  const list = data?.myJoinRequests;
  if (error && !data)
    return (
      <ErrorState
        message={`Your requests to join could not be shown. ${friendlyMessage(error)}`}
        onRetry={() => void refetch()}
      />
    );
  if (!list || list.totalCount === 0) return null;
  return (
    <section aria-labelledby="my-requests" style={{ marginBottom: '1.5rem' }}>
      <h2 id="my-requests">Waiting for approval ({list.totalCount})</h2>
      <ul className="h-list">
        {list.edges.map(({ node: r }) => (
          <li key={r.id} className="h-row">
            <Link to={`/groups/${r.group.slug}`}>{r.group.name}</Link>
            <span className="h-muted">requested {new Date(r.createdAt).toLocaleDateString()}</span>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={more} />
    </section>
  );
}
