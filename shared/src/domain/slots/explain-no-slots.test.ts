import { explainNoSlots, type NoSlotsReason } from './explain-no-slots.js';
import type { FindSlotsInput } from './slot-types.js';
import { range as window, testAttendee as person } from './test-attendee.js';

const june1 = window('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');
const london = person('ana', 'Europe/London');
const kolkata = person('eva', 'Asia/Kolkata', { startTime: '09:30', endTime: '18:00' });
const losAngeles = person('dee', 'America/Los_Angeles');
const dayLong = (id: string, timeZone: string) =>
  person(id, timeZone, {}, [window('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z')]);

describe('explainNoSlots', () => {
  it.each<[string, FindSlotsInput, NoSlotsReason]>([
    [
      'the window has passed',
      { attendees: [london], window: june1, durationMinutes: 30, now: '2026-06-03T00:00:00Z' },
      { code: 'window_passed', message: 'The window ended at 2026-06-02 00:00 UTC, before now' },
    ],
    [
      'the window is shorter than the meeting',
      {
        attendees: [london],
        window: window('2026-06-01T09:00:00Z', '2026-06-01T09:20:00Z'),
        durationMinutes: 30,
      },
      {
        code: 'window_too_short',
        message:
          'The window from 2026-06-01 09:00 UTC to 2026-06-01 09:20 UTC has no room for a 30-minute meeting',
      },
    ],
    [
      'a part-timer does not work in the window',
      {
        attendees: [
          london,
          person('mei', 'America/Los_Angeles', { days: ['monday', 'tuesday', 'wednesday'] }),
        ],
        window: window('2026-06-04T07:00:00Z', '2026-06-05T07:00:00Z'),
        durationMinutes: 30,
      },
      {
        code: 'no_working_time',
        message:
          'Mon-Wed 09:00-17:30 America/Los_Angeles (mei) leaves no room for a 30-minute meeting in the window',
      },
    ],
    [
      'Kolkata and Los Angeles working hours do not overlap',
      { attendees: [london, kolkata, losAngeles], window: june1, durationMinutes: 30 },
      {
        code: 'hours_do_not_overlap',
        message:
          'Mon-Fri 09:30-18:00 Asia/Kolkata (eva) and Mon-Fri 09:00-17:30 America/Los_Angeles (dee) do not overlap in the window',
      },
    ],
    [
      'every pair shares a day, all three do not',
      {
        attendees: [
          person('a', 'UTC', { days: ['monday', 'tuesday'] }),
          person('b', 'UTC', { days: ['tuesday', 'wednesday'] }),
          person('c', 'UTC', { days: ['monday', 'wednesday'] }),
        ],
        window: window('2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z'),
        durationMinutes: 15,
      },
      {
        code: 'hours_do_not_overlap',
        message:
          'Mon, Tue 09:00-17:30 UTC (a), Tue, Wed 09:00-17:30 UTC (b) and Mon, Wed 09:00-17:30 UTC (c) have no time in common in the window',
      },
    ],
    [
      'London and Los Angeles share 30 minutes, not an hour',
      { attendees: [london, losAngeles], window: june1, durationMinutes: 60 },
      {
        code: 'overlap_too_short',
        message:
          'Mon-Fri 09:00-17:30 Europe/London (ana) and Mon-Fri 09:00-17:30 America/Los_Angeles (dee) overlap by at most 30 minutes at a time, too short for a 60-minute meeting',
      },
    ],
    [
      'everyone is busy',
      {
        attendees: [
          dayLong('ana', 'Europe/London'),
          person('ben', 'Europe/Berlin'),
          dayLong('cy', 'Europe/Paris'),
        ],
        window: june1,
        durationMinutes: 30,
      },
      {
        code: 'everyone_busy',
        message:
          'Everyone is busy: no time in the shared working hours is free for a 30-minute meeting (busy: ana and cy)',
      },
    ],
    [
      'everyone is busy, working hours waived',
      {
        attendees: [dayLong('ana', 'Europe/London')],
        window: june1,
        durationMinutes: 30,
        respectWorkingHours: false,
      },
      {
        code: 'everyone_busy',
        message:
          'Everyone is busy: no time in the window is free for a 30-minute meeting (busy: ana)',
      },
    ],
  ])('%s', (_case, input, expected) => {
    expect(explainNoSlots(input)).toEqual(expected);
  });

  it('gives null when there is a time', () => {
    expect(
      explainNoSlots({ attendees: [london, losAngeles], window: june1, durationMinutes: 30 }),
    ).toBeNull();
  });

  it('rejects what findSlots rejects', () => {
    expect(() => explainNoSlots({ attendees: [], window: june1, durationMinutes: 30 })).toThrow(
      RangeError,
    );
  });
});

describe('explainNoSlots names people', () => {
  it('by their name when they have one, by id otherwise', () => {
    const reason = explainNoSlots({
      attendees: [{ ...kolkata, name: 'Priya Raman' }, losAngeles],
      window: june1,
      durationMinutes: 30,
    });
    expect(reason?.message).toContain('Asia/Kolkata (Priya Raman) and');
    expect(reason?.message).toContain('America/Los_Angeles (dee)');
  });
});
