import { toGraphDateTime, toIanaZone, toTimeOfDay, toUtcIso } from './graph-time.js';

describe('Graph times', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['tzone://Microsoft/Utc', 'UTC'],
    ['Europe/Prague', 'Europe/Prague'],
    ['Customized Time Zone', null],
    ['Mars/Olympus_Mons', null],
    [null, null],
  ])('reads the zone %s as %s', (name, iana) => {
    expect(toIanaZone(name)).toBe(iana);
  });

  it.each([
    // March 15 2019 is after the US change to daylight time (PDT, -7)
    ['2019-03-15T12:00:00.0000000', 'Pacific Standard Time', '2019-03-15T19:00:00.000Z'],
    ['2019-03-08T12:00:00.0000000', 'Pacific Standard Time', '2019-03-08T20:00:00.000Z'],
    ['2026-11-30T09:00:00.0000000', 'UTC', '2026-11-30T09:00:00.000Z'],
    ['2026-07-01T09:30:00', 'Europe/Berlin', '2026-07-01T07:30:00.000Z'],
    ['2026-03-29T02:30:00', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
  ])('reads %s in %s as %s', (dateTime, timeZone, utc) => {
    expect(toUtcIso({ dateTime, timeZone })).toBe(utc);
  });

  it.each([
    [{ dateTime: 'noon', timeZone: 'UTC' }],
    [{ dateTime: '2019-03-15T12:00:00', timeZone: 'Customized Time Zone' }],
  ])('refuses to guess %j', (value) => {
    expect(() => toUtcIso(value)).toThrow('Unreadable Graph time');
  });

  it.each([
    ['2026-11-30T09:00:00.000Z', 'Europe/Berlin', '2026-11-30T10:00:00', 'Europe/Berlin'],
    [
      '2026-07-01T09:00:00.000Z',
      'Pacific Standard Time',
      '2026-07-01T02:00:00',
      'America/Los_Angeles',
    ],
    ['2026-07-01T09:00:00.000Z', 'Nowhere/Special', '2026-07-01T09:00:00', 'UTC'],
  ])('writes %s on the wall clock of %s', (instant, zone, dateTime, timeZone) => {
    expect(toGraphDateTime(instant, zone)).toEqual({ dateTime, timeZone });
  });

  it.each([
    ['08:00:00.0000000', '08:00'],
    ['17:30', '17:30'],
    ['25:00:00', null],
    [undefined, null],
  ])('reads the time of day %s as %s', (value, time) => {
    expect(toTimeOfDay(value)).toBe(time);
  });
});
