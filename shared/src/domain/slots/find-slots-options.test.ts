import { findSlots } from './find-slots.js';
import type { FindSlotsInput } from './slot-types.js';
import { range as window, testAttendee as person } from './test-attendee.js';

const london = person('ana', 'Europe/London');
const berlin = person('ben', 'Europe/Berlin');
const losAngeles = person('dee', 'America/Los_Angeles');
const kolkata = person('eva', 'Asia/Kolkata', { startTime: '09:30', endTime: '18:00' });
const june1 = window('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z');

describe('findSlots suggestions', () => {
  it('gives ends, full confidence and everyone free inside working hours', () => {
    const [first] = findSlots({ attendees: [london, berlin], window: june1, durationMinutes: 45 });
    expect(first).toEqual({
      start: '2026-06-01T09:00:00.000Z',
      end: '2026-06-01T09:45:00.000Z',
      confidence: 100,
      attendeeAvailability: [
        { personId: 'ana', availability: 'free' },
        { personId: 'ben', availability: 'free' },
      ],
    });
  });

  it('outside working hours only when asked, ranked after times inside them', () => {
    const input = { attendees: [kolkata, losAngeles], window: june1, durationMinutes: 30 };
    const suggestions = findSlots({ ...input, respectWorkingHours: false, maxSuggestions: 50 });
    expect(suggestions.length).toBeGreaterThan(0);
    const confidences = suggestions.map((s) => s.confidence);
    expect(confidences[0]).toBe(50);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences).not.toContain(100);
    expect(suggestions[0]?.attendeeAvailability.map((a) => a.availability).sort()).toEqual([
      'free',
      'outside_hours',
    ]);
    const mixed = findSlots({
      attendees: [london, losAngeles],
      window: june1,
      durationMinutes: 30,
      respectWorkingHours: false,
      maxSuggestions: 3,
    });
    expect(mixed.map((s) => s.confidence)).toEqual([100, 50, 50]);
  });

  it.each<[string, Partial<FindSlotsInput>]>([
    ['no attendees', { attendees: [] }],
    ['an unknown time zone', { attendees: [person('x', 'Nowhere/Special')] }],
    ['an unknown ranking zone', { timeZone: 'Nowhere/Special' }],
    ['a zero duration', { durationMinutes: 0 }],
    ['a negative step', { stepMinutes: -15 }],
    ['a bad window', { window: window('soon', '2026-06-02T00:00:00Z') }],
    ['a bad now', { now: 'now' }],
    ['a bad busy block', { attendees: [person('x', 'UTC', {}, [window('a', 'b')])] }],
  ])('rejects %s', (_case, change) => {
    const input: FindSlotsInput = {
      attendees: [london],
      window: june1,
      durationMinutes: 30,
      ...change,
    };
    expect(() => findSlots(input)).toThrow(RangeError);
  });
});
