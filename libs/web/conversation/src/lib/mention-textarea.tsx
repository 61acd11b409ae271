import { Avatar } from '@hearth/web/ui';
import { KeyboardEvent, TextareaHTMLAttributes, useEffect, useId, useRef, useState } from 'react';
import { useMentionCandidates } from './api/use-mention-candidates';

/** The "@word" being typed just before the caret, if any. */
export function mentionQuery(
  text: string,
  caret: number,
): { start: number; search: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|\s)@([\p{L}\p{N}'’ -]{0,30})$/u.exec(before);
  if (!m || (m[2] ?? '').includes('  ')) return null;
  return { start: caret - (m[2] ?? '').length - 1, search: (m[2] ?? '').trim() };
}

/**
 * A textarea that suggests people to mention after "@": only people who can read the group.
 * Arrow keys move through the suggestions, Enter or Tab inserts `@[Name](id)`, Escape dismisses.
 */
export function MentionTextArea({
  groupId,
  value,
  onValueChange,
  label,
  id,
  focusOnMount,
  ...rest
}: {
  groupId: string;
  /** Focus the field when it appears (e.g. after "Reply"), without the autofocus attribute. */
  focusOnMount?: boolean;
  value: string;
  onValueChange: (v: string) => void;
  label: string;
  id?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const auto = useId();
  const fieldId = id ?? auto;
  const listId = `${fieldId}-mentions`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; search: string } | null>(null);
  const [active, setActive] = useState(0);
  const { data } = useMentionCandidates(groupId, query ? query.search : null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  const people = query ? (data?.mentionCandidates ?? []) : [];
  const open = query !== null && people.length > 0;

  const update = (text: string, caret: number) => {
    onValueChange(text);
    setQuery(mentionQuery(text, caret));
    setActive(0);
  };
  const insert = (person: { id: string; displayName: string }) => {
    if (!query || !ref.current) return;
    const caret = ref.current.selectionStart;
    const token = `@[${person.displayName}](${person.id}) `;
    const next = value.slice(0, query.start) + token + value.slice(caret);
    onValueChange(next);
    setQuery(null);
    const pos = query.start + token.length;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + people.length) % people.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      const person = people[active];
      if (person) {
        e.preventDefault();
        insert(person);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setQuery(null);
    }
  };
  return (
    <div className="h-field h-mention-field">
      <label htmlFor={fieldId} className="h-visually-hidden">
        {label}
      </label>
      <textarea
        {...rest}
        ref={ref}
        id={fieldId}
        value={value}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="People to mention"
        className="h-mention-list"
        hidden={!open}
      >
        {people.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              insert(p);
            }}
          >
            <Avatar name={p.displayName} initials={p.initials} src={p.avatarUrl} size={24} />
            <span>{p.displayName}</span>
            {p.title && <span className="h-muted"> · {p.title}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
