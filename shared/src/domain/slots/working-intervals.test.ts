import type { WorkingHours } from '../../contracts/person.js';
import { toInterval } from './slot-candidates.js';
import { workingIntervals } from './working-intervals.js';

const WEEK: WorkingHours['days'] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const hours = (timeZone: string, more: Partial<WorkingHours> = {}): WorkingHours => ({
  days: WEEK,
  startTime: '09:00',
  endTime: '17:30',
  timeZone,
  ...more,
});
const iso = (list: { start: number; end: number }[]) =>
  list.map(
    (i) =>
      `${new Date(i.start).toISOString().slice(5, 16)}/${new Date(i.end).toISOString().slice(11, 16)}`,
  );

describe('workingIntervals', () => {
  it.each<[string, WorkingHours, string, string, string[]]>([
    [
      'London across the spring DST change: 09:00Z, then 08:00Z',
      hours('Europe/London'),
      '2026-03-26T00:00:00Z',
      '2026-03-31T00:00:00Z',
      ['03-26T09:00/17:30', '03-27T09:00/17:30', '03-30T08:00/16:30'],
    ],
    [
      'New York across the spring DST change: 14:00Z, then 13:00Z',
      hours('America/New_York'),
      '2026-03-06T00:00:00Z',
      '2026-03-10T00:00:00Z',
      ['03-06T14:00/22:30', '03-09T13:00/21:30'],
    ],
    [
      'London across the autumn DST change',
      hours('Europe/London'),
      '2026-10-23T00:00:00Z',
      '2026-10-27T00:00:00Z',
      ['10-23T08:00/16:30', '10-26T09:00/17:30'],
    ],
    [
      'Kolkata: the UTC day before its working day',
      hours('Asia/Kolkata', { startTime: '09:30', endTime: '18:00' }),
      '2026-06-01T00:00:00Z',
      '2026-06-02T00:00:00Z',
      ['06-01T04:00/12:30'],
    ],
    [
      'clipped to the range',
      hours('UTC'),
      '2026-06-01T10:00:00Z',
      '2026-06-01T12:00:00Z',
      ['06-01T10:00/12:00'],
    ],
    [
      'part-time Mon-Wed: nothing on Thursday and Friday',
      hours('America/Los_Angeles', { days: ['monday', 'tuesday', 'wednesday'], endTime: '15:00' }),
      '2026-06-04T00:00:00Z',
      '2026-06-06T00:00:00Z',
      [],
    ],
    [
      'an overnight shift, starting the evening before the range',
      hours('UTC', { days: ['sunday', 'monday'], startTime: '22:00', endTime: '06:00' }),
      '2026-06-01T00:00:00Z',
      '2026-06-03T00:00:00Z',
      ['06-01T00:00/06:00', '06-01T22:00/06:00'],
    ],
    [
      'an evening shift to midnight',
      hours('UTC', { days: ['monday'], startTime: '16:00', endTime: '00:00' }),
      '2026-06-01T00:00:00Z',
      '2026-06-03T00:00:00Z',
      ['06-01T16:00/00:00'],
    ],
    [
      'no working days',
      hours('UTC', { days: [] }),
      '2026-06-01T00:00:00Z',
      '2026-06-08T00:00:00Z',
      [],
    ],
    ['an empty range', hours('UTC'), '2026-06-01T12:00:00Z', '2026-06-01T12:00:00Z', []],
  ])('%s', (_case, workingHours, start, end, expected) => {
    expect(iso(workingIntervals(workingHours, toInterval({ start, end })))).toEqual(expected);
  });

  it('rejects an unknown time zone', () => {
    const range = toInterval({ start: '2026-06-01T00:00:00Z', end: '2026-06-02T00:00:00Z' });
    expect(() => workingIntervals(hours('Nowhere/Special'), range)).toThrow(RangeError);
  });
});
