import { minutesOfDay, utcToWallTime, wallTimeToUtc } from './zoned-time.js';

describe('wallTimeToUtc', () => {
  it.each([
    ['London, winter', 'Europe/London', '2026-03-28', '09:00', '2026-03-28T09:00:00.000Z'],
    ['London, summer', 'Europe/London', '2026-03-30', '09:00', '2026-03-30T08:00:00.000Z'],
    [
      'London, gap start (01:00 -> 02:00 BST)',
      'Europe/London',
      '2026-03-29',
      '01:00',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'London, in the gap: pushed to 02:30 BST',
      'Europe/London',
      '2026-03-29',
      '01:30',
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'London, just after the gap',
      'Europe/London',
      '2026-03-29',
      '02:00',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'London, twice: the earlier (BST)',
      'Europe/London',
      '2026-10-25',
      '01:30',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'London, after the overlap',
      'Europe/London',
      '2026-10-25',
      '02:00',
      '2026-10-25T02:00:00.000Z',
    ],
    ['New York, winter', 'America/New_York', '2026-03-07', '09:00', '2026-03-07T14:00:00.000Z'],
    [
      'New York, in the gap: 03:30 EDT',
      'America/New_York',
      '2026-03-08',
      '02:30',
      '2026-03-08T07:30:00.000Z',
    ],
    ['New York, summer', 'America/New_York', '2026-03-09', '09:00', '2026-03-09T13:00:00.000Z'],
    [
      'New York, twice: the earlier (EDT)',
      'America/New_York',
      '2026-11-01',
      '01:30',
      '2026-11-01T05:30:00.000Z',
    ],
    ['Kolkata, +05:30', 'Asia/Kolkata', '2026-06-01', '09:30', '2026-06-01T04:00:00.000Z'],
    [
      'Kathmandu, +05:45, previous UTC day',
      'Asia/Kathmandu',
      '2026-01-01',
      '00:00',
      '2025-12-31T18:15:00.000Z',
    ],
    [
      'Lord Howe, 30-minute overlap',
      'Australia/Lord_Howe',
      '2026-04-05',
      '01:45',
      '2026-04-04T14:45:00.000Z',
    ],
    [
      'Los Angeles, summer',
      'America/Los_Angeles',
      '2026-07-01',
      '09:00',
      '2026-07-01T16:00:00.000Z',
    ],
  ])('%s', (_case, zone, date, time, expected) => {
    expect(wallTimeToUtc({ date, time }, zone)).toBe(expected);
  });

  it.each([
    ['an impossible date', { date: '2026-02-30', time: '09:00' }],
    ['a malformed date', { date: '2026-2-3', time: '09:00' }],
    ['24:00', { date: '2026-02-03', time: '24:00' }],
    ['a time with seconds', { date: '2026-02-03', time: '09:00:00' }],
  ])('rejects %s', (_case, wall) => {
    expect(() => wallTimeToUtc(wall, 'Europe/London')).toThrow(RangeError);
  });
});

describe('utcToWallTime', () => {
  it.each([
    [
      'London before the spring gap',
      'Europe/London',
      '2026-03-29T00:59:00Z',
      '2026-03-29',
      '00:59',
      'sunday',
    ],
    [
      'London after the spring gap',
      'Europe/London',
      '2026-03-29T01:00:00Z',
      '2026-03-29',
      '02:00',
      'sunday',
    ],
    [
      'London, first 01:30',
      'Europe/London',
      '2026-10-25T00:30:00Z',
      '2026-10-25',
      '01:30',
      'sunday',
    ],
    [
      'London, second 01:30',
      'Europe/London',
      '2026-10-25T01:30:00Z',
      '2026-10-25',
      '01:30',
      'sunday',
    ],
    [
      'Los Angeles, previous day',
      'America/Los_Angeles',
      '2026-06-02T03:00:00Z',
      '2026-06-01',
      '20:00',
      'monday',
    ],
    ['Kolkata, next day', 'Asia/Kolkata', '2026-06-01T20:00:00Z', '2026-06-02', '01:30', 'tuesday'],
    [
      'an offset instant, seconds dropped',
      'UTC',
      '2026-06-01T09:00:59+02:00',
      '2026-06-01',
      '07:00',
      'monday',
    ],
  ])('%s', (_case, zone, instant, date, time, weekday) => {
    expect(utcToWallTime(instant, zone)).toEqual({
      date,
      time,
      weekday,
      minuteOfDay: minutesOfDay(time),
    });
  });

  it('rejects an unparsable instant', () => {
    expect(() => utcToWallTime('yesterday', 'UTC')).toThrow(RangeError);
  });
});
