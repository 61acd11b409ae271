import { friendlyMessage, GroupRole, usePeoplePicker } from '@hearth/web/graphql';
import {
  Avatar,
  Badge,
  Button,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
  Select,
  TextField,
} from '@hearth/web/ui';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useApproveJoinRequest } from './api/use-approve-join-request';
import { useBanMember } from './api/use-ban-member';
import { useChangeMemberRole } from './api/use-change-member-role';
import { useDeclineJoinRequest } from './api/use-decline-join-request';
import { useGroupInvitations } from './api/use-group-invitations';
import { useGroupJoinRequests } from './api/use-group-join-requests';
import { useGroupMembers } from './api/use-group-members';
import { useInviteToGroup } from './api/use-invite-to-group';
import { useRemoveMember } from './api/use-remove-member';
import { useRevokeGroupInvitation } from './api/use-revoke-group-invitation';
import { ROLE_LABEL } from './labels';

interface MembersGroup {
  id: string;
  viewerRole?: GroupRole | null;
  viewerPermissions: { canManageMembers: boolean; canChangeRoles: boolean };
}

const RANK: Record<GroupRole, number> = { OWNER: 4, ADMIN: 3, MODERATOR: 2, MEMBER: 1 };

function useAction() {
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(friendlyMessage(err));
    }
  };
  return { error, run };
}

