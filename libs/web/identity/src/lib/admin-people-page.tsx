import { errorField, friendlyMessage, OrgRole, useViewer } from '@hearth/web/graphql';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
  PageHeader,
  Select,
  TextField,
  usePageTitle,
  useDebounced,
} from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useAdminPeople } from './api/use-admin-people';
import { useChangeOrgRole } from './api/use-change-org-role';
import { useDeactivateUser } from './api/use-deactivate-user';
import { useInviteUser } from './api/use-invite-user';
import { useOrgInvitations } from './api/use-org-invitations';
import { useReactivateUser } from './api/use-reactivate-user';
import { useRevokeOrgInvitation } from './api/use-revoke-org-invitation';

const ROLES: Array<{ value: OrgRole; label: string }> = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'HR', label: 'HR' },
  { value: 'ADMIN', label: 'Admin' },
];

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<OrgRole>('MEMBER');
  const [invite, inviting] = useInviteUser();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const field = errorField(inviting.error);
  const message = inviting.error ? friendlyMessage(inviting.error) : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setLink(null);
    setCopied(false);
    try {
      const res = await invite({
        variables: {
          input: { email: email.trim(), displayName: name.trim() || null, orgRole: role },
        },
      });
      if (res.data) {
        setLink(res.data.inviteUser.inviteUrl);
        setEmail('');
        setName('');
        onInvited();
      }
    } catch {
      // shown below
    }
  };

  return (
    <Card as="section">
      <h2>Invite someone</h2>
      <p className="h-muted">
        Hearth makes a link that lets them set their password. Send it to them however you like.
      </p>
      {message && field !== 'email' && <Notice tone="error">{message}</Notice>}
      {link && (
        <Notice tone="success">
          <div>Invitation created. Share this link:</div>
          <div className="h-row">
            <input
              aria-label="Invitation link"
              readOnly
              value={link}
              style={{ flex: 1, minWidth: 0, font: 'inherit', padding: '0.3rem' }}
              onFocus={(e) => e.target.select()}
            />
            <Button
              small
              onClick={() => {
                void navigator.clipboard?.writeText(link).then(() => setCopied(true));
              }}
            >
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          </div>
        </Notice>
      )}
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        className="h-row"
        style={{ alignItems: 'flex-end' }}
      >
        <div style={{ flex: '2 1 14rem' }}>
          <TextField
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={field === 'email' ? message : null}
          />
        </div>
        <div style={{ flex: '2 1 12rem' }}>
          <TextField
            label="Name (optional)"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div style={{ flex: '1 1 8rem' }}>
          <Select
            label="Role"
            value={role}
            onChange={(e) => setRole(e.target.value as OrgRole)}
            options={ROLES}
          />
        </div>
        <div className="h-field">
          <Button type="submit" variant="primary" busy={inviting.loading} disabled={!email.trim()}>
            Create invitation
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function AdminPeoplePage() {
  usePageTitle('Manage people');
  const viewer = useViewer();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const { data, previousData, error, refetch, loadingMore, more } = useAdminPeople(
    debounced || null,
  );
  const shown = data ?? previousData;
  const invitations = useOrgInvitations();
  const pending = invitations.data?.orgInvitations;
  const { loadingMore: loadingMoreInvitations, more: moreInvitations } = invitations;
  const refetchInvitations = () => void invitations.refetch().catch(() => undefined);
  const [revoke] = useRevokeOrgInvitation();
  const [changeRole] = useChangeOrgRole();
  const [deactivate, deactivating] = useDeactivateUser();
  const [reactivate] = useReactivateUser();
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const act = async (fn: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await fn();
    } catch (err) {
      setActionError(friendlyMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        title="Manage people"
        description="Invite people, change roles and deactivate accounts."
        actions={
          <>
            <Link to="/admin/organisation">Organisation settings</Link>
            <Link to="/admin/audit-log">Audit log</Link>
            <Link to="/admin/jobs">Background jobs</Link>
          </>
        }
      />
      <InviteForm onInvited={refetchInvitations} />
      {actionError && (
        <div style={{ marginTop: '1rem' }}>
          <Notice tone="error">{actionError}</Notice>
        </div>
      )}
      {error && !shown ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : !shown ? (
        <LoadingState />
      ) : (
        <>
          <section aria-labelledby="pending-invitations" style={{ marginTop: '1.5rem' }}>
            <h2 id="pending-invitations">
              Pending invitations{pending ? ` (${pending.totalCount})` : ''}
            </h2>
            {!pending ? (
              invitations.error ? (
                <ErrorState
                  message={friendlyMessage(invitations.error)}
                  onRetry={refetchInvitations}
                />
              ) : (
                <LoadingState />
              )
            ) : pending.edges.length === 0 ? (
              <p className="h-muted">No pending invitations.</p>
            ) : (
              <ul className="h-list">
                {pending.edges.map(({ node: inv }) => (
                  <li key={inv.id} className="h-card h-row">
                    <div style={{ flex: 1, minWidth: '12rem' }}>
                      <strong>{inv.email}</strong> <Badge>{inv.orgRole}</Badge>
                      <div className="h-muted">
                        Expires {new Date(inv.expiresAt).toLocaleDateString()}
                      </div>
                    </div>
                    <Button
                      small
                      onClick={() => void navigator.clipboard?.writeText(inv.inviteUrl)}
                      aria-label={`Copy the invitation link for ${inv.email}`}
                    >
                      Copy link
                    </Button>
                    <Button
                      small
                      variant="ghost"
                      onClick={() =>
                        void act(() =>
                          revoke({ variables: { input: { invitationId: inv.id } } }).then(
                            refetchInvitations,
                          ),
                        )
                      }
                      aria-label={`Revoke the invitation for ${inv.email}`}
                    >
                      Revoke
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <LoadMore
              hasMore={pending?.pageInfo.hasNextPage ?? false}
              loading={loadingMoreInvitations}
              onLoadMore={moreInvitations}
            />
          </section>
          <section aria-labelledby="all-people" style={{ marginTop: '1.5rem' }}>
            <h2 id="all-people">Everyone ({shown.users.totalCount})</h2>
            <TextField
              label="Search people"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            {shown.users.edges.length === 0 ? (
              <EmptyState title="Nobody matches" />
            ) : (
              <ul className="h-list">
                {shown.users.edges.map(({ node }) => (
                  <li key={node.id} className="h-card h-row">
                    <div style={{ flex: 1, minWidth: '12rem' }}>
                      <Link to={`/people/${node.id}`}>
                        <strong>{node.displayName}</strong>
                      </Link>{' '}
                      {!node.active && <Badge tone="danger">Deactivated</Badge>}
                      <div className="h-muted">{node.email}</div>
                    </div>
                    {node.id === viewer.id ? (
                      <span className="h-muted">This is you</span>
                    ) : (
                      <>
                        <div style={{ width: '9rem' }}>
                          <Select
                            label={`Role of ${node.displayName}`}
                            hideLabel
                            value={node.orgRole}
                            onChange={(e) => {
                              const orgRole = e.target.value as OrgRole;
                              void act(() =>
                                changeRole({ variables: { input: { userId: node.id, orgRole } } }),
                              );
                            }}
                            options={ROLES}
                          />
                        </div>
                        {node.active ? (
                          <Button
                            small
                            variant="danger"
                            onClick={() => setConfirming({ id: node.id, name: node.displayName })}
                          >
                            Deactivate
                          </Button>
                        ) : (
                          <Button
                            small
                            onClick={() =>
                              void act(() =>
                                reactivate({ variables: { input: { userId: node.id } } }),
                              )
                            }
                          >
                            Reactivate
                          </Button>
                        )}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <LoadMore
              hasMore={shown.users.pageInfo.hasNextPage}
              loading={loadingMore}
              onLoadMore={() => more(shown.users.pageInfo.endCursor)}
            />
          </section>
        </>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title="Deactivate this person?"
        confirmLabel="Deactivate"
        danger
        busy={deactivating.loading}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const target = confirming;
          setConfirming(null);
          if (target) void act(() => deactivate({ variables: { input: { userId: target.id } } }));
        }}
      >
        {confirming?.name} will be signed out everywhere at once and cannot sign in until
        reactivated. Their posts stay.
      </ConfirmDialog>
    </>
  );
}
