import { LIMITS } from '@hearth/shared/util';
import {
  errorField,
  friendlyMessage,
  type PostKind,
  type PollResultsVisibility,
} from '@hearth/web/graphql';
import {
  Button,
  Checkbox,
  ChipGroup,
  Notice,
  Select,
  TabPanel,
  Tabs,
  TextField,
} from '@hearth/web/ui';
import { useState } from 'react';
import { KINDS } from './labels';
import { Markdown } from './markdown';
import { MentionTextArea } from './mention-textarea';
import { useCreatePost } from './api/use-create-post';

export interface ComposerGroup {
  id: string;
  name: string;
  /** Group admins may announce. */
  canAnnounce: boolean;
}

const EMPTY_OPTIONS = ['', ''];

/** Write a post: kind, Markdown with a preview and @mentions, poll options or acknowledgement. */
export function Composer({ groups, onPosted }: { groups: ComposerGroup[]; onPosted?: () => void }) {
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  const [kind, setKind] = useState<PostKind>('DISCUSSION');
  const [tab, setTab] = useState('write');
  const [body, setBody] = useState('');
  const [options, setOptions] = useState<string[]>(EMPTY_OPTIONS);
  const [multiple, setMultiple] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [results, setResults] = useState<PollResultsVisibility>('AFTER_VOTE');
  const [closesAt, setClosesAt] = useState('');
  const [needsAck, setNeedsAck] = useState(false);
  const [ackUntil, setAckUntil] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  // Until someone starts a post the composer is the kinds and one line (see .h-composer--compact):
  // on a phone the feed then starts in view. It opens for good at the first focus inside it.
  const [engaged, setEngaged] = useState(false);
  const [create, { loading, error }] = useCreatePost();
  if (!group) return null;
  const kinds: Array<{ value: PostKind; label: string }> = (
    [
      'DISCUSSION',
      'QUESTION',
      'POLL',
      ...(group.canAnnounce ? (['ANNOUNCEMENT'] as const) : []),
    ] as PostKind[]
  ).map((k) => ({ value: k, label: KINDS[k] }));
  const field = errorField(error);
  const reset = () => {
    setBody('');
    setOptions(EMPTY_OPTIONS);
    setKind('DISCUSSION');
    setNeedsAck(false);
    setAckUntil('');
    setClosesAt('');
    setTab('write');
  };
  const submit = async () => {
    setNotice(null);
    const res = await create({
      variables: {
        input: {
          groupId: group.id,
          kind,
          body,
          needsAcknowledgement: kind === 'ANNOUNCEMENT' && needsAck,
          acknowledgeUntil:
            kind === 'ANNOUNCEMENT' && needsAck && ackUntil
              ? new Date(ackUntil).toISOString()
              : null,
          poll:
            kind === 'POLL'
              ? {
                  options: options.map((o) => o.trim()).filter(Boolean),
                  multipleChoice: multiple,
                  anonymous,
                  resultsVisibility: results,
                  closesAt: closesAt ? new Date(closesAt).toISOString() : null,
                }
              : null,
        },
      },
    });
    if (res.data?.createPost.status === 'PENDING') {
      setNotice('Thanks! A moderator reviews posts in this group before they appear.');
    }
    reset();
    onPosted?.();
  };
  const compact = !engaged && !body && kind === 'DISCUSSION';
  return (
    <section
      className={compact ? 'h-card h-composer h-composer--compact' : 'h-card h-composer'}
      aria-label="Write a post"
    >
      <form
        onFocus={() => setEngaged(true)}
        onSubmit={(e) => {
          e.preventDefault();
          void submit().catch(() => undefined);
        }}
      >
        <div className="h-row" style={{ justifyContent: 'space-between' }}>
          <ChipGroup
            label="Kind of post"
            options={kinds}
            value={kind}
            onChange={(v) => setKind(v ?? 'DISCUSSION')}
          />
          {groups.length > 1 && (
            <div className="h-composer-more">
              <Select
                label="Post in"
                value={group.id}
                onChange={(e) => setGroupId(e.target.value)}
                options={groups.map((g) => ({ value: g.id, label: g.name }))}
              />
            </div>
          )}
        </div>
        <div className="h-composer-more">
          <Tabs
            label="Editor"
            tabs={[
              { id: 'write', label: 'Write' },
              { id: 'preview', label: 'Preview' },
            ]}
            selected={tab}
            onSelect={setTab}
          />
        </div>
        <TabPanel id={tab}>
          {tab === 'write' ? (
            <MentionTextArea
              groupId={group.id}
              label={
                kind === 'QUESTION'
                  ? 'Your question'
                  : kind === 'POLL'
                    ? 'Your poll question'
                    : 'Your post'
              }
              placeholder={
                kind === 'QUESTION'
                  ? 'Ask the group… (Markdown, @ to mention)'
                  : compact
                    ? 'Share something with the group…'
                    : 'Share something with the group… (Markdown, @ to mention, #hashtags)'
              }
              value={body}
              onValueChange={setBody}
              rows={compact ? 1 : 4}
              maxLength={LIMITS.postBody.max}
              aria-invalid={field === 'body' ? true : undefined}
            />
          ) : (
            <div className="h-preview">
              {body.trim() ? (
                <Markdown source={body} />
              ) : (
                <p className="h-muted">Nothing to preview yet.</p>
              )}
            </div>
          )}
        </TabPanel>
        {kind === 'POLL' && (
          <fieldset className="h-fieldset">
            <legend>Options</legend>
            {options.map((o, i) => (
              <div key={i} className="h-row">
                <TextField
                  label={`Option ${i + 1}`}
                  hideLabel
                  placeholder={`Option ${i + 1}`}
                  value={o}
                  maxLength={LIMITS.pollOptions.labelMax}
                  onChange={(e) =>
                    setOptions(options.map((x, j) => (j === i ? e.target.value : x)))
                  }
                />
                {options.length > LIMITS.pollOptions.min && (
                  <Button
                    small
                    aria-label={`Remove option ${i + 1}`}
                    onClick={() => setOptions(options.filter((_, j) => j !== i))}
                  >
                    ✕
                  </Button>
                )}
              </div>
            ))}
            {options.length < LIMITS.pollOptions.max && (
              <Button small onClick={() => setOptions([...options, ''])}>
                Add an option
              </Button>
            )}
            <Checkbox
              label="People may choose several options"
              checked={multiple}
              onChange={(e) => setMultiple(e.target.checked)}
            />
            <Checkbox
              label="Anonymous: nobody sees who voted"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            <Select
              label="Results visible"
              value={results}
              onChange={(e) => setResults(e.target.value as PollResultsVisibility)}
              options={[
                { value: 'AFTER_VOTE', label: 'To each person once they vote' },
                { value: 'AFTER_CLOSE', label: 'When the poll closes' },
              ]}
            />
            <TextField
              label="Closes (optional)"
              type="datetime-local"
              value={closesAt}
              onChange={(e) => setClosesAt(e.target.value)}
            />
          </fieldset>
        )}
        {kind === 'ANNOUNCEMENT' && (
          <fieldset className="h-fieldset">
            <legend>Announcement</legend>
            <Checkbox
              label="Ask members to acknowledge it (it stays at the top of their feed until they do)"
              checked={needsAck}
              onChange={(e) => setNeedsAck(e.target.checked)}
            />
            {needsAck && (
              <TextField
                label="Acknowledge by (optional)"
                type="datetime-local"
                value={ackUntil}
                onChange={(e) => setAckUntil(e.target.value)}
              />
            )}
          </fieldset>
        )}
        {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
        {notice && <Notice tone="success">{notice}</Notice>}
        <div className="h-row h-composer-more" style={{ justifyContent: 'flex-end' }}>
          <span className="h-muted" aria-live="polite" style={{ fontSize: '0.8rem' }}>
            {body.length > LIMITS.postBody.max - 500 &&
              `${LIMITS.postBody.max - body.length} characters left`}
          </span>
          <Button type="submit" variant="primary" busy={loading} disabled={!body.trim()}>
            Post
          </Button>
        </div>
      </form>
    </section>
  );
}
