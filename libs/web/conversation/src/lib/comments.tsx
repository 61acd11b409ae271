import { useApolloClient } from '@apollo/client/react';
import {
  friendlyMessage,
  type CommentFieldsFragment,
  type PostCardFragment,
  type ReplyPageFragment,
} from '@hearth/web/graphql';
import {
  ago,
  Avatar,
  Badge,
  Button,
  ConfirmDialog,
  EditedAt,
  Notice,
  useMore,
} from '@hearth/web/ui';
import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { LinkedCommentContext, useLinkedComment } from './linked-comment';
import { Markdown } from './markdown';
import { MentionTextArea } from './mention-textarea';
import { Reactions } from './reactions';
import { addToThread, markAccepted, removeFromThread } from './thread-cache';
import { useAcceptAnswer } from './api/use-accept-answer';
import { useAddComment } from './api/use-add-comment';
import { useDeleteComment } from './api/use-delete-comment';
import { usePostThread } from './api/use-post-thread';
import { useReactToComment } from './api/use-react-to-comment';
import { useRemoveCommentReaction } from './api/use-remove-comment-reaction';
import { useUpdateComment } from './api/use-update-comment';
import { readCommentReplies } from './api/use-comment-replies';
import { refreshPost } from './api/use-post-refresh';

type Post = Pick<
  PostCardFragment,
  'id' | 'kind' | 'commentCount' | 'latestComments' | 'viewerPermissions' | 'group'
>;

/** Comments read at once when a thread opens, and each time earlier ones are asked for. */
export const COMMENT_PAGE = 50;

/**
 * A post's comments: the two latest as a preview; opened, the latest 50 with their first replies,
 * earlier comments and more replies on request. Comments written, deleted or accepted here change
 * the thread in place (see thread-cache), so nothing already read is lost. Given a linked comment
 * (a notification's link), the thread opens, reads back until it holds it, and shows it marked.
 */
export function CommentThread({
  post,
  startOpen,
  linkedCommentId,
}: {
  post: Post;
  startOpen?: boolean;
  linkedCommentId?: string | null;
}) {
  const [expanded, setExpanded] = useState(Boolean(startOpen || linkedCommentId));
  const thread = usePostThread(post.id, COMMENT_PAGE, !expanded);
  const client = useApolloClient();
  const page = thread.data?.post.comments;
  const readEarlier = (after: string) => thread.fetchMore({ variables: { after } });
  const { loading: loadingEarlier, more: earlier } = useMore(
    readEarlier,
    page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
  );
  // Deleting the linked comment here ends the link: nothing more to find or to say.
  const [linkEnded, setLinkEnded] = useState(false);
  const linked = useLinkedComment(
    post.id,
    linkEnded ? null : linkedCommentId,
    page,
    readEarlier,
    Boolean(thread.error && !page),
  );
  // Read latest first; shown oldest at the top, as a conversation reads.
  const comments: ThreadComment[] = expanded
    ? [...(page?.edges ?? [])].reverse().map((e) => e.node)
    : post.latestComments;
  const hidden = post.commentCount - post.latestComments.length;
  // The card's preview and counts as the server now has them.
  const refreshCard = () => refreshPost(client, post.id);
  const changed = {
    added: (comment: CommentFieldsFragment) => {
      addToThread(client.cache, comment);
      setExpanded(true);
      refreshCard();
    },
    removed: (comment: CommentFieldsFragment) => {
      if (linked.state === 'shown' && [linked.id, linked.parentId].includes(comment.id))
        setLinkEnded(true);
      removeFromThread(client.cache, comment);
      refreshCard();
    },
    accepted: (commentId: string | null) => markAccepted(client.cache, post.id, commentId),
    showReplies: () => setExpanded(true),
  };
  return (
    <section className="h-comments" aria-label="Comments">
      <LinkedStatus linked={linked} />
      {!expanded && hidden > 0 && (
        <button type="button" className="h-link-button" onClick={() => setExpanded(true)}>
          View all {post.commentCount} comments
        </button>
      )}
      {expanded && page?.pageInfo.hasNextPage && (
        <MoreButton
          loading={loadingEarlier}
          busyLabel="Loading earlier comments…"
          onClick={earlier}
        >
          View earlier comments
        </MoreButton>
      )}
      {expanded && thread.loading && !thread.data && <p className="h-muted">Loading comments…</p>}
      {thread.error && (
        <Notice tone="error">
          {friendlyMessage(thread.error)}{' '}
          <Button small onClick={() => void thread.refetch().catch(() => undefined)}>
            Try again
          </Button>
        </Notice>
      )}
      <LinkedCommentContext.Provider value={linked.state === 'shown' ? linked.id : null}>
        <ul className="h-comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <CommentItem comment={c} post={post} changed={changed} replies={c.replies} />
            </li>
          ))}
        </ul>
      </LinkedCommentContext.Provider>
      {post.viewerPermissions.canComment && (
        <CommentBox postId={post.id} groupId={post.group.id} onAdded={changed.added} />
      )}
    </section>
  );
}

