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
