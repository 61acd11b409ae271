import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  friendlyMessage,
  type CommentFieldsFragment,
  type PostCardFragment,
} from '@hearth/web/graphql';
import { ago, Avatar, Badge, Button, ConfirmDialog, Notice } from '@hearth/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  ACCEPT_ANSWER,
  ADD_COMMENT,
  DELETE_COMMENT,
  POST_THREAD,
  REACT_TO_COMMENT,
  REMOVE_COMMENT_REACTION,
  UPDATE_COMMENT,
} from './documents';
import { Markdown } from './markdown';
import { MentionTextArea } from './mention-textarea';
import { Reactions } from './reactions';

type Post = Pick<
  PostCardFragment,
  'id' | 'kind' | 'commentCount' | 'latestComments' | 'viewerPermissions' | 'group'
>;

/** A post's comments: the two latest as a preview, the whole thread (with replies) on request. */
export function CommentThread({ post, startOpen }: { post: Post; startOpen?: boolean }) {
  const [expanded, setExpanded] = useState(Boolean(startOpen));
  const thread = useQuery(POST_THREAD, { variables: { id: post.id }, skip: !expanded });
  const client = useApolloClient();
  const comments = expanded
    ? (thread.data?.post.comments.edges.map((e) => e.node) ?? [])
    : post.latestComments.map((c) => ({ ...c, replies: [] as CommentFieldsFragment[] }));
  const hidden = post.commentCount - post.latestComments.length;
  const afterChange = async (delta: number) => {
    client.cache.modify({
      id: client.cache.identify({ __typename: 'Post', id: post.id }),
      fields: { commentCount: (n: number) => Math.max(0, n + delta) },
    });
    if (expanded) await thread.refetch();
    else setExpanded(true);
  };
  return (
    <section className="h-comments" aria-label="Comments">
      {!expanded && hidden > 0 && (
        <button type="button" className="h-link-button" onClick={() => setExpanded(true)}>
          View all {post.commentCount} comments
        </button>
      )}
      {expanded && thread.loading && !thread.data && <p className="h-muted">Loading comments…</p>}
      {thread.error && <Notice tone="error">{friendlyMessage(thread.error)}</Notice>}
      <ul className="h-comment-list">
        {comments.map((c) => (
          <li key={c.id}>
            <CommentItem comment={c} post={post} onChanged={afterChange} replies={c.replies} />
          </li>
        ))}
      </ul>
      {post.viewerPermissions.canComment && (
        <CommentBox postId={post.id} groupId={post.group.id} onAdded={() => void afterChange(1)} />
      )}
    </section>
  );
}

function CommentItem({
  comment,
  post,
  replies,
  onChanged,
}: {
  comment: CommentFieldsFragment;
  post: Post;
  replies: CommentFieldsFragment[];
  onChanged: (delta: number) => Promise<void>;
}) {
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [confirm, setConfirm] = useState(false);
  const [react] = useMutation(REACT_TO_COMMENT);
  const [unreact] = useMutation(REMOVE_COMMENT_REACTION);
  const [update, updating] = useMutation(UPDATE_COMMENT);
  const [remove, removing] = useMutation(DELETE_COMMENT);
  const [accept, accepting] = useMutation(ACCEPT_ANSWER);
  const p = comment.viewerPermissions;
  const error = updating.error ?? removing.error ?? accepting.error;
  return (
    <article className={`h-comment ${comment.isAcceptedAnswer ? 'h-comment--accepted' : ''}`}>
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
            {comment.editedAt && ' · edited'}
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
                  }).then(() => onChanged(0))
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
        {(replies.length > 0 || replying) && (
          <ul className="h-comment-list h-comment-list--replies">
            {replies.map((r) => (
              <li key={r.id}>
                <CommentItem comment={r} post={post} replies={[]} onChanged={onChanged} />
              </li>
            ))}
            {replying && (
              <li>
                <CommentBox
                  postId={post.id}
                  groupId={post.group.id}
                  parentId={comment.id}
                  focusOnMount
                  onAdded={() => {
                    setReplying(false);
                    void onChanged(1);
                  }}
                />
              </li>
            )}
          </ul>
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
            return onChanged(-1 - comment.replyCount);
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
  onAdded: () => void;
}) {
  const [body, setBody] = useState('');
  const [add, { loading, error }] = useMutation(ADD_COMMENT);
  return (
    <form
      className="h-comment-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        void add({ variables: { input: { postId, parentId: parentId ?? null, body } } }).then(
          () => {
            setBody('');
            onAdded();
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