/** While the thread is read back to a linked comment, and when it is not there. */
function LinkedStatus({ linked }: { linked: ReturnType<typeof useLinkedComment> }) {
  switch (linked.state) {
    case 'seeking':
      return (
        <p className="h-muted" role="status">
          Finding the comment you followed…
        </p>
      );
    case 'missing':
      return (
        <Notice>
          The comment you followed is not here any more: it was deleted, or you can no longer see
          it.
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="error">
          The comment you followed could not be shown. {friendlyMessage(linked.error)}
        </Notice>
      );
    default:
      return null;
  }
}

/**
 * "View earlier comments", "View N more replies": a quiet button that says while it reads (and
 * stays enabled, so that keyboard focus is not lost; a click while reading does nothing).
 */
function MoreButton({
  loading,
  busyLabel,
  onClick,
  className,
  children,
}: {
  loading: boolean;
  busyLabel: string;
  onClick: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`h-link-button ${className ?? ''}`}
      onClick={() => {
        if (!loading) onClick();
      }}
      aria-busy={loading}
    >
      {loading ? busyLabel : children}
    </button>
  );
}

type ThreadComment = CommentFieldsFragment & { replies?: ReplyPageFragment };

interface ThreadChanges {
  added: (comment: CommentFieldsFragment) => void;
  removed: (comment: CommentFieldsFragment) => void;
  accepted: (commentId: string | null) => void;
  showReplies: () => void;
}

/** A comment's replies shown in the thread, with the rest on request. */
function Replies({
  comment,
  page,
  post,
  changed,
  replyBox,
}: {
  comment: CommentFieldsFragment;
  page: ReplyPageFragment | undefined;
  post: Post;
  changed: ThreadChanges;
  replyBox: ReactNode;
}) {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shown = page?.edges.length ?? 0;
  const more = Math.max(0, comment.replyCount - shown);
  const after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  const loadMore = () => {
    setLoading(true);
    setError(null);
    readCommentReplies(client, comment.id, after)
      .catch((e: unknown) => setError(e))
      .finally(() => setLoading(false));
  };
  if (!page)
    // The preview: replies are in the opened thread.
    return (
      <>
        {comment.replyCount > 0 && (
          <button type="button" className="h-link-button" onClick={changed.showReplies}>
            {comment.replyCount === 1 ? 'View 1 reply' : `View ${comment.replyCount} replies`}
          </button>
        )}
        {replyBox && <ul className="h-comment-list h-comment-list--replies">{replyBox}</ul>}
      </>
    );
  return (
    <>
      {(shown > 0 || replyBox) && (
        <ul className="h-comment-list h-comment-list--replies">
          {page.edges.map(({ node: r }) => (
            <li key={r.id}>
              <CommentItem comment={r} post={post} changed={changed} />
            </li>
          ))}
          {replyBox}
        </ul>
      )}
      {after && (
        <MoreButton
          loading={loading}
          busyLabel="Loading replies…"
          onClick={loadMore}
          className="h-comment__more-replies"
        >
          {more === 0
            ? 'View more replies'
            : more === 1
              ? 'View 1 more reply'
              : `View ${more} more replies`}
        </MoreButton>
      )}
      {error ? <Notice tone="error">{friendlyMessage(error)}</Notice> : null}
    </>
  );
}

