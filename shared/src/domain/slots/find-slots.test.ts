import { findSlots } from './find-slots.js';
import type { FindSlotsInput } from './slot-types.js';
import { range as window, testAttendee as person } from './test-attendee.js';

const starts = (input: FindSlotsInput) => findSlots(input).map((s) => s.start.slice(0, 16));
const london = person('ana', 'Europe/London');
const berlin = person('ben', 'Europe/Berlin');
const newYork = person('cal', 'America/New_York');
const losAngeles = person('dee', 'America/Los_Angeles');
const kolkata = person('eva', 'Asia/Kolkata', { startTime: '09:30', endTime: '18:00' });
// Monday 1 June 2026: London is on BST (UTC+1).
const june1 = window('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');

describe('findSlots', () => {
  it.each<[string, FindSlotsInput, string[]]>([
    [
      'London and Berlin: 10:00 London first, then the next hours either side',
      { attendees: [london, berlin], window: june1, durationMinutes: 60, maxSuggestions: 3 },
      ['2026-06-01T09:00', '2026-06-01T08:00', '2026-06-01T10:00'],
    ],
    [
      'the organizer is the first attendee: 10:00 Berlin first',
      { attendees: [berlin, london], window: june1, durationMinutes: 60, maxSuggestions: 1 },
      ['2026-06-01T08:00'],
    ],
    [
      'timeZone picks whose mid-morning counts: 10:00 New York is 14:00Z',
      {
        ...{ attendees: [london, newYork], window: june1, durationMinutes: 30 },
        ...{ maxSuggestions: 1, timeZone: 'America/New_York' },
      },
      ['2026-06-01T14:00'],
    ],
    [
      'London DST week: a 4-hour overlap with New York on Friday, 3.5 hours from Monday',
      {
        attendees: [london, newYork],
        window: window('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'),
        durationMinutes: 240,
      },
      ['2026-03-27T13:00'],
    ],
    [
      'New York DST week: 3.5 hours with London on Friday, 4.5 from Monday',
      {
        attendees: [london, newYork],
        window: window('2026-03-06T00:00:00Z', '2026-03-10T00:00:00Z'),
        durationMinutes: 240,
      },
      ['2026-03-09T13:00'],
    ],
    [
      'London and Los Angeles share 30 minutes a day',
      {
        attendees: [london, losAngeles],
        window: window('2026-06-01T00:00:00Z', '2026-06-03T00:00:00Z'),
        durationMinutes: 30,
      },
      ['2026-06-01T16:00', '2026-06-02T16:00'],
    ],
    [
      'Kolkata and Los Angeles never overlap',
      { attendees: [kolkata, losAngeles], window: june1, durationMinutes: 30 },
      [],
    ],
    [
      'busy blocks leave one half hour',
      {
        attendees: [
          person('ana', 'Europe/London', {}, [
            window('2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z'),
            window('2026-06-01T09:30:00Z', '2026-06-01T16:30:00Z'),
          ]),
        ],
        window: june1,
        durationMinutes: 30,
      },
      ['2026-06-01T09:00'],
    ],
    [
      'a busy block of one attendee blocks everyone',
      {
        attendees: [
          london,
          person('ben', 'Europe/London', {}, [
            window('2026-06-01T08:00:00Z', '2026-06-01T16:00:00Z'),
          ]),
        ],
        window: june1,
        durationMinutes: 30,
      },
      ['2026-06-01T16:00'],
    ],
    [
      'a 60-minute meeting does not fit 45-minute gaps',
      {
        attendees: [
          person('ana', 'UTC', { startTime: '09:00', endTime: '11:00' }, [
            window('2026-06-01T09:45:00Z', '2026-06-01T10:15:00Z'),
          ]),
        ],
        window: june1,
        durationMinutes: 60,
      },
      [],
    ],
    [
      'part-time Mon-Wed: nothing on a Los Angeles Thursday',
      {
        attendees: [
          person('mei', 'America/Los_Angeles', { days: ['monday', 'tuesday', 'wednesday'] }),
        ],
        window: window('2026-06-04T07:00:00Z', '2026-06-05T07:00:00Z'),
        durationMinutes: 30,
      },
      [],
    ],
    [
      'a window of exactly the meeting',
      {
        attendees: [london],
        window: window('2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z'),
        durationMinutes: 60,
      },
      ['2026-06-01T08:00'],
    ],
    [
      'a window off the grid: no quarter-hour start fits',
      {
        attendees: [london],
        window: window('2026-06-01T08:10:00Z', '2026-06-01T09:10:00Z'),
        durationMinutes: 60,
      },
      [],
    ],
    [
      'now in the middle of the window: the first quarter hour after it',
      {
        attendees: [london],
        window: june1,
        durationMinutes: 60,
        now: '2026-06-01T12:07:00Z',
        maxSuggestions: 2,
      },
      ['2026-06-01T12:15', '2026-06-01T13:15'],
    ],
    [
      'now after the window',
      { attendees: [london], window: june1, durationMinutes: 30, now: '2026-06-02T00:00:00Z' },
      [],
    ],
    [
      'a 30-minute grid',
      {
        attendees: [london],
        window: window('2026-06-01T08:10:00Z', '2026-06-01T09:45:00Z'),
        durationMinutes: 60,
        stepMinutes: 30,
      },
      ['2026-06-01T08:30'],
    ],
    [
      'no more than maxSuggestions',
      { attendees: [london], window: june1, durationMinutes: 30, maxSuggestions: 0 },
      [],
    ],
  ])('%s', (_case, input, expected) => {
    expect(starts(input)).toEqual(expected);
  });
});
