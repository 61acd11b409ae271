import { useMutation, useQuery } from '@apollo/client/react';
import { useViewer } from '@hearth/web/graphql';
import { Button, Dialog, Notice, Select, TextField } from '@hearth/web/ui';
import { FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { CREATE_TOWN_HALL, HOSTING_OPTIONS } from './documents';
import { localInputValue } from './labels';
import {
  checkTownHallForm,
  serverErrors,
  type TownHallFormErrors,
  TownHallFormFields,
  type TownHallFormValues,
} from './town-hall-form';

const WHOLE_ORGANISATION = '';
/** With more groups than this, a filter box helps find one. */
export const GROUP_FILTER_FROM = 8;

/** For whom the viewer may hold a town hall, as the API says (nothing while it is loading). */
export function useHostingOptions() {
  const { data, loading, error } = useQuery(HOSTING_OPTIONS);
  const forOrganisation = data?.townHallHostingOptions.forOrganisation ?? false;
  const groups = useMemo(() => data?.townHallHostingOptions.groups ?? [], [data]);
  return {
    forOrganisation,
    groups,
    loading,
    error,
    canCreate: forOrganisation || groups.length > 0,
  };
}

function nextHour(): Date {
  const d = new Date();
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + 1);
  return d;
}

/** Who it is for: the whole organisation (if allowed) or one of the groups the API offers. */
function AudienceChoice({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (groupId: string) => void;
  error: string | null;
}) {
  const hosting = useHostingOptions();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  // The chosen group stays listed whatever the filter, so the select always shows the real choice.
  const shown = hosting.groups.filter(
    (g) => g.id === value || !needle || g.name.toLocaleLowerCase().includes(needle),
  );
  const options = [
    ...(hosting.forOrganisation
      ? [{ value: WHOLE_ORGANISATION, label: 'The whole organisation' }]
      : []),
    ...shown.map((g) => ({ value: g.id, label: `Group: ${g.name}` })),
  ];
  const matches = hosting.groups.filter((g) => g.name.toLocaleLowerCase().includes(needle)).length;
  return (
    <>
      {hosting.groups.length > GROUP_FILTER_FROM && (
        <TextField
          label="Find a group"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          hint={
            needle
              ? `${matches} ${matches === 1 ? 'group matches' : 'groups match'}.`
              : 'Type part of a group’s name to shorten the list below.'
          }
        />
      )}
      <Select
        label="Audience"
        hint="Who can see it, ask and vote. It cannot be changed later."
        value={value}
        onChange={(e) => onChange(e.target.value)}
        options={options}
        error={error}
      />
    </>
  );
}

/** "New town hall": what it is about, who it is for, when, who hosts and moderates, and its rules. */
export function CreateTownHallDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const hosting = useHostingOptions();
  const [values, setValues] = useState<TownHallFormValues>(() => {
    const start = nextHour();
    return {
      title: '',
      description: '',
      startsAt: localInputValue(start),
      endsAt: localInputValue(new Date(start.getTime() + 3_600_000)),
      hosts: [{ id: viewer.id, displayName: viewer.displayName }],
      moderators: [],
      allowAnonymous: true,
      preModerated: true,
      voteBudget: '',
    };
  });
  const [groupId, setGroupId] = useState<string | null>(null);
  const [errors, setErrors] = useState<TownHallFormErrors>({});
  const [create, creating] = useMutation(CREATE_TOWN_HALL, { refetchQueries: ['TownHalls'] });

  // Until one is picked: the whole organisation if allowed, else the first group offered.
  const chosenGroup =
    groupId ?? (hosting.forOrganisation ? WHOLE_ORGANISATION : (hosting.groups[0]?.id ?? ''));
  const server = serverErrors(creating.error, ['audienceGroupId']);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: next, budget, start, end } = checkTownHallForm(values);
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    try {
      const res = await create({
        variables: {
          input: {
            title: values.title.trim(),
            description: values.description.trim(),
            audienceGroupId: chosenGroup || null,
            startsAt: start.toISOString(),
            endsAt: end.toISOString(),
            allowAnonymous: values.allowAnonymous,
            preModerated: values.preModerated,
            voteBudget: budget,
            hostIds: values.hosts.map((h) => h.id),
            moderatorIds: values.moderators.map((m) => m.id),
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
      {server.general && <Notice tone="error">{server.general}</Notice>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TownHallFormFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={errors}
          server={server}
          audience={
            <AudienceChoice
              value={chosenGroup}
              onChange={setGroupId}
              error={server.field === 'audienceGroupId' ? server.message : null}
            />
          }
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
