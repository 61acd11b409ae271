import { CardCache, SharedCard } from './cards.service';

const card = (id: string, version = '1', epoch = '0'): SharedCard =>
  ({ id, version, epoch }) as unknown as SharedCard;

describe('CardCache', () => {
  it('answers only for the exact version and users epoch a card was read with', () => {
    const cache = new CardCache(10);
    const a = card('a', '3', '7');
    cache.set(a);
    expect(cache.get('a', '3', '7')).toBe(a);
    expect(cache.get('a', '4', '7')).toBeUndefined();
    expect(cache.get('a', '2', '7')).toBeUndefined();
    expect(cache.get('a', '3', '8')).toBeUndefined();
    expect(cache.get('b', '3', '7')).toBeUndefined();
  });

  it('replaces a card with the one read later', () => {
    const cache = new CardCache(10);
    cache.set(card('a', '1'));
    const newer = card('a', '2');
    cache.set(newer);
    expect(cache.get('a', '2', '0')).toBe(newer);
    expect(cache.get('a', '1', '0')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used card beyond its capacity', () => {
    const cache = new CardCache(2);
    cache.set(card('a'));
    cache.set(card('b'));
    cache.get('a', '1', '0');
    cache.set(card('c'));
    expect(cache.size).toBe(2);
    expect(cache.get('b', '1', '0')).toBeUndefined();
    expect(cache.get('a', '1', '0')).toBeDefined();
    expect(cache.get('c', '1', '0')).toBeDefined();
  });

  it('keeps nothing with a capacity of 0', () => {
    const cache = new CardCache(0);
    cache.set(card('a'));
    expect(cache.size).toBe(0);
    expect(cache.get('a', '1', '0')).toBeUndefined();
  });
});