function CommentItem({
  comment,
  post,
  replies,
  changed,
}: {
  comment: CommentFieldsFragment;
  post: Post;
  replies?: ReplyPageFragment;
  changed: ThreadChanges;
}) {
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [confirm, setConfirm] = useState(false);
  const [react] = useReactToComment();
  const [unreact] = useRemoveCommentReaction();
  const [update, updating] = useUpdateComment();
  const [remove, removing] = useDeleteComment();
  const [accept, accepting] = useAcceptAnswer();
  const p = comment.viewerPermissions;
  const error = updating.error ?? removing.error ?? accepting.error;
  const linked = useContext(LinkedCommentContext) === comment.id;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // Once, when it is first shown as the linked comment: brought into view and focused.
    if (!linked) return;
    ref.current?.scrollIntoView?.({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [linked]);
  return (
    <article
      ref={ref}
      className={`h-comment ${comment.isAcceptedAnswer ? 'h-comment--accepted' : ''} ${linked ? 'h-comment--linked' : ''}`}
      tabIndex={linked ? -1 : undefined}
      aria-current={linked ? 'true' : undefined}
      aria-label={
        linked ? `Comment by ${comment.author.displayName}, the one you followed` : undefined
      }
    >
      <Avatar
        name={comment.author.displayName}
        initials={comment.author.initials}
        src={comment.author.avatarUrl}
        size={32}
      />
      <div className="h-comment__main">
        <div className="h-comment__bubble">
          <div className="h-row" style={{ gap: '0.4rem' }}>
            <Link to={`/people/${comment.author.id}`} className="h-strong">
              {comment.author.displayName}
            </Link>
            {comment.isAcceptedAnswer && <Badge tone="success">✓ Accepted answer</Badge>}
          </div>
          {editing ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void update({ variables: { input: { commentId: comment.id, body: draft } } }).then(
                  () => setEditing(false),
                );
              }}
            >
              <MentionTextArea
                groupId={post.group.id}
                label="Edit comment"
                value={draft}
                onValueChange={setDraft}
                rows={2}
              />
              <div className="h-row">
                <Button type="submit" small variant="primary" busy={updating.loading}>
                  Save
                </Button>
                <Button small onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              </div>
            </form>
          ) : (
            <Markdown source={comment.body} />
          )}
        </div>
        <div className="h-comment__meta h-row">
          <span className="h-muted">
            <time dateTime={comment.createdAt}>{ago(comment.createdAt)}</time>
            {comment.editedAt && <EditedAt at={comment.editedAt} />}
          </span>
          <Reactions
            compact
            summary={comment.reactions}
            canReact={p.canReact}
            onReact={(kind) =>
              void (kind
                ? react({ variables: { input: { commentId: comment.id, kind } } })
                : unreact({ variables: { input: { commentId: comment.id } } }))
            }
          />
          {p.canReply && (
            <button type="button" className="h-link-button" onClick={() => setReplying((r) => !r)}>
              Reply
            </button>
          )}
          {post.kind === 'QUESTION' &&
            post.viewerPermissions.canAcceptAnswer &&
            comment.parentId === null && (
              <button
                type="button"
                className="h-link-button"
                onClick={() =>
                  void accept({
                    variables: {
                      input: {
                        postId: post.id,
                        commentId: comment.isAcceptedAnswer ? null : comment.id,
                      },
                    },
                  }).then((r) => changed.accepted(r.data?.acceptAnswer.acceptedAnswer?.id ?? null))
                }
              >
                {comment.isAcceptedAnswer ? 'Unmark answer' : 'Mark as answer'}
              </button>
            )}
          {p.canEdit && !editing && (
            <button type="button" className="h-link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {p.canDelete && (
            <button type="button" className="h-link-button" onClick={() => setConfirm(true)}>
              Delete
            </button>
          )}
        </div>
        {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
        {comment.parentId === null && (
          <Replies
            comment={comment}
            page={replies}
            post={post}
            changed={changed}
            replyBox={
              replying && (
                <li>
                  <CommentBox
                    postId={post.id}
                    groupId={post.group.id}
                    parentId={comment.id}
                    focusOnMount
                    onAdded={(reply) => {
                      setReplying(false);
                      changed.added(reply);
                    }}
                  />
                </li>
              )
            }
          />
        )}
      </div>
      <ConfirmDialog
        open={confirm}
        title="Delete this comment?"
        confirmLabel="Delete"
        danger
        busy={removing.loading}
        onCancel={() => setConfirm(false)}
        onConfirm={() =>
          void remove({ variables: { input: { commentId: comment.id } } }).then(() => {
            setConfirm(false);
            changed.removed(comment);
          })
        }
      >
        {comment.replyCount > 0 ? 'Its replies will be removed too.' : 'This cannot be undone.'}
      </ConfirmDialog>
    </article>
  );
}

function CommentBox({
  postId,
  groupId,
  parentId,
  focusOnMount,
  onAdded,
}: {
  postId: string;
  groupId: string;
  parentId?: string;
  focusOnMount?: boolean;
  onAdded: (comment: CommentFieldsFragment) => void;
}) {
  const [body, setBody] = useState('');
  const [add, { loading, error }] = useAddComment();
  return (
    <form
      className="h-comment-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        void add({ variables: { input: { postId, parentId: parentId ?? null, body } } }).then(
          (r) => {
            if (!r.data) return;
            setBody('');
            onAdded(r.data.addComment);
          },
        );
      }}
    >
      <MentionTextArea
        groupId={groupId}
        label={parentId ? 'Write a reply' : 'Write a comment'}
        placeholder={parentId ? 'Write a reply…' : 'Write a comment…'}
        value={body}
        onValueChange={setBody}
        rows={1}
        focusOnMount={focusOnMount}
      />
      <Button type="submit" small variant="primary" busy={loading} disabled={!body.trim()}>
        {parentId ? 'Reply' : 'Comment'}
      </Button>
      {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
    </form>
  );
}
