import { friendlyMessage, usePeoplePicker } from '@hearth/web/graphql';
import { Button, TextField } from '@hearth/web/ui';
import { useEffect, useId, useState } from 'react';

export interface Person {
  id: string;
  displayName: string;
}

/**
 * Chooses people by searching the directory: those chosen are listed with a Remove button each;
 * matches appear as the person types (two letters or more), each with an Add button.
 */
export function PeoplePicker({
  label,
  hint,
  chosen,
  onChange,
  max,
  error,
}: {
  label: string;
  hint?: string;
  chosen: Person[];
  onChange: (people: Person[]) => void;
  /** At most this many (1 for a single person: choosing another replaces them). */
  max?: number;
  error?: string | null;
}) {
  const legendId = useId();
  const errorId = useId();
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setDebounced(search.trim()), 250);
    return () => clearTimeout(id);
  }, [search]);
  const people = usePeoplePicker(debounced);
  const matches = (people.data?.users.edges.map((e) => e.node) ?? []).filter(
    (p) => !chosen.some((c) => c.id === p.id),
  );
  // One person: choosing another replaces them. Several: the search goes once the list is full.
  const full = max !== undefined && max > 1 && chosen.length >= max;
  const add = (p: Person) => {
    onChange(max === 1 ? [p] : [...chosen, p]);
    setSearch('');
    setDebounced('');
  };
  return (
    <fieldset
      className="h-field th-picker"
      aria-labelledby={legendId}
      aria-describedby={error ? errorId : undefined}
    >
      <legend id={legendId}>{label}</legend>
      {chosen.length > 0 && (
        <ul className="th-picker__chosen" aria-label={`${label}: chosen`}>
          {chosen.map((p) => (
            <li key={p.id} className="th-picker__person">
              <span>{p.displayName}</span>
              <Button
                small
                variant="ghost"
                aria-label={`Remove ${p.displayName}`}
                onClick={() => onChange(chosen.filter((c) => c.id !== p.id))}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <span id={errorId} className="h-field__error">
          {error}
        </span>
      )}
      {full && <span className="h-field__hint">That is the most there can be ({max}).</span>}
      {!full && (
        <TextField
          label={`Find people for “${label}”`}
          hideLabel
          type="search"
          placeholder="Type a name"
          hint={hint ?? 'Type at least two letters of a name.'}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      )}
      {people.error && <span className="h-field__error">{friendlyMessage(people.error)}</span>}
      {!full && debounced.length >= 2 && people.data && (
        <ul className="h-list th-picker__matches" aria-label={`Matching people for ${label}`}>
          {matches.map((p) => (
            <li key={p.id} className="h-row">
              <span className="th-picker__name">
                {p.displayName} {p.title && <span className="h-muted">{p.title}</span>}
              </span>
              <Button small onClick={() => add(p)} aria-label={`Add ${p.displayName}`}>
                Add
              </Button>
            </li>
          ))}
          {matches.length === 0 && <li className="h-muted">Nobody else matches.</li>}
        </ul>
      )}
    </fieldset>
  );
}
