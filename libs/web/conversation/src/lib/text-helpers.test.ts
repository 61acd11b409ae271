import { ago } from './labels';
import { mentionQuery } from './mention-textarea';
import { whoReacted } from './reactions';

describe('mentionQuery', () => {
  it('finds the name being typed after @', () => {
    expect(mentionQuery('Hi @An', 6)).toEqual({ start: 3, search: 'An' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, search: '' });
    expect(mentionQuery('Hi @Ana Lo', 10)).toEqual({ start: 3, search: 'Ana Lo' });
  });

  it('ignores emails and text without @', () => {
    expect(mentionQuery('mail ana@x', 10)).toBeNull();
    expect(mentionQuery('hello', 5)).toBeNull();
  });
});

describe('whoReacted', () => {
  it('names a few and counts the rest', () => {
    expect(whoReacted({ total: 1, mine: null, recentNames: ['Ana'], counts: [] })).toBe('Ana');
    expect(whoReacted({ total: 2, mine: null, recentNames: ['Ana', 'Ben'], counts: [] })).toBe(
      'Ana and Ben',
    );
    expect(
      whoReacted({ total: 5, mine: null, recentNames: ['Ana', 'Ben', 'Cy'], counts: [] }),
    ).toBe('Ana, Ben and 3 others');
  });
});

describe('ago', () => {
  it('speaks like a person', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(ago('2026-11-23T11:59:50Z', now)).toBe('just now');
    expect(ago('2026-11-23T11:55:00Z', now)).toBe('5 minutes ago');
    expect(ago('2026-11-23T09:00:00Z', now)).toBe('3 hours ago');
    expect(ago('2026-11-22T10:00:00Z', now)).toBe('yesterday');
  });
});
