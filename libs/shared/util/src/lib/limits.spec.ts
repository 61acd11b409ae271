import { initials, slugify, SLUG_PATTERN } from './limits';

describe('slugify', () => {
  it('lower-cases, strips accents and joins words with dashes', () => {
    expect(slugify('Café Lovers!')).toBe('cafe-lovers');
    expect(slugify('  Platform -- Team  ')).toBe('platform-team');
  });
  it('produces slugs that match the slug pattern', () => {
    expect(SLUG_PATTERN.test(slugify('Hello, World 2026'))).toBe(true);
  });
});

describe('initials', () => {
  it('takes the first and last name', () => {
    expect(initials('Ana María López')).toBe('AL');
    expect(initials('prince')).toBe('P');
    expect(initials('   ')).toBe('?');
  });
});
