import { scheduleMany, type ScheduleManyInput, type ScheduledMeeting } from './schedule-many.js';
import type { SlotRange } from './slot-types.js';
import { testAttendee as person } from './test-attendee.js';

/** Times of day on Monday 1 June 2026, UTC. */
const range = (start: string, end: string): SlotRange => ({
  start: `2026-06-01T${start}:00.000Z`,
  end: `2026-06-01T${end}:00.000Z`,
});
const booked = (personId: string, start: string, end: string): ScheduledMeeting => ({
  personId,
  slot: range(start, end),
});

// Monday 1 June 2026, 09:00-11:00 in London (BST): room for exactly two one-hour meetings.
const organizer = person('boss', 'Europe/London');
const base = { organizer, window: range('08:00', '10:00'), durationMinutes: 60 };
const flexible = person('flex', 'Europe/London');
const lateOnly = (id: string) => person(id, 'Europe/London', {}, [range('08:00', '09:00')]);

describe('scheduleMany', () => {
  it.each<[string, ScheduleManyInput, ScheduledMeeting[]]>([
    [
      'one person: the best time (10:00 London)',
      { ...base, people: [flexible] },
      [booked('flex', '09:00', '10:00')],
    ],
    [
      'the most constrained chooses first, although listed last',
      { ...base, people: [flexible, lateOnly('late')] },
      [booked('flex', '08:00', '09:00'), booked('late', '09:00', '10:00')],
    ],
    [
      'equally constrained: the first listed wins; the other is told who took the time',
      { ...base, people: [lateOnly('l1'), lateOnly('l2')] },
      [
        booked('l1', '09:00', '10:00'),
        {
          personId: 'l2',
          reason: 'Every time that suits both boss and l2 is taken by the meetings with l1',
        },
      ],
    ],
    [
      'no overlap with the organizer: the reason in words',
      {
        ...base,
        window: { start: '2026-06-01T00:00:00Z', end: '2026-06-02T00:00:00Z' },
        organizer: person('boss', 'America/Los_Angeles'),
        people: [person('eva', 'Asia/Kolkata', { startTime: '09:30', endTime: '18:00' })],
      },
      [
        {
          personId: 'eva',
          reason:
            'Mon-Fri 09:00-17:30 America/Los_Angeles (boss) and Mon-Fri 09:30-18:00 Asia/Kolkata (eva) do not overlap in the window',
        },
      ],
    ],
    [
      'the organizer busy: nobody',
      {
        ...base,
        organizer: person('boss', 'Europe/London', {}, [range('08:00', '10:00')]),
        people: [flexible],
      },
      [
        {
          personId: 'flex',
          reason:
            'Everyone is busy: no time in the shared working hours is free for a 60-minute meeting (busy: boss)',
        },
      ],
    ],
    ['nobody to meet', { ...base, people: [] }, []],
  ])('%s', (_case, input, expected) => {
    expect(scheduleMany(input)).toEqual(expected);
  });

  it('books a whole team in one day without double-booking the organizer', () => {
    const team = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id, 'Europe/Berlin'));
    const day = { start: '2026-06-01T00:00:00Z', end: '2026-06-02T00:00:00Z' };
    const outcomes = scheduleMany({ organizer, people: team, window: day, durationMinutes: 45 });
    expect(outcomes.map((o) => o.personId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const starts = outcomes.map((o) => Date.parse(o.slot?.start ?? '')).sort((x, y) => x - y);
    expect(starts.every((start) => Number.isFinite(start))).toBe(true);
    const gaps = starts.slice(1).map((start, i) => start - (starts[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(45 * 60_000);
  });

  it('rejects what findSlots rejects', () => {
    expect(() => scheduleMany({ ...base, people: [flexible], durationMinutes: -5 })).toThrow(
      RangeError,
    );
  });
});
