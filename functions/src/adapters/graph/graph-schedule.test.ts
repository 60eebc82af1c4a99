import { mergeRanges, toEmptyReason, toFreeBusy, toSuggestions } from './graph-schedule.js';

const WINDOW = { start: '2026-11-30T08:00:00.000Z', end: '2026-11-30T10:00:00.000Z' };
const utc = (time: string) => `2026-11-30T${time}:00.000Z`;
const item = (status: string, start: string, end: string) => ({
  status,
  start: { dateTime: `2026-11-30T${start}:00.0000000`, timeZone: 'UTC' },
  end: { dateTime: `2026-11-30T${end}:00.0000000`, timeZone: 'UTC' },
});

describe('reading Graph schedules', () => {
  it('counts busy, tentative, oof and workingElsewhere as blocking; free and unknown not', () => {
    const info = {
      scheduleItems: [
        item('free', '08:00', '08:30'),
        item('Busy', '08:30', '09:00'),
        item('tentative', '09:00', '09:15'),
        item('oof', '09:30', '09:45'),
        item('workingElsewhere', '09:45', '10:00'),
        item('unknown', '10:00', '11:00'),
      ],
    };
    expect(toFreeBusy(info, 'p1', WINDOW, 30).busy).toEqual([
      { start: utc('08:30'), end: utc('09:15') },
      { start: utc('09:30'), end: utc('10:00') },
    ]);
  });

  it('falls back to availabilityView (30-minute digits) without scheduleItems', () => {
    expect(toFreeBusy({ availabilityView: '0210' }, 'p1', WINDOW, 30)).toEqual({
      personId: 'p1',
      busy: [{ start: utc('08:30'), end: utc('09:30') }],
    });
  });

  it('merges overlapping and touching ranges in order', () => {
    const ranges = [
      { start: utc('09:00'), end: utc('09:30') },
      { start: utc('08:00'), end: utc('09:00') },
      { start: utc('08:15'), end: utc('08:45') },
      { start: utc('10:00'), end: utc('10:30') },
    ];
    expect(mergeRanges(ranges)).toEqual([
      { start: utc('08:00'), end: utc('09:30') },
      { start: utc('10:00'), end: utc('10:30') },
    ]);
  });

  it.each([
    ['', null],
    [null, null],
    ['attendeesUnavailable', 'attendeesUnavailable'],
    ['AttendeesUnavailable', 'attendeesUnavailable'],
    ['ORGANIZERUNAVAILABLE', 'organizerUnavailable'],
    ['somethingNew', 'unknown'],
  ])('reads emptySuggestionsReason %j as %j', (value, reason) => {
    expect(toEmptyReason(value)).toBe(reason);
  });

  it('maps availability, drops unknown attendees and odd slots, clamps confidence', () => {
    const slot = {
      start: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-30T08:30:00', timeZone: 'UTC' },
    };
    const who = (address: string, availability: string) => ({
      availability,
      attendee: { emailAddress: { address } },
    });
    const result = toSuggestions(
      {
        emptySuggestionsReason: '',
        meetingTimeSuggestions: [
          {
            confidence: '150',
            meetingTimeSlot: slot,
            attendeeAvailability: [
              who('A@x.com', 'oof'),
              who('b@x.com', 'tentative'),
              who('c@x.com', 'free'),
              who('stranger@x.com', 'free'),
            ],
          },
          { confidence: 50, meetingTimeSlot: null },
        ],
      },
      new Map([
        ['a@x.com', 'a'],
        ['b@x.com', 'b'],
        ['c@x.com', 'c'],
      ]),
    );
    expect(result).toEqual({
      emptySuggestionsReason: null,
      suggestions: [
        {
          start: utc('08:00'),
          end: utc('08:30'),
          confidence: 100,
          attendeeAvailability: [
            { personId: 'a', availability: 'busy' },
            { personId: 'b', availability: 'tentative' },
            { personId: 'c', availability: 'free' },
          ],
        },
      ],
    });
  });
});
