import { useMutation, useQuery } from '@apollo/client/react';
import { friendlyMessage, useViewer } from '@hearth/web/graphql';
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  Notice,
  PageHeader,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { CreateGroupDialog } from './create-group-dialog';
import { ACCEPT_INVITATION, DECLINE_INVITATION, MY_GROUPS_PAGE } from './documents';
import { GroupCard } from './group-card';
import { useCanCreateGroups } from './group-directory-page';

export function MyGroupsPage() {
  usePageTitle('My groups');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(MY_GROUPS_PAGE, {
    fetchPolicy: 'cache-and-network',
  });
  const [accept] = useMutation(ACCEPT_INVITATION);
  const [decline] = useMutation(DECLINE_INVITATION);
  const [actionError, setActionError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canCreate = useCanCreateGroups();

  const respond = async (fn: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await fn();
      await refetch();
    } catch (err) {
      setActionError(friendlyMessage(err));
    }
  };

  if (loading && !data) return <LoadingState label="Loading your groups…" />;
  if (error && !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return null;
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
      {actionError && <Notice tone="error">{actionError}</Notice>}
      {data.myGroupInvitations.length > 0 && (
        <section aria-labelledby="my-invitations" style={{ marginBottom: '1.5rem' }}>
          <h2 id="my-invitations">Invitations</h2>
          <ul className="h-list">
            {data.myGroupInvitations.map((inv) => (
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
                      onClick={() =>
                        void respond(() =>
                          accept({ variables: { input: { invitationId: inv.id } } }),
                        )
                      }
                    >
                      Accept
                    </Button>
                    <Button
                      small
                      onClick={() =>
                        void respond(() =>
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
        </section>
      )}
      {data.myJoinRequests.length > 0 && (
        <section aria-labelledby="my-requests" style={{ marginBottom: '1.5rem' }}>
          <h2 id="my-requests">Waiting for approval</h2>
          <ul className="h-list">
            {data.myJoinRequests.map((r) => (
              <li key={r.id} className="h-row">
                <Link to={`/groups/${r.group.slug}`}>{r.group.name}</Link>
                <span className="h-muted">
                  requested {new Date(r.createdAt).toLocaleDateString()}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
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
      </section>
      {creating && <CreateGroupDialog open onClose={() => setCreating(false)} />}
    </>
  );
}
