import { backoffMs, parseRetryAfterMs, retryDelayMs, retryPolicy } from './graph-retry.js';

describe('Graph retry policy', () => {
  const policy = retryPolicy({ random: () => 0.5, sleep: () => Promise.resolve() });

  it.each([
    ['10', 10_000],
    ['2.128', 2128],
    ['0', 0],
    ['-1', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    ['Fri, 27 Nov 2026 12:00:30 GMT', 30_000],
  ])('reads Retry-After %j as %j ms', (value, ms) => {
    expect(parseRetryAfterMs(value, Date.parse('2026-11-27T12:00:00Z'))).toBe(ms);
  });

  it.each([
    [1, 375],
    [2, 750],
    [3, 1500],
    [6, 6000], // capped at 8 s before jitter
  ])('backs off after try %i by %i ms (random 0.5)', (attempt, ms) => {
    expect(backoffMs(policy, attempt)).toBe(ms);
  });

  it('keeps jitter between half and the whole step', () => {
    expect(backoffMs({ ...policy, random: () => 0 }, 2)).toBe(500);
    expect(backoffMs({ ...policy, random: () => 0.999999 }, 2)).toBe(1000);
  });

  it.each([
    ['429 with Retry-After', 1, 429, '10', 10_000],
    ['429 without Retry-After', 1, 429, null, 375],
    ['429 asking longer than 30 s', 1, 429, '31', null],
    ['503', 2, 503, null, 750],
    ['503 with Retry-After', 1, 503, '3', 3000],
    ['504', 1, 504, null, 375],
    ['no answer', 1, 0, null, 375],
    ['the last try', 4, 503, null, null],
    ['500', 1, 500, null, null],
    ['404', 1, 404, null, null],
    ['200', 1, 200, null, null],
  ])('after %s waits %j', (_, attempt, status, retryAfter, delay) => {
    expect(retryDelayMs(policy, attempt, status, retryAfter)).toBe(delay);
  });
});
