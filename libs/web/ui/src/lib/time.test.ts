import { ago } from './time';

describe('ago', () => {
  it('speaks like a person', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(ago('2026-11-23T11:59:50Z', now)).toBe('just now');
    expect(ago('2026-11-23T11:59:00Z', now)).toBe('1 minute ago');
    expect(ago('2026-11-23T11:55:00Z', now)).toBe('5 minutes ago');
    expect(ago('2026-11-23T09:00:00Z', now)).toBe('3 hours ago');
    expect(ago('2026-11-22T10:00:00Z', now)).toBe('yesterday');
    expect(ago('2026-11-20T12:00:00Z', now)).toBe('3 days ago');
  });
});
