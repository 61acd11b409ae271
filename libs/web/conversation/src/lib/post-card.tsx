import { friendlyMessage, type PostCardFragment } from '@hearth/web/graphql';
import {
  ago,
  Avatar,
  Badge,
  Button,
  ConfirmDialog,
  Dialog,
  EditedAt,
  Notice,
  TextArea,
} from '@hearth/web/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { CommentThread } from './comments';
import { KINDS } from './labels';
import { Markdown } from './markdown';
import { MentionTextArea } from './mention-textarea';
import { PollView } from './poll';
import { Reactions } from './reactions';
import { SeenByDialog } from './seen-by';
import { useAcknowledgePost } from './api/use-acknowledge-post';
import { useApprovePost } from './api/use-approve-post';
import { useDeletePost } from './api/use-delete-post';
import { usePinPost } from './api/use-pin-post';
import { useReactToPost } from './api/use-react-to-post';
import { useRejectPost } from './api/use-reject-post';
import { useRemovePostReaction } from './api/use-remove-post-reaction';
import { useUnpinPost } from './api/use-unpin-post';
import { useUpdatePost } from './api/use-update-post';

/** One post as a card: everything a reader needs, and the actions the viewer is allowed. */
export function PostCard({
  post,
  showGroup = true,
  highlight,
  openComments,
  linkedCommentId,
  onRemoved,
}: {
  post: PostCardFragment;
  showGroup?: boolean;
  highlight?: boolean;
  openComments?: boolean;
  /** A comment to open the thread on (a notification's link). */
  linkedCommentId?: string | null;
  onRemoved?: (id: string) => void;
}) {
  const p = post.viewerPermissions;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [seenOpen, setSeenOpen] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [react, reacting] = useReactToPost();
  const [unreact] = useRemovePostReaction();
  const [update, updating] = useUpdatePost();
  const [remove, removing] = useDeletePost();
  const [pin, pinning] = usePinPost();
  const [unpin, unpinning] = useUnpinPost();
  const [ack, acking] = useAcknowledgePost();
  const [approve, approving] = useApprovePost();
  const error =
    updating.error ??
    removing.error ??
    pinning.error ??
    unpinning.error ??
    acking.error ??
    approving.error;
  const headingId = useId();
  const published = post.status === 'PUBLISHED';
  const mayMenu = p.canEdit || p.canDelete || p.canPin;
  return (
    <article
      className={`h-card h-post ${highlight ? 'h-post--highlight' : ''}`}
      aria-labelledby={headingId}
      data-post-id={post.id}
      data-seen={post.seenByMe ? '' : undefined}
    >
      <header className="h-post__header">
        <Avatar
          name={post.author.displayName}
          initials={post.author.initials}
          src={post.author.avatarUrl}
        />
        <div className="h-post__byline">
          <h3 id={headingId} className="h-post__author">
            <Link to={`/people/${post.author.id}`}>{post.author.displayName}</Link>
            {showGroup && (
              <>
                <span className="h-muted"> in </span>
                <Link to={`/groups/${post.group.slug}`}>{post.group.name}</Link>
              </>
            )}
          </h3>
          <div className="h-row h-muted" style={{ gap: '0.4rem', fontSize: '0.85rem' }}>
            <Link to={`/posts/${post.id}`} className="h-muted">
              <time dateTime={post.publishedAt ?? post.createdAt}>
                {ago(post.publishedAt ?? post.createdAt)}
              </time>
            </Link>
            {post.editedAt && <EditedAt at={post.editedAt} />}
          </div>
        </div>
        <div className="h-row" style={{ gap: '0.3rem', marginLeft: 'auto' }}>
          {post.kind !== 'DISCUSSION' && (
            <Badge tone={post.kind === 'ANNOUNCEMENT' ? 'brand' : undefined}>
              {KINDS[post.kind]}
            </Badge>
          )}
          {post.pinned && <Badge>📌 Pinned</Badge>}
          {post.status === 'PENDING' && <Badge>Waiting for review</Badge>}
          {post.status === 'REJECTED' && <Badge tone="danger">Not approved</Badge>}
          {mayMenu && (
            <PostMenu
              canEdit={p.canEdit && !editing}
              canDelete={p.canDelete}
              canPin={p.canPin}
              pinned={post.pinned}
              onEdit={() => {
                setDraft(post.body);
                setEditing(true);
              }}
              onDelete={() => setConfirmDelete(true)}
              onPin={() =>
                void (post.pinned
                  ? unpin({ variables: { input: { postId: post.id } } })
                  : pin({ variables: { input: { postId: post.id } } }))
              }
            />
          )}
        </div>
      </header>

      {post.status === 'REJECTED' && post.rejectionReason && (
        <Notice tone="error">A moderator did not approve this post: {post.rejectionReason}</Notice>
      )}

      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void update({ variables: { input: { postId: post.id, body: draft } } }).then(() =>
              setEditing(false),
            );
          }}
        >
          <MentionTextArea
            groupId={post.group.id}
            label="Edit post"
            value={draft}
            onValueChange={setDraft}
            rows={4}
          />
          <div className="h-row">
            <Button type="submit" variant="primary" small busy={updating.loading}>
              Save
            </Button>
            <Button small onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Markdown source={post.body} className="h-post__body" />
      )}

      {post.poll && <PollView postId={post.id} poll={post.poll} canVote={p.canReact} />}

      {post.kind === 'QUESTION' && post.acceptedAnswer && (
        <aside className="h-accepted" aria-label="Accepted answer">
          <strong>✓ Accepted answer</strong> from{' '}
          <Link to={`/people/${post.acceptedAnswer.author.id}`}>
            {post.acceptedAnswer.author.displayName}
          </Link>
          <Markdown source={post.acceptedAnswer.body} />
        </aside>
      )}

      {post.needsAcknowledgement && published && (
        <div className="h-ack">
          {post.acknowledgedByMe ? (
            <span className="h-muted">✓ You acknowledged this announcement.</span>
          ) : p.canAcknowledge ? (
            <Button
              variant="primary"
              small
              busy={acking.loading}
              onClick={() => void ack({ variables: { input: { postId: post.id } } })}
            >
              Acknowledge
            </Button>
          ) : null}
          {post.acknowledgeUntil && (
            <span className="h-muted">
              {' '}
              Please acknowledge by {new Date(post.acknowledgeUntil).toLocaleDateString()}.
            </span>
          )}
        </div>
      )}

      {p.canModerate && (
        <div className="h-row">
          <Button
            variant="primary"
            small
            busy={approving.loading}
            onClick={() =>
              void approve({ variables: { input: { postId: post.id } } }).then(() =>
                onRemoved?.(post.id),
              )
            }
          >
            Approve
          </Button>
          <Button small onClick={() => setRejecting(true)}>
            Reject…
          </Button>
        </div>
      )}

      {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}

      {published && (
        <>
          <footer className="h-post__footer">
            <Reactions
              summary={post.reactions}
              canReact={p.canReact}
              busy={reacting.loading}
              onReact={(kind) =>
                void (kind
                  ? react({ variables: { input: { postId: post.id, kind } } })
                  : unreact({ variables: { input: { postId: post.id } } }))
              }
            />
            <span className="h-muted" style={{ marginLeft: 'auto' }}>
              {post.commentCount} {post.commentCount === 1 ? 'comment' : 'comments'} ·{' '}
              {p.canSeeSeenBy ? (
                <button type="button" className="h-link-button" onClick={() => setSeenOpen(true)}>
                  Seen by {post.seenCount}
                </button>
              ) : (
                <>Seen by {post.seenCount}</>
              )}
            </span>
          </footer>
          <CommentThread post={post} startOpen={openComments} linkedCommentId={linkedCommentId} />
        </>
      )}

      <ConfirmDialog
        open={confirmDelete}
        title="Delete this post?"
        confirmLabel="Delete post"
        danger
        busy={removing.loading}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          void remove({
            variables: { input: { postId: post.id } },
            update: (cache) => {
              cache.evict({ id: cache.identify({ __typename: 'Post', id: post.id }) });
              cache.gc();
            },
          }).then(() => {
            setConfirmDelete(false);
            onRemoved?.(post.id);
          })
        }
      >
        It disappears for everyone, with its comments and reactions.
      </ConfirmDialog>
      {seenOpen && <SeenByDialog postId={post.id} onClose={() => setSeenOpen(false)} />}
      {rejecting && (
        <RejectDialog
          postId={post.id}
          onClose={() => setRejecting(false)}
          onDone={() => onRemoved?.(post.id)}
        />
      )}
    </article>
  );
}

