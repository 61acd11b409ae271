import {
  errorField,
  friendlyMessage,
  GroupCategory,
  GroupVisibility,
  PostingPolicy,
} from '@hearth/web/graphql';
import { LIMITS } from '@hearth/shared/util';
import {
  readImageFile,
  Button,
  Card,
  Checkbox,
  ConfirmDialog,
  LoadMore,
  Notice,
  Select,
  TextArea,
  TextField,
} from '@hearth/web/ui';
import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useArchiveGroup } from './api/use-archive-group';
import { useGroupBans } from './api/use-group-bans';
import { useGroupMembers } from './api/use-group-members';
import { useTransferOwnership } from './api/use-transfer-ownership';
import { useUnarchiveGroup } from './api/use-unarchive-group';
import { useUnbanMember } from './api/use-unban-member';
import { useUpdateGroup } from './api/use-update-group';
import { CATEGORIES, COVER_COLOURS, VISIBILITY } from './labels';

interface SettingsGroup {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: GroupCategory;
  visibility: GroupVisibility;
  coverColor: string;
  coverImageUrl?: string | null;
  postingPolicy: PostingPolicy;
  postApproval: boolean;
  membershipQuestions: string[];
  archived: boolean;
  viewerRole?: string | null;
  viewerPermissions: { canEdit: boolean; canArchive: boolean; canManageMembers: boolean };
}

export function SettingsTab({ group, onChanged }: { group: SettingsGroup; onChanged: () => void }) {
  return (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      {group.viewerPermissions.canEdit && <EditSettings group={group} onChanged={onChanged} />}
      {group.viewerPermissions.canManageMembers && <BannedPeople groupId={group.id} />}
      {group.viewerRole === 'OWNER' && !group.archived && (
        <TransferOwnership group={group} onChanged={onChanged} />
      )}
      {group.viewerPermissions.canArchive && <ArchiveSection group={group} onChanged={onChanged} />}
    </div>
  );
}

