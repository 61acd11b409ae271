import { Button, TextField, useDebounced } from '@hearth/web/ui';
import { useId, useState } from 'react';
import { useFindPeople } from './api/use-find-people';

export interface PickedPerson {
  id: string;
  displayName: string;
}

/** Choose one colleague by searching the directory (scales to any company size). */
export function PersonPicker({
  label,
  value,
  onChange,
  excludeId,
  error,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  excludeId?: string;
  error?: string | null;
}) {
  const [search, setSearch] = useState('');
  const [changing, setChanging] = useState(value === null);
  const debounced = useDebounced(search.trim());
  const results = useFindPeople(debounced);
  const listId = useId();
  if (!changing && value) {
    return (
      <fieldset className="h-field">
        <legend>{label}</legend>
        <div className="h-row">
          <strong>{value.displayName}</strong>
          <Button small onClick={() => setChanging(true)}>
            Change
          </Button>
          <Button small variant="ghost" onClick={() => onChange(null)}>
            Remove
          </Button>
        </div>
        {error && <span className="h-field__error">{error}</span>}
      </fieldset>
    );
  }
  const people = (results.data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((p) => p.id !== excludeId);
  return (
    <div>
      <TextField
        label={label}
        type="search"
        hint="Type at least two letters of a name."
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-controls={listId}
        error={error}
      />
      {debounced.length >= 2 && (
        <ul
          id={listId}
          className="h-list"
          aria-label={`Matches for ${label.toLowerCase()}`}
          style={{ marginBottom: '1rem' }}
        >
          {people.map((p) => (
            <li key={p.id} className="h-row">
              <span style={{ flex: 1 }}>
                {p.displayName} {p.title && <span className="h-muted">{p.title}</span>}
              </span>
              <Button
                small
                onClick={() => {
                  onChange({ id: p.id, displayName: p.displayName });
                  setChanging(false);
                  setSearch('');
                }}
              >
                Choose
              </Button>
            </li>
          ))}
          {results.data && people.length === 0 && <li className="h-muted">Nobody matches.</li>}
        </ul>
      )}
    </div>
  );
}