export function MembersTab({ group, onChanged }: { group: MembersGroup; onChanged: () => void }) {
  const [role, setRole] = useState<GroupRole | ''>('');
  const { data, loading, error, refetch, loadingMore, more } = useGroupMembers(
    group.id,
    role || null,
  );
  const [changeRole] = useChangeMemberRole();
  const [remove] = useRemoveMember();
  const [ban] = useBanMember();
  const { error: actionError, run } = useAction();
  const [confirm, setConfirm] = useState<{
    kind: 'remove' | 'ban';
    userId: string;
    name: string;
  } | null>(null);
  const mine = group.viewerRole ? RANK[group.viewerRole] : 0;
  const after = () => {
    void refetch();
    onChanged();
  };

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <div style={{ maxWidth: '14rem' }}>
        <Select
          label="Show"
          value={role}
          onChange={(e) => setRole(e.target.value as GroupRole | '')}
          options={[
            { value: '', label: 'Everyone' },
            ...(Object.keys(ROLE_LABEL) as GroupRole[]).map((r) => ({
              value: r,
              label: `${ROLE_LABEL[r]}s`,
            })),
          ]}
        />
      </div>
      {actionError && <Notice tone="error">{actionError}</Notice>}
      {loading && !data ? (
        <LoadingState label="Loading members…" />
      ) : error || !data ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : data.group.members.edges.length === 0 ? (
        <EmptyState title="Nobody here with that role" />
      ) : (
        <>
          <ul className="h-list">
            {data.group.members.edges.map(({ node }) => {
              const canAct =
                group.viewerPermissions.canManageMembers &&
                (mine === 0 ? true : RANK[node.role] < mine || mine === 4) &&
                node.role !== 'OWNER';
              return (
                <li key={node.id} className="h-card h-row">
                  <Avatar
                    name={node.user.displayName}
                    initials={node.user.initials}
                    src={node.user.avatarUrl}
                  />
                  <div style={{ flex: 1, minWidth: '10rem' }}>
                    <Link to={`/people/${node.user.id}`}>
                      <strong>{node.user.displayName}</strong>
                    </Link>{' '}
                    {node.role !== 'MEMBER' && <Badge tone="brand">{ROLE_LABEL[node.role]}</Badge>}
                    {node.user.title && <div className="h-muted">{node.user.title}</div>}
                  </div>
                  {group.viewerPermissions.canChangeRoles && node.role !== 'OWNER' && (
                    <div style={{ width: '10rem' }}>
                      <Select
                        label={`Role of ${node.user.displayName}`}
                        hideLabel
                        value={node.role}
                        onChange={(e) => {
                          const next = e.target.value as GroupRole;
                          void run(() =>
                            changeRole({
                              variables: {
                                input: { groupId: group.id, userId: node.user.id, role: next },
                              },
                            }).then(after),
                          );
                        }}
                        options={(Object.keys(ROLE_LABEL) as GroupRole[])
                          .filter((r) => r !== 'OWNER' || mine === 4)
                          .map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
                      />
                    </div>
                  )}
                  {canAct && (
                    <>
                      <Button
                        small
                        onClick={() =>
                          setConfirm({
                            kind: 'remove',
                            userId: node.user.id,
                            name: node.user.displayName,
                          })
                        }
                      >
                        Remove
                      </Button>
                      <Button
                        small
                        variant="danger"
                        onClick={() =>
                          setConfirm({
                            kind: 'ban',
                            userId: node.user.id,
                            name: node.user.displayName,
                          })
                        }
                      >
                        Ban
                      </Button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <LoadMore
            hasMore={data.group.members.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => more(data.group.members.pageInfo.endCursor)}
          />
        </>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.kind === 'ban' ? `Ban ${confirm.name}?` : `Remove ${confirm?.name ?? ''}?`}
        confirmLabel={confirm?.kind === 'ban' ? 'Ban' : 'Remove'}
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const c = confirm;
          setConfirm(null);
          if (!c) return;
          const input = { groupId: group.id, userId: c.userId };
          void run(() =>
            (c.kind === 'ban'
              ? ban({ variables: { input } })
              : remove({ variables: { input } })
            ).then(after),
          );
        }}
      >
        {confirm?.kind === 'ban'
          ? 'They leave the group and cannot join, ask to join or be invited again until unbanned.'
          : 'They leave the group; they can join again under its usual rules.'}
      </ConfirmDialog>
    </section>
  );
}

export function RequestsTab({ groupId, onChanged }: { groupId: string; onChanged: () => void }) {
  const { data, loading, error, refetch, loadingMore, more } = useGroupJoinRequests(groupId);
  const requests = data?.group.joinRequests;
  const [approve] = useApproveJoinRequest();
  const [decline] = useDeclineJoinRequest();
  const { error: actionError, run } = useAction();
  if (loading && !data) return <LoadingState label="Loading requests…" />;
  if (error || !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const after = () => {
    void refetch();
    onChanged();
  };
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">Requests to join ({data.group.joinRequests.totalCount})</h2>
      {actionError && <Notice tone="error">{actionError}</Notice>}
      {data.group.joinRequests.edges.length === 0 ? (
        <EmptyState title="No pending requests" />
      ) : (
        <ul className="h-list">
          {data.group.joinRequests.edges.map(({ node }) => (
            <li key={node.id} className="h-card">
              <div className="h-row">
                <Avatar
                  name={node.user.displayName}
                  initials={node.user.initials}
                  src={node.user.avatarUrl}
                />
                <div style={{ flex: 1, minWidth: '10rem' }}>
                  <Link to={`/people/${node.user.id}`}>
                    <strong>{node.user.displayName}</strong>
                  </Link>
                  <div className="h-muted">
                    {node.user.title ?? ''} · asked {new Date(node.createdAt).toLocaleDateString()}
                  </div>
                </div>
                <Button
                  variant="primary"
                  small
                  onClick={() =>
                    void run(() =>
                      approve({ variables: { input: { requestId: node.id } } }).then(after),
                    )
                  }
                  aria-label={`Approve ${node.user.displayName}`}
                >
                  Approve
                </Button>
                <Button
                  small
                  onClick={() =>
                    void run(() =>
                      decline({ variables: { input: { requestId: node.id } } }).then(after),
                    )
                  }
                  aria-label={`Decline ${node.user.displayName}`}
                >
                  Decline
                </Button>
              </div>
              {node.answers.length > 0 && (
                <dl style={{ margin: '0.75rem 0 0' }}>
                  {node.answers.map((a, i) => (
                    <div key={i}>
                      <dt style={{ fontWeight: 600 }}>{a.question}</dt>
                      <dd style={{ margin: '0 0 0.5rem' }}>{a.answer}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={requests?.pageInfo.hasNextPage ?? false}
        loading={loadingMore}
        onLoadMore={more}
      />
    </section>
  );
}

export function InvitationsTab({
  groupId,
  canManage,
  canInvite,
}: {
  groupId: string;
  canManage: boolean;
  canInvite: boolean;
}) {
  const { data, loading, error, refetch, loadingMore, more } = useGroupInvitations(groupId);
  const invitations = data?.group.invitations;
  const [revoke] = useRevokeGroupInvitation();
  const { error: actionError, run } = useAction();
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">
        Invitations{invitations ? ` (${invitations.totalCount})` : ''}
      </h2>
      {canInvite && <InvitePeople groupId={groupId} onInvited={() => void refetch()} />}
      {actionError && <Notice tone="error">{actionError}</Notice>}
      {loading && !data ? (
        <LoadingState />
      ) : error || !data ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : data.group.invitations.edges.length === 0 ? (
        <p className="h-muted">No pending invitations.</p>
      ) : (
        <ul className="h-list">
          {data.group.invitations.edges.map(({ node: inv }) => (
            <li key={inv.id} className="h-card h-row">
              <div style={{ flex: 1 }}>
                <strong>{inv.user.displayName}</strong>
                <div className="h-muted">Invited by {inv.invitedBy.displayName}</div>
              </div>
              {canManage && (
                <Button
                  small
                  onClick={() =>
                    void run(() =>
                      revoke({ variables: { input: { invitationId: inv.id } } }).then(() =>
                        refetch(),
                      ),
                    )
                  }
                  aria-label={`Revoke the invitation of ${inv.user.displayName}`}
                >
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={invitations?.pageInfo.hasNextPage ?? false}
        loading={loadingMore}
        onLoadMore={more}
      />
    </section>
  );
}

function InvitePeople({ groupId, onInvited }: { groupId: string; onInvited: () => void }) {
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setDebounced(search.trim()), 250);
    return () => clearTimeout(id);
  }, [search]);
  const people = usePeoplePicker(debounced);
  const [invite, inviting] = useInviteToGroup();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="h-card" style={{ marginBottom: '1rem' }}>
      <TextField
        label="Invite people"
        type="search"
        hint="Type at least two letters of a name."
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {done && <Notice tone="success">{done}</Notice>}
      {inviting.error && <Notice tone="error">{friendlyMessage(inviting.error)}</Notice>}
      {debounced.length >= 2 && people.data && (
        <ul className="h-list" aria-label="Matching people">
          {people.data.users.edges.map(({ node }) => (
            <li key={node.id} className="h-row">
              <span style={{ flex: 1 }}>
                {node.displayName} <span className="h-muted">{node.title}</span>
              </span>
              <Button
                small
                busy={inviting.loading}
                onClick={() => {
                  setDone(null);
                  void invite({ variables: { input: { groupId, userIds: [node.id] } } }).then(
                    () => {
                      setDone(`Invited ${node.displayName}.`);
                      onInvited();
                    },
                    () => undefined,
                  );
                }}
              >
                Invite
              </Button>
            </li>
          ))}
          {people.data.users.edges.length === 0 && <li className="h-muted">Nobody matches.</li>}
        </ul>
      )}
    </div>
  );
}