function PostMenu({
  canEdit,
  canDelete,
  canPin,
  pinned,
  onEdit,
  onDelete,
  onPin,
}: {
  canEdit: boolean;
  canDelete: boolean;
  canPin: boolean;
  pinned: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onPin: () => void;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onDoc = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDoc);
    return () => document.removeEventListener('mousedown', onDoc);
  }, [open]);
  const item = (label: string, action: () => void) => (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        setOpen(false);
        action();
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="h-menu" ref={ref}>
      <button
        type="button"
        className="h-icon-button"
        aria-label="Post actions"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        ⋯
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          className="h-menu__list"
          tabIndex={-1}
          onKeyDown={(e) => {
            const items = [
              ...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
            ];
            const i = items.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === 'Escape') setOpen(false);
            if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
            if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
          }}
        >
          {canEdit && item('Edit', onEdit)}
          {canPin && item(pinned ? 'Unpin' : 'Pin to top', onPin)}
          {canDelete && item('Delete', onDelete)}
        </div>
      )}
    </div>
  );
}

function RejectDialog({
  postId,
  onClose,
  onDone,
}: {
  postId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const [reject, { loading, error }] = useRejectPost();
  return (
    <Dialog title="Reject this post" open onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void reject({ variables: { input: { postId, reason } } }).then(() => {
            onClose();
            onDone();
          });
        }}
      >
        <TextArea
          label="Reason (the author sees it)"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          maxLength={500}
          error={error ? friendlyMessage(error) : null}
        />
        <div className="h-dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" busy={loading} disabled={!reason.trim()}>
            Reject
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