function EditSettings({ group, onChanged }: { group: SettingsGroup; onChanged: () => void }) {
  const navigate = useNavigate();
  const [v, setV] = useState({
    name: group.name,
    slug: group.slug,
    description: group.description,
    category: group.category,
    visibility: group.visibility,
    coverColor: group.coverColor,
    coverImageUrl: group.coverImageUrl ?? '',
    postingPolicy: group.postingPolicy,
    postApproval: group.postApproval,
    questions: group.membershipQuestions,
  });
  const [update, updating] = useUpdateGroup();
  const [saved, setSaved] = useState(false);
  const [imageError, setImageError] = useState<string | null>(null);
  const field = errorField(updating.error);
  const message = updating.error ? friendlyMessage(updating.error) : null;
  const err = (f: string) => (field === f ? message : null);
  const change = (patch: Partial<typeof v>) => {
    setSaved(false);
    setV({ ...v, ...patch });
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const res = await update({
        variables: {
          input: {
            groupId: group.id,
            name: v.name,
            slug: v.slug,
            description: v.description,
            category: v.category,
            visibility: v.visibility,
            coverColor: v.coverColor,
            coverImageUrl: v.coverImageUrl,
            postingPolicy: v.postingPolicy,
            postApproval: v.postApproval,
            membershipQuestions: v.questions.map((q) => q.trim()).filter(Boolean),
          },
        },
      });
      setSaved(true);
      onChanged();
      if (res.data && res.data.updateGroup.slug !== group.slug)
        await navigate(`/groups/${res.data.updateGroup.slug}?tab=settings`, { replace: true });
    } catch {
      // shown below
    }
  };
  return (
    <Card as="section">
      <h2>Settings</h2>
      {saved && <Notice tone="success">Settings saved.</Notice>}
      {message && !field && <Notice tone="error">{message}</Notice>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label="Name"
          value={v.name}
          maxLength={LIMITS.groupName.max}
          onChange={(e) => change({ name: e.target.value })}
          error={err('name')}
        />
        <TextField
          label="Address"
          hint={
            v.visibility === 'SECRET'
              ? 'Lower-case letters, digits and hyphens. A secret group’s new address gets random letters at its end, so nobody can guess it.'
              : 'Lower-case letters, digits and hyphens.'
          }
          value={v.slug}
          maxLength={LIMITS.groupSlug.max}
          onChange={(e) => change({ slug: e.target.value })}
          error={err('slug')}
        />
        <TextArea
          label="Description"
          value={v.description}
          maxLength={LIMITS.groupDescription.max}
          onChange={(e) => change({ description: e.target.value })}
          error={err('description')}
        />
        <Select
          label="Category"
          value={v.category}
          onChange={(e) => change({ category: e.target.value as GroupCategory })}
          options={CATEGORIES}
        />
        <Select
          label="Visibility"
          value={v.visibility}
          hint={VISIBILITY[v.visibility].explain}
          onChange={(e) => change({ visibility: e.target.value as GroupVisibility })}
          options={(Object.keys(VISIBILITY) as GroupVisibility[]).map((k) => ({
            value: k,
            label: VISIBILITY[k].label,
          }))}
        />
        <Select
          label="Who can post"
          value={v.postingPolicy}
          onChange={(e) => change({ postingPolicy: e.target.value as PostingPolicy })}
          options={[
            { value: 'EVERYONE', label: 'All members' },
            { value: 'ADMINS_ONLY', label: 'Only admins' },
          ]}
        />
        <Checkbox
          label="Review members’ posts before they appear"
          checked={v.postApproval}
          onChange={(e) => change({ postApproval: e.target.checked })}
        />
        <Select
          label="Cover colour"
          value={v.coverColor.toUpperCase()}
          onChange={(e) => change({ coverColor: e.target.value })}
          error={err('coverColor')}
          options={[...new Set([v.coverColor.toUpperCase(), ...COVER_COLOURS])].map((c) => ({
            value: c,
            label: c,
          }))}
        />
        <fieldset className="h-field">
          <legend>Cover image</legend>
          <div className="h-row">
            {v.coverImageUrl && (
              <img
                src={v.coverImageUrl}
                alt="Current cover"
                style={{ height: 48, borderRadius: 6 }}
              />
            )}
            <label className="h-button h-button--secondary h-button--small">
              {v.coverImageUrl ? 'Replace image' : 'Upload an image'}
              <input
                type="file"
                accept="image/png,image/jpeg,image/webp,image/gif"
                className="h-visually-hidden"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  setImageError(null);
                  readImageFile(file, LIMITS.avatarDataUrlBytes).then(
                    (coverImageUrl) => change({ coverImageUrl }),
                    (err: Error) => setImageError(err.message),
                  );
                }}
              />
            </label>
            {v.coverImageUrl && (
              <Button small variant="ghost" onClick={() => change({ coverImageUrl: '' })}>
                Use the colour instead
              </Button>
            )}
          </div>
          {(imageError ?? err('coverImageUrl')) && (
            <span className="h-field__error">{imageError ?? err('coverImageUrl')}</span>
          )}
        </fieldset>
        {v.visibility === 'CLOSED' && (
          <fieldset className="h-field">
            <legend>Membership questions</legend>
            {v.questions.map((q, i) => (
              <div className="h-row" key={i}>
                <div style={{ flex: 1 }}>
                  <TextField
                    label={`Question ${i + 1}`}
                    value={q}
                    maxLength={LIMITS.membershipQuestions.questionMax}
                    onChange={(e) =>
                      change({
                        questions: v.questions.map((x, j) => (j === i ? e.target.value : x)),
                      })
                    }
                  />
                </div>
                <Button
                  small
                  variant="ghost"
                  onClick={() => change({ questions: v.questions.filter((_, j) => j !== i) })}
                  aria-label={`Remove question ${i + 1}`}
                >
                  Remove
                </Button>
              </div>
            ))}
            {v.questions.length < LIMITS.membershipQuestions.max && (
              <Button small onClick={() => change({ questions: [...v.questions, ''] })}>
                Add a question
              </Button>
            )}
            {err('membershipQuestions') && (
              <span className="h-field__error">{err('membershipQuestions')}</span>
            )}
          </fieldset>
        )}
        <Button type="submit" variant="primary" busy={updating.loading}>
          Save settings
        </Button>
      </form>
    </Card>
  );
}

