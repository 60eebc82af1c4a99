import fc from 'fast-check';
import { addDays, isValidTimeZone, weekdayOf, zoneClock } from './zoned-time.js';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'UTC',
];

describe('zoneClock', () => {
  it.each([
    ['Europe/London', '2026-01-15T12:00:00Z', 0],
    ['Europe/London', '2026-07-15T12:00:00Z', 60],
    ['America/New_York', '2026-03-08T06:59:00Z', -300],
    ['America/New_York', '2026-03-08T07:00:00Z', -240],
    ['Asia/Kathmandu', '2026-07-15T12:00:00Z', 345],
    ['Australia/Lord_Howe', '2026-01-15T12:00:00Z', 660],
    ['Australia/Lord_Howe', '2026-07-15T12:00:00Z', 630],
  ])('gives the offset of %s at %s', (zone, instant, minutes) => {
    expect(zoneClock(zone).offsetMinutes(Date.parse(instant))).toBe(minutes);
  });

  it('rejects an unknown zone, as isValidTimeZone says', () => {
    expect(() => zoneClock('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
  });

  const minuteInstant = fc
    .integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2037, 11, 31) / 60_000 })
    .map((minutes) => minutes * 60_000);

  it('reads a wall time back to the same wall time, at or before the instant it came from', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), minuteInstant, (zone, instant) => {
        const clock = zoneClock(zone);
        const wall = clock.toWall(instant);
        const back = clock.toUtc(wall);
        expect(clock.toWall(back)).toEqual(wall);
        // Only the second pass through an overlap maps back to the first (at most an hour).
        expect(instant - back).toBeGreaterThanOrEqual(0);
        expect(instant - back).toBeLessThanOrEqual(3_600_000);
      }),
    );
  });

  it('is idempotent on any wall time, moving one in a gap forward by at most an hour', () => {
    const wallArb = fc.record({
      date: minuteInstant.map((ms) => new Date(ms).toISOString().slice(0, 10)),
      time: fc.integer({ min: 0, max: 1439 }).map((m) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
      }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), wallArb, (zone, wall) => {
        const clock = zoneClock(zone);
        const instant = clock.toUtc(wall);
        const shown = clock.toWall(instant);
        expect(clock.toUtc(shown)).toBe(instant);
        const shift =
          Date.parse(`${shown.date}T${shown.time}Z`) - Date.parse(`${wall.date}T${wall.time}Z`);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(3_600_000);
      }),
    );
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01', 'sunday'],
    ['2028-02-28', 1, '2028-02-29', 'tuesday'],
    ['2026-01-01', -1, '2025-12-31', 'wednesday'],
    ['2026-03-29', 0, '2026-03-29', 'sunday'],
  ])('%s plus %i days is %s, a %s', (date, days, expected, weekday) => {
    expect(addDays(date, days)).toBe(expected);
    expect(weekdayOf(expected)).toBe(weekday);
  });
});
