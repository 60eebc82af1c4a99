import {
  availabilityWords,
  confidenceWords,
  defaultWindow,
  fieldError,
  formatSlot,
  windowInstants,
  type Suggestion,
} from './scheduling-format';

describe('scheduling format', () => {
  it('defaults to 30 minutes over two weeks starting today (local dates)', () => {
    expect(defaultWindow(new Date(2026, 10, 27, 15, 0))).toEqual({
      durationMinutes: 30,
      startDate: '2026-11-27',
      endDate: '2026-12-10',
    });
  });

  it('turns the window into local midnights, the last day included', () => {
    const { windowStart, windowEnd } = windowInstants({
      durationMinutes: 30,
      startDate: '2026-11-27',
      endDate: '2026-12-10',
    });
    expect(windowStart).toBe(new Date(2026, 10, 27).toISOString());
    expect(windowEnd).toBe(new Date(2026, 11, 11).toISOString());
  });

  it.each(['', 'soon'])('passes an unreadable date %p through for the server to reject', (d) => {
    expect(windowInstants({ durationMinutes: 30, startDate: d, endDate: d }).windowStart).toBe(d);
  });

  it.each([
    ['UTC', 'Tue 1 Dec, 10:00 – 10:30'],
    ['Asia/Kolkata', 'Tue 1 Dec, 15:30 – 16:00'],
  ])('formats a slot in %s', (zone, expected) => {
    const text = formatSlot('2026-12-01T10:00:00Z', '2026-12-01T10:30:00Z', zone, 'en-GB');
    expect(text).toBe(expected);
  });

  it('says who is free in words', () => {
    const suggestion: Suggestion = {
      start: '2026-12-01T10:00:00Z',
      end: '2026-12-01T10:30:00Z',
      confidence: 50,
      attendeeAvailability: [
        { personId: 'ana', availability: 'free' },
        { personId: 'ben', availability: 'tentative' },
        { personId: 'cy', availability: 'busy' },
        { personId: 'dee', availability: 'unknown' },
      ],
    };
    expect(availabilityWords(suggestion, (id) => id.toUpperCase())).toBe(
      'ANA: free, BEN: tentatively busy, CY: busy, DEE: calendar not visible',
    );
  });

  it.each([
    [100, '100% likely to suit everyone'],
    [66.6, '67% likely to suit everyone'],
  ])('confidence %p reads %p', (value, expected) => {
    expect(confidenceWords(value)).toBe(expected);
  });

  it.each([
    ['subject', 'is required'],
    ['attendeeIds', 'is not a person'],
    ['windowEnd', undefined],
  ])('finds the message for %s', (name, expected) => {
    const errors = { subject: 'is required', 'attendeeIds.1': 'is not a person' };
    expect(fieldError(errors, name)).toBe(expected);
  });
});
