import { errorCode, friendlyMessage } from '@hearth/web/graphql';
import {
  Badge,
  EmptyState,
  ErrorState,
  LoadingState,
  TabItem,
  TabPanel,
  Tabs,
  usePageTitle,
} from '@hearth/web/ui';
import { ReactNode, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useGroup } from './api/use-group';
import { GroupAction } from './group-action';
import { InvitationsTab, MembersTab, RequestsTab } from './group-members';
import { LiveMembership } from './live-membership';
import { SettingsTab } from './group-settings';
import { CATEGORIES, VISIBILITY } from './labels';

export function GroupNotFound() {
  return (
    <EmptyState title="Group not found" action={<Link to="/groups">Browse groups</Link>}>
      This group does not exist, or you do not have access to it.
    </EmptyState>
  );
}

/** A section another feature adds to the group page (posts, the review queue). */
export interface GroupSection {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** What a section needs to know about the group. */
export interface GroupSectionContext {
  id: string;
  name: string;
  archived: boolean;
  postApproval: boolean;
  viewerRole: string | null;
  viewerPermissions: {
    canPost: boolean;
    canSeeContent: boolean;
    canManageMembers: boolean;
  };
}

export function GroupPage({
  sections,
}: {
  /** Extra sections, shown first; the first one is the default tab. */
  sections?: (group: GroupSectionContext) => GroupSection[];
} = {}) {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useGroup(slug);
  usePageTitle(data?.group.name ?? 'Group');
  const [, force] = useState(0);
  if (loading && !data) return <LoadingState label="Loading group…" />;
  if (error && errorCode(error) === 'NOT_FOUND') return <GroupNotFound />;
  if (error || !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const g = data.group;
  const p = g.viewerPermissions;
  const extra = sections?.(g) ?? [];
  const tabs: TabItem[] = [
    ...extra.map((x) => ({ id: x.id, label: x.label })),
    { id: 'about', label: 'About' },
    ...(g.visibility !== 'SECRET' || g.viewerStatus === 'MEMBER' || p.canEdit
      ? [{ id: 'members', label: `Members (${g.memberCount})` }]
      : []),
    ...(p.canManageMembers && g.visibility === 'CLOSED'
      ? [{ id: 'requests', label: 'Requests' }]
      : []),
    ...(p.canInvite || p.canManageMembers ? [{ id: 'invitations', label: 'Invitations' }] : []),
    ...(p.canEdit || p.canArchive ? [{ id: 'settings', label: 'Settings' }] : []),
  ];
  const first = tabs[0]?.id ?? 'about';
  const requested = params.get('tab') ?? first;
  const tab = tabs.some((t) => t.id === requested) ? requested : first;
  const onChanged = () => {
    void refetch();
    force((n) => n + 1);
  };
  return (
    <article>
      {p.canManageMembers && !g.archived && <LiveMembership groupId={g.id} />}
      <div
        aria-hidden="true"
        style={{
          height: '7rem',
          borderRadius: 'var(--radius)',
          background: g.coverImageUrl
            ? `center / cover no-repeat url("${g.coverImageUrl}")`
            : g.coverColor,
          marginBottom: '1rem',
        }}
      />
      <header className="h-page-header">
        <div>
          <h1>{g.name}</h1>
          <div className="h-row" style={{ gap: '0.4rem' }}>
            <Badge>{VISIBILITY[g.visibility].label} group</Badge>
            <Badge>{CATEGORIES.find((c) => c.value === g.category)?.label ?? g.category}</Badge>
            {g.viewerRole && <Badge tone="success">You are {g.viewerRole.toLowerCase()}</Badge>}
            {g.archived && <Badge tone="danger">Archived</Badge>}
            <span className="h-muted">
              {g.memberCount} {g.memberCount === 1 ? 'member' : 'members'}
            </span>
          </div>
        </div>
        <GroupAction group={g} onChanged={onChanged} />
      </header>
      <Tabs
        label="Group sections"
        tabs={tabs}
        selected={tab}
        onSelect={(id) => {
          const next = new URLSearchParams(params);
          if (id === first) next.delete('tab');
          else next.set('tab', id);
          setParams(next, { replace: true });
        }}
      />
      <TabPanel id={tab}>
        {extra.find((x) => x.id === tab)?.render()}
        {tab === 'about' && (
          <section>
            <h2>About</h2>
            <p style={{ whiteSpace: 'pre-wrap' }}>{g.description || 'No description yet.'}</p>
            <p className="h-muted">{VISIBILITY[g.visibility].explain}</p>
            {g.postingPolicy === 'ADMINS_ONLY' && (
              <p className="h-muted">Only the group’s admins post here.</p>
            )}
            {g.postApproval && (
              <p className="h-muted">
                Posts by members are reviewed by moderators before they appear.
              </p>
            )}
            <p className="h-muted">Created {new Date(g.createdAt).toLocaleDateString()}</p>
          </section>
        )}
        {tab === 'members' && <MembersTab group={g} onChanged={onChanged} />}
        {tab === 'requests' && <RequestsTab groupId={g.id} onChanged={onChanged} />}
        {tab === 'invitations' && (
          <InvitationsTab groupId={g.id} canManage={p.canManageMembers} canInvite={p.canInvite} />
        )}
        {tab === 'settings' && <SettingsTab group={g} onChanged={onChanged} />}
      </TabPanel>
    </article>
  );
}
