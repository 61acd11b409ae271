import { useViewer } from '@hearth/web/graphql';
import { Button, Dialog, Notice, Select, TextField, useDebounced } from '@hearth/web/ui';
import { FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { localInputValue } from './labels';
import {
  checkTownHallForm,
  serverErrors,
  type TownHallFormErrors,
  TownHallFormFields,
  type TownHallFormValues,
} from './town-hall-form';
import { useCreateTownHall } from './api/use-create-town-hall';
import { useTownHallHostingOptions } from './api/use-town-hall-hosting-options';

const WHOLE_ORGANISATION = '';
/** With more groups than this, a filter box helps find one. */
export const GROUP_FILTER_FROM = 8;
/** The API is asked for groups matching the search once typing pauses this long. */
export const SEARCH_DEBOUNCE_MS = 250;

/** For whom the viewer may hold a town hall, as the API says (nothing while it is loading). */
export function useHostingOptions() {
  const { data, loading, error } = useTownHallHostingOptions();
  const forOrganisation = data?.townHallHostingOptions.forOrganisation ?? false;
  const groups = useMemo(() => data?.townHallHostingOptions.groups ?? [], [data]);
  return {
    forOrganisation,
    groups,
    moreGroups: data?.townHallHostingOptions.moreGroups ?? false,
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

const groupCount = (n: number) => `${n} ${n === 1 ? 'group matches' : 'groups match'}`;

/**
 * Who it is for: the whole organisation (if allowed) or one of the groups the API offers. The API
 * offers the first groups by name; with more than a few, a search box narrows them at once and asks
 * the API for matches beyond the first ones.
 */
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
  const search = useDebounced(needle, SEARCH_DEBOUNCE_MS);
  const found = useTownHallHostingOptions(search);
  const searched = (found.data ?? found.previousData)?.townHallHostingOptions;
  // The chosen group stays listed whatever the search, so the select always shows the real choice.
  // (It may have been found by an earlier search, or be the form's first group, never picked.)
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const pool = needle && searched ? searched.groups : hosting.groups;
  const matching = pool.filter((g) => !needle || g.name.toLocaleLowerCase().includes(needle));
  const current =
    chosen?.id === value ? chosen : (hosting.groups.find((g) => g.id === value) ?? null);
  const shown =
    current && !matching.some((g) => g.id === current.id) ? [...matching, current] : matching;
  const options = [
    ...(hosting.forOrganisation
      ? [{ value: WHOLE_ORGANISATION, label: 'The whole organisation' }]
      : []),
    ...shown.map((g) => ({ value: g.id, label: `Group: ${g.name}` })),
  ];
  const searching = Boolean(needle) && (needle !== search || found.loading);
  const more = needle ? (searched?.moreGroups ?? false) : hosting.moreGroups;
  return (
    <>
      {(hosting.moreGroups || hosting.groups.length > GROUP_FILTER_FROM) && (
        <TextField
          label="Find a group"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          hint={
            !needle
              ? more
                ? `The first ${hosting.groups.length} groups by name are listed: type part of a name to find any other.`
                : 'Type part of a group’s name to shorten the list below.'
              : searching
                ? 'Searching…'
                : found.error
                  ? 'The search did not reach the server: only the groups already loaded are listed.'
                  : more
                    ? `More than ${matching.length} groups match: type more of the name to narrow them.`
                    : `${groupCount(matching.length)}.`
          }
        />
      )}
      <Select
        label="Audience"
        hint="Who can see it, ask and vote. It cannot be changed later."
        value={value}
        onChange={(e) => {
          const id = e.target.value;
          setChosen(shown.find((g) => g.id === id) ?? null);
          onChange(id);
        }}
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
  const [create, creating] = useCreateTownHall();

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
