import { friendlyMessage } from '@hearth/web/graphql';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  PageHeader,
  usePageTitle,
} from '@hearth/web/ui';
import { Link } from 'react-router';
import { useAuditLog } from './api/use-audit-log';

/** "MEMBER_ROLE_CHANGED" → "Member role changed". */
export function actionLabel(action: string): string {
  const words = action.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Org admins: who did what, when, and in which group — including interventions in groups they are not in. */
export function AuditLogPage() {
  usePageTitle('Audit log');
  const { data, loading, error, refetch, loadingMore, more } = useAuditLog();
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Role changes, deactivations, invitations and every admin action in groups the admin is not a member of."
        actions={<Link to="/admin/people">Manage people</Link>}
      />
      {loading && !data ? (
        <LoadingState label="Loading the audit log…" />
      ) : error || !data ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : data.auditLog.edges.length === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <>
          <div style={{ overflowX: 'auto' }}>
            <table className="h-table">
              <caption className="h-visually-hidden">Audit log, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Group</th>
                  <th scope="col">Person affected</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {data.auditLog.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>{new Date(node.createdAt).toLocaleString()}</td>
                    <td>
                      <Link to={`/people/${node.actor.id}`}>{node.actor.displayName}</Link>
                    </td>
                    <td>{actionLabel(node.action)}</td>
                    <td>{node.groupName ?? '—'}</td>
                    <td>
                      {node.targetUserId ? (
                        <Link to={`/people/${node.targetUserId}`}>Profile</Link>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      <code style={{ fontSize: '0.8rem', wordBreak: 'break-word' }}>
                        {node.details ?? ''}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            hasMore={data.auditLog.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => more(data.auditLog.pageInfo.endCursor)}
          />
        </>
      )}
    </>
  );
}
