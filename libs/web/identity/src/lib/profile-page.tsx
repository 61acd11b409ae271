import { errorCode, friendlyMessage, useViewer } from '@hearth/web/graphql';
import {
  Avatar,
  Badge,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  usePageTitle,
} from '@hearth/web/ui';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useProfile } from './api/use-profile';

const ROLE_LABEL: Record<string, string> = { ADMIN: 'Admin', HR: 'HR', MEMBER: '' };

export function ProfilePage({
  activity,
}: {
  /** Another feature's section under the profile (the person's posts). */
  activity?: (person: { id: string; displayName: string }) => ReactNode;
} = {}) {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useProfile(id);
  usePageTitle(data?.user.displayName ?? 'Profile');
  if (loading && !data) return <LoadingState label="Loading profile…" />;
  if (error && errorCode(error) === 'NOT_FOUND')
    return (
      <EmptyState title="Person not found">
        This person does not exist or is no longer here.
      </EmptyState>
    );
  if (error || !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const u = data.user;
  return (
    <article>
      <Card as="section">
        <div className="h-row" style={{ alignItems: 'flex-start' }}>
          <Avatar name={u.displayName} initials={u.initials} src={u.avatarUrl} size={96} />
          <div style={{ flex: 1, minWidth: '12rem' }}>
            <h1>{u.displayName}</h1>
            <p className="h-muted" style={{ margin: 0 }}>
              {[u.title, u.department, u.location].filter(Boolean).join(' · ')}
            </p>
            <div className="h-row" style={{ marginTop: '0.5rem' }}>
              {ROLE_LABEL[u.orgRole] && <Badge tone="brand">{ROLE_LABEL[u.orgRole]}</Badge>}
              {!u.active && <Badge tone="danger">Deactivated</Badge>}
              <a href={`mailto:${u.email}`}>{u.email}</a>
            </div>
            {u.manager && (
              <p>
                Reports to <Link to={`/people/${u.manager.id}`}>{u.manager.displayName}</Link>
                {u.manager.title ? `, ${u.manager.title}` : ''}
              </p>
            )}
            {u.bio && <p style={{ whiteSpace: 'pre-wrap' }}>{u.bio}</p>}
            {u.id === viewer.id && <Link to="/settings/profile">Edit your profile</Link>}
          </div>
        </div>
      </Card>
      <section aria-labelledby="profile-groups" style={{ marginTop: '1.5rem' }}>
        <h2 id="profile-groups">Groups ({u.groups.totalCount})</h2>
        {u.groups.edges.length === 0 ? (
          <p className="h-muted">No groups to show.</p>
        ) : (
          <ul className="h-list">
            {u.groups.edges.map(({ node }) => (
              <li key={node.id} className="h-row">
                <span
                  aria-hidden="true"
                  style={{ width: 12, height: 12, borderRadius: 3, background: node.coverColor }}
                />
                <Link to={`/groups/${node.slug}`}>{node.name}</Link>
                <Badge>{node.visibility.toLowerCase()}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      {activity?.({ id: u.id, displayName: u.displayName })}
    </article>
  );
}
