import { absoluteTime, relativeTime } from './relative-time';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('relativeTime', () => {
  it.each([
    [before(10_000), 'now'],
    [before(5 * MINUTE), '5 minutes ago'],
    [before(3 * 60 * MINUTE), '3 hours ago'],
    [before(DAY + 60 * MINUTE), 'yesterday'],
    [before(3 * DAY), '3 days ago'],
    [before(15 * DAY), '2 weeks ago'],
    [before(70 * DAY), '2 months ago'],
    [before(400 * DAY), 'last year'],
    [new Date(NOW.getTime() + 2 * DAY).toISOString(), 'in 2 days'],
  ])('says %s is %s', (instant, words) => {
    expect(relativeTime(instant, NOW, 'en')).toBe(words);
  });
});

describe('absoluteTime', () => {
  it('gives the date with the year, for the tooltip', () => {
    expect(absoluteTime('2026-11-27T10:00:00.000Z', 'en')).toMatch(/Nov 27, 2026/);
  });
});