function BannedPeople({ groupId }: { groupId: string }) {
  const { data, refetch, loadingMore, more } = useGroupBans(groupId);
  const bans = data?.group.bans;
  const [unban, unbanning] = useUnbanMember();
  return (
    <Card as="section">
      <h2>Banned people{bans ? ` (${bans.totalCount})` : ''}</h2>
      {unbanning.error && <Notice tone="error">{friendlyMessage(unbanning.error)}</Notice>}
      {!data ? (
        <p className="h-muted">Loading…</p>
      ) : data.group.bans.edges.length === 0 ? (
        <p className="h-muted">Nobody is banned.</p>
      ) : (
        <ul className="h-list">
          {data.group.bans.edges.map(({ node: b }) => (
            <li key={b.user.id} className="h-row">
              <span style={{ flex: 1 }}>
                {b.user.displayName} {b.reason && <span className="h-muted">— {b.reason}</span>}
              </span>
              <Button
                small
                onClick={() =>
                  void unban({ variables: { input: { groupId, userId: b.user.id } } }).then(
                    () => refetch(),
                    () => undefined,
                  )
                }
              >
                Unban
              </Button>
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={bans?.pageInfo.hasNextPage ?? false}
        loading={loadingMore}
        onLoadMore={more}
      />
    </Card>
  );
}

function TransferOwnership({ group, onChanged }: { group: SettingsGroup; onChanged: () => void }) {
  const { data } = useGroupMembers(group.id, null);
  const [to, setTo] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [transfer, transferring] = useTransferOwnership();
  const options = (data?.group.members.edges ?? [])
    .filter((e) => e.node.role !== 'OWNER')
    .map((e) => ({ value: e.node.user.id, label: e.node.user.displayName }));
  return (
    <Card as="section">
      <h2>Transfer ownership</h2>
      <p className="h-muted">The new owner must be a member. You become an admin.</p>
      {transferring.error && <Notice tone="error">{friendlyMessage(transferring.error)}</Notice>}
      <Select
        label="New owner"
        value={to}
        onChange={(e) => setTo(e.target.value)}
        options={[{ value: '', label: 'Choose a member' }, ...options]}
      />
      <Button disabled={!to} onClick={() => setConfirm(true)}>
        Transfer ownership
      </Button>
      <ConfirmDialog
        open={confirm}
        title="Transfer ownership?"
        confirmLabel="Transfer"
        busy={transferring.loading}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          void transfer({ variables: { input: { groupId: group.id, userId: to } } }).then(
            onChanged,
            () => undefined,
          );
        }}
      >
        {options.find((o) => o.value === to)?.label} will own {group.name}.
      </ConfirmDialog>
    </Card>
  );
}

function ArchiveSection({ group, onChanged }: { group: SettingsGroup; onChanged: () => void }) {
  const [archive, archiving] = useArchiveGroup();
  const [unarchive, unarchiving] = useUnarchiveGroup();
  const [confirm, setConfirm] = useState(false);
  const error = archiving.error ?? unarchiving.error;
  return (
    <Card as="section">
      <h2>{group.archived ? 'Unarchive' : 'Archive'}</h2>
      <p className="h-muted">
        {group.archived
          ? 'The group is read-only. Unarchive it to let people join and post again.'
          : 'Archiving keeps everything but makes the group read-only.'}
      </p>
      {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
      {group.archived ? (
        <Button
          busy={unarchiving.loading}
          onClick={() =>
            void unarchive({ variables: { input: { groupId: group.id } } }).then(
              onChanged,
              () => undefined,
            )
          }
        >
          Unarchive group
        </Button>
      ) : (
        <Button variant="danger" onClick={() => setConfirm(true)}>
          Archive group
        </Button>
      )}
      <ConfirmDialog
        open={confirm}
        title={`Archive ${group.name}?`}
        confirmLabel="Archive"
        danger
        busy={archiving.loading}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          void archive({ variables: { input: { groupId: group.id } } }).then(
            onChanged,
            () => undefined,
          );
        }}
      >
        Nobody will be able to join, post or change settings until it is unarchived.
      </ConfirmDialog>
    </Card>
  );
}
