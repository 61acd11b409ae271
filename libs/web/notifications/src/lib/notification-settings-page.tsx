import {
  friendlyMessage,
  type NotificationLevel,
  type NotificationPreferencesQuery,
} from '@hearth/web/graphql';
import {
  Card,
  Checkbox,
  ErrorState,
  LoadingState,
  PageHeader,
  Select,
  usePageTitle,
} from '@hearth/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useNotificationPreferences } from './api/use-notification-preferences';
import { useSetGroupNotificationLevel } from './api/use-set-group-notification-level';
import { useSetNotificationKindMuted } from './api/use-set-notification-kind-muted';
import { ACTIVITY_KINDS, DECISION_KINDS, type KindInfo, LEVELS, levelLabel } from './labels';

type GroupLevel = NotificationPreferencesQuery['notificationPreferences']['groups'][number];

/** The outcome of the last change, shown beside the control that made it. */
interface Feedback {
  key: string;
  tone: 'saved' | 'error';
  message: string;
}

/** Beside each control: always in the page, so screen readers hear what is put in it. */
function SaveStatus({ feedback, id }: { feedback: Feedback | null; id: string }) {
  const mine = feedback?.key === id ? feedback : null;
  return (
    <span
      className={`h-save-status ${mine?.tone === 'error' ? 'h-save-status--error' : ''}`}
      role={mine?.tone === 'error' ? 'alert' : 'status'}
    >
      {mine?.tone === 'saved' && <span aria-hidden="true">✓ </span>}
      {mine?.message}
    </span>
  );
}

/**
 * What you are told about, and how much each of your groups tells you. Every change is saved at
 * once (and shows at once); if saving fails, the control goes back and says why.
 */
export function NotificationSettingsPage() {
  usePageTitle('Notification settings');
  const { data, loading, error, refetch } = useNotificationPreferences();
  const setKindMuted = useSetNotificationKindMuted();
  const setGroupLevel = useSetGroupNotificationLevel();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  if (loading && !data) return <LoadingState label="Loading your notification settings…" />;
  if (!data) return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  const prefs = data.notificationPreferences;

  const setKind = async (info: KindInfo, on: boolean) => {
    const key = `kind:${info.kind}`;
    setFeedback(null);
    try {
      await setKindMuted(prefs, info.kind, !on);
      setFeedback({ key, tone: 'saved', message: 'Saved' });
    } catch (e) {
      setFeedback({
        key,
        tone: 'error',
        message: `Not saved: ${friendlyMessage(e)}`,
      });
    }
  };

  const setLevel = async (group: GroupLevel, level: NotificationLevel) => {
    const key = `group:${group.groupId}`;
    setFeedback(null);
    try {
      await setGroupLevel(group, level);
      setFeedback({ key, tone: 'saved', message: `Saved: ${levelLabel(level)}` });
    } catch (e) {
      setFeedback({ key, tone: 'error', message: `Not saved: ${friendlyMessage(e)}` });
    }
  };

  const kindList = (kinds: KindInfo[]) => (
    <ul className="h-pref-list">
      {kinds.map((info) => (
        <li key={info.kind} className="h-pref-row">
          <Checkbox
            label={info.label}
            hint={info.hint}
            checked={!prefs.mutedKinds.includes(info.kind)}
            onChange={(e) => void setKind(info, e.target.checked)}
          />
          <SaveStatus feedback={feedback} id={`kind:${info.kind}`} />
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <PageHeader
        title="Notification settings"
        description="Choose what Hearth tells you about. Changes are saved as you make them."
        actions={<Link to="/notifications">Your notifications</Link>}
      />
      <div className="h-pref-sections">
        <Card as="section">
          <h2>Your groups</h2>
          <p className="h-muted">How much each group tells you:</p>
          <dl className="h-pref-levels">
            {LEVELS.map((l) => (
              <div key={l.value}>
                <dt>{l.label}</dt>
                <dd>{l.description}.</dd>
              </div>
            ))}
          </dl>
          {prefs.groups.length === 0 ? (
            <p>
              You are not in any groups yet. <Link to="/groups">Find a group to join</Link>.
            </p>
          ) : (
            <ul className="h-pref-list">
              {prefs.groups.map((g) => (
                <li key={g.groupId} className="h-pref-row h-pref-row--group">
                  <Select
                    label={g.groupName}
                    value={g.level}
                    onChange={(e) => void setLevel(g, e.target.value as NotificationLevel)}
                    options={LEVELS.map((l) => ({ value: l.value, label: l.label }))}
                  />
                  <SaveStatus feedback={feedback} id={`group:${g.groupId}`} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card as="section">
          <h2>Activity in your groups</h2>
          <p className="h-muted">Turn a kind off and it stops in every group.</p>
          {kindList(ACTIVITY_KINDS)}
        </Card>
        <Card as="section">
          <h2>Decisions about you</h2>
          <p className="h-muted">These reach you even from groups you have turned off.</p>
          {kindList(DECISION_KINDS)}
        </Card>
      </div>
    </>
  );
}
