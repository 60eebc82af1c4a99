import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  let now: number;
  let cache: TtlCache<string>;

  beforeEach(() => {
    now = 1_000;
    cache = new TtlCache<string>(2, () => now);
  });

  it('serves a value until the instant it expires, then forgets it', () => {
    cache.set('a', 'A', 1_100);
    now = 1_099;
    expect(cache.get('a')).toBe('A');
    now = 1_100;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest entry when full and nothing has expired', () => {
    cache.set('a', 'A', 9_999);
    cache.set('b', 'B', 9_999);
    cache.set('c', 'C', 9_999);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 'B', 'C']);
  });

  it('drops expired entries before live ones when full', () => {
    cache.set('live', 'L', 9_999);
    cache.set('stale', 'S', 1_050);
    now = 1_060;
    cache.set('new', 'N', 9_999);
    expect([cache.get('live'), cache.get('new'), cache.size]).toEqual(['L', 'N', 2]);
  });

  it('treats setting a key again as the newest entry', () => {
    cache.set('a', 'A', 9_999);
    cache.set('b', 'B', 9_999);
    cache.set('a', 'A2', 9_999);
    cache.set('c', 'C', 9_999);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A2', undefined, 'C']);
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['unconditionally', undefined, undefined],
    ['while it holds that value', 'A', undefined],
    ['not when it holds another value', 'other', 'A'],
  ])('deletes %s', (_case, only, left) => {
    cache.set('a', 'A', 9_999);
    cache.delete('a', only);
    expect(cache.get('a')).toBe(left);
  });

  it.each([[0], [-1], [Number.NaN]])('refuses maxEntries %p', (max) => {
    expect(() => new TtlCache(max, () => 0)).toThrow(/maxEntries/);
  });
});
