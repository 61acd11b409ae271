import { useMutation, useQuery } from '@apollo/client/react';
import { errorField, friendlyMessage, useViewer } from '@hearth/web/graphql';
import { Button, Checkbox, Dialog, Notice, Select, TextArea, TextField } from '@hearth/web/ui';
import { FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { AUDIENCE_GROUPS, CREATE_TOWN_HALL } from './documents';
import { localInputValue } from './labels';
import { Person, PeoplePicker } from './people-picker';

/** The API's limits. */
export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 150;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const VOTE_BUDGET_MAX = 100;
export const HOSTS_MAX = 10;
export const MODERATORS_MAX = 20;
const WHOLE_ORGANISATION = '';

/** HR and org admins hold town halls for anyone; group admins and owners for their groups. */
export const isOrgWide = (orgRole: string): boolean => orgRole === 'HR' || orgRole === 'ADMIN';

/** Groups the viewer may hold a town hall for. */
export function useAudienceGroups() {
  const viewer = useViewer();
  const orgWide = isOrgWide(viewer.orgRole);
  const { data, loading } = useQuery(AUDIENCE_GROUPS, { variables: { mine: !orgWide } });
  const groups = useMemo(
    () =>
      (data?.groups.edges.map((e) => e.node) ?? []).filter(
        (g) => orgWide || g.viewerRole === 'ADMIN' || g.viewerRole === 'OWNER',
      ),
    [data, orgWide],
  );
  return { orgWide, groups, loading, canCreate: orgWide || groups.length > 0 };
}

function nextHour(): Date {
  const d = new Date();
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + 1);
  return d;
}

type Errors = Partial<Record<'title' | 'startsAt' | 'endsAt' | 'hostIds' | 'voteBudget', string>>;

/** "New town hall": what it is about, who it is for, when, who hosts and moderates, and its rules. */
export function CreateTownHallDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const audience = useAudienceGroups();
  const [start] = useState(nextHour);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [groupId, setGroupId] = useState(WHOLE_ORGANISATION);
  const [startsAt, setStartsAt] = useState(localInputValue(start));
  const [endsAt, setEndsAt] = useState(localInputValue(new Date(start.getTime() + 3_600_000)));
  const [hosts, setHosts] = useState<Person[]>([
    { id: viewer.id, displayName: viewer.displayName },
  ]);
  const [moderators, setModerators] = useState<Person[]>([]);
  const [allowAnonymous, setAllowAnonymous] = useState(true);
  const [preModerated, setPreModerated] = useState(true);
  const [voteBudget, setVoteBudget] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [create, creating] = useMutation(CREATE_TOWN_HALL, { refetchQueries: ['TownHalls'] });

  const audienceOptions = [
    ...(audience.orgWide ? [{ value: WHOLE_ORGANISATION, label: 'The whole organisation' }] : []),
    ...audience.groups.map((g) => ({ value: g.id, label: `Group: ${g.name}` })),
  ];
  const chosenGroup =
    audience.orgWide || groupId !== WHOLE_ORGANISATION ? groupId : (audience.groups[0]?.id ?? '');

  const serverField = errorField(creating.error);
  const serverMessage = creating.error ? friendlyMessage(creating.error) : null;
  const errorFor = (field: keyof Errors) =>
    errors[field] ?? (serverField === field ? serverMessage : null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const budget = voteBudget.trim() === '' ? null : Number(voteBudget);
    const start = new Date(startsAt);
    const end = new Date(endsAt);
    const next: Errors = {
      title:
        title.trim().length >= TITLE_MIN_LENGTH
          ? undefined
          : `Give the town hall a title of at least ${TITLE_MIN_LENGTH} characters.`,
      startsAt: Number.isNaN(start.getTime()) ? 'Choose when it starts.' : undefined,
      endsAt:
        Number.isNaN(end.getTime()) || end <= start ? 'It must end after it starts.' : undefined,
      hostIds: hosts.length ? undefined : 'Choose at least one host.',
      voteBudget:
        budget !== null && (!Number.isInteger(budget) || budget < 1 || budget > VOTE_BUDGET_MAX)
          ? `A whole number from 1 to ${VOTE_BUDGET_MAX}, or leave it empty for no limit.`
          : undefined,
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    try {
      const res = await create({
        variables: {
          input: {
            title: title.trim(),
            description: description.trim(),
            audienceGroupId: chosenGroup || null,
            startsAt: start.toISOString(),
            endsAt: end.toISOString(),
            allowAnonymous,
            preModerated,
            voteBudget: budget,
            hostIds: hosts.map((h) => h.id),
            moderatorIds: moderators.map((m) => m.id),
          },
        },
      });
      if (res.data) {
        onClose();
        await navigate(`/town-halls/${res.data.createTownHall.id}`);
      }
    } catch {
      // shown from creating.error
    }
  };

  return (
    <Dialog title="New town hall" open={open} onClose={onClose}>
      {serverMessage && !serverField && <Notice tone="error">{serverMessage}</Notice>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label="Title"
          required
          maxLength={TITLE_MAX_LENGTH}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          hint="For example “Q3 all-hands” or “Ask the leadership team”."
          error={errorFor('title')}
        />
        <TextArea
          label="Description"
          maxLength={DESCRIPTION_MAX_LENGTH}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <Select
          label="Audience"
          hint="Who can see it, ask and vote."
          value={chosenGroup}
          onChange={(e) => setGroupId(e.target.value)}
          options={audienceOptions}
          error={serverField === 'audienceGroupId' ? serverMessage : null}
        />
        <div className="th-dates">
          <TextField
            label="Starts"
            type="datetime-local"
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
            error={errorFor('startsAt')}
          />
          <TextField
            label="Ends"
            type="datetime-local"
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
            error={errorFor('endsAt')}
          />
        </div>
        <PeoplePicker
          label="Hosts"
          hint="They answer questions and run the session. Type two letters of a name."
          chosen={hosts}
          onChange={setHosts}
          max={HOSTS_MAX}
          error={errorFor('hostIds')}
        />
        <PeoplePicker
          label="Moderators"
          hint="They publish, reject and merge questions. Type two letters of a name."
          chosen={moderators}
          onChange={setModerators}
          max={MODERATORS_MAX}
          error={serverField === 'moderatorIds' ? serverMessage : null}
        />
        <Checkbox
          label="Allow anonymous questions"
          hint="Nobody, moderators included, sees who asked an anonymous question."
          checked={allowAnonymous}
          onChange={(e) => setAllowAnonymous(e.target.checked)}
        />
        <Checkbox
          label="Moderate questions before they are published"
          checked={preModerated}
          onChange={(e) => setPreModerated(e.target.checked)}
        />
        <TextField
          label="Votes per person"
          type="number"
          inputMode="numeric"
          min={1}
          max={VOTE_BUDGET_MAX}
          value={voteBudget}
          onChange={(e) => setVoteBudget(e.target.value)}
          hint="Leave empty for no limit."
          error={errorFor('voteBudget')}
        />
        <div className="h-dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={creating.loading}>
            Create town hall
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
