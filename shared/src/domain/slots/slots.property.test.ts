import fc from 'fast-check';
import type { WorkingHours } from '../../contracts/person.js';
import { explainNoSlots } from './explain-no-slots.js';
import { findSlots } from './find-slots.js';
import { scheduleMany } from './schedule-many.js';
import type { FindSlotsInput, SlotAttendee } from './slot-types.js';
import { zoneClock, type ZoneClock } from './zoned-time.js';

const MINUTE = 60_000;
// Zones whose clocks change between 00:00 and 03:00 local (or never); working hours below start
// at 04:00 or later, so inside them a wall clock runs straight and the oracle can read it.
const ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'UTC',
];
const DAYS: WorkingHours['days'] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// Mostly weekdays, long days and one or two zones a run, so many runs have times to find.
const hoursArb = (zones: string[]) =>
  fc
    .record({
      timeZone: fc.constantFrom(...zones),
      days: fc.oneof(
        { weight: 2, arbitrary: fc.constant(DAYS.slice(0, 5)) },
        { weight: 1, arbitrary: fc.constant(DAYS) },
        { weight: 1, arbitrary: fc.subarray(DAYS) },
      ),
      start: fc.integer({ min: 16, max: 56 }).map((q) => q * 15),
      length: fc.integer({ min: 1, max: 64 }).map((q) => q * 15),
    })
    .map(({ timeZone, days, start, length }): WorkingHours => ({
      timeZone,
      days,
      startTime: hhmm(start),
      endTime: hhmm(Math.min(start + length, 23 * 60 + 45)),
    }));

// Anywhere in 2026 (so across every DST change), to the minute, up to four days long.
const windowStartArb = fc.integer({
  min: Date.UTC(2026, 0, 1) / MINUTE,
  max: Date.UTC(2026, 11, 28) / MINUTE,
});
const searchArb = fc
  .record({
    start: windowStartArb,
    length: fc.integer({ min: 30, max: 4 * 24 * 60 }),
    zones: fc.oneof(
      fc.constantFrom(...ZONES).map((zone) => [zone]),
      fc.subarray(ZONES, { minLength: 2, maxLength: 2 }),
    ),
  })
  .chain(({ start, length, zones }) => {
    const minuteIn = fc.integer({ min: start - 120, max: start + length + 120 });
    const busyArb = fc.tuple(minuteIn, fc.integer({ min: 5, max: 300 })).map(([from, minutes]) => ({
      start: iso(from * MINUTE),
      end: iso((from + minutes) * MINUTE),
    }));
    const attendeeArb = (id: string) =>
      fc.record({
        id: fc.constant(id),
        workingHours: hoursArb(zones),
        busy: fc.array(busyArb, { maxLength: 4 }),
      });
    return fc.record({
      window: fc.constant({ start: iso(start * MINUTE), end: iso((start + length) * MINUTE) }),
      durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
      stepMinutes: fc.constantFrom(undefined, 15, 30),
      now: fc.option(
        minuteIn.map((m) => iso(m * MINUTE)),
        { nil: undefined },
      ),
      attendees: fc
        .array(attendeeArb('a'), { minLength: 1, maxLength: 4 })
        .map((list) => list.map((a, i) => ({ ...a, id: `p${i}` }))),
    });
  });

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Read off the wall clock, not through working intervals: is `[start, end)` in their hours? */
function insideHours(hours: WorkingHours, clock: ZoneClock, start: number, end: number): boolean {
  const first = clock.toWall(start);
  const last = clock.toWall(end - MINUTE);
  const endMinute = Number(hours.endTime.slice(0, 2)) * 60 + Number(hours.endTime.slice(3));
  return (
    first.date === last.date &&
    hours.days.includes(first.weekday) &&
    first.time >= hours.startTime &&
    last.minuteOfDay < endMinute
  );
}

/** Every grid start in the window (after now) where all attendees are free in their hours. */
function goodStarts(input: FindSlotsInput, attendees: SlotAttendee[]): number[] {
  const step = (input.stepMinutes ?? 15) * MINUTE;
  const duration = input.durationMinutes * MINUTE;
  const from = Math.max(
    Date.parse(input.window.start),
    input.now ? Date.parse(input.now) : -Infinity,
  );
  const clocks = attendees.map((a) => zoneClock(a.workingHours.timeZone));
  const suits = (t: number) =>
    attendees.every(
      (a, i) =>
        a.busy.every((b) => Date.parse(b.end) <= t || Date.parse(b.start) >= t + duration) &&
        insideHours(a.workingHours, clocks[i]!, t, t + duration),
    );
  const out: number[] = [];
  for (
    let t = Math.ceil(from / step) * step;
    t + duration <= Date.parse(input.window.end);
    t += step
  ) {
    if (suits(t)) out.push(t);
  }
  return out;
}

const overlap = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

describe('findSlots properties', () => {
  it('suggests only good times, finds one whenever one exists, and is deterministic', () => {
    fc.assert(
      fc.property(searchArb, (input) => {
        const suggestions = findSlots(input);
        const good = new Set(goodStarts(input, input.attendees));
        expect(suggestions.length > 0).toBe(good.size > 0);
        expect(explainNoSlots(input) === null).toBe(good.size > 0);
        for (const s of suggestions) {
          expect(good.has(Date.parse(s.start))).toBe(true);
          expect(Date.parse(s.end) - Date.parse(s.start)).toBe(input.durationMinutes * MINUTE);
          expect(s.confidence).toBe(100);
          expect(s.attendeeAvailability.every((a) => a.availability === 'free')).toBe(true);
        }
        expect(
          suggestions.every((s, i) => suggestions.slice(i + 1).every((t) => !overlap(s, t))),
        ).toBe(true);
        expect(findSlots(structuredClone(input))).toEqual(suggestions);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scheduleMany properties', () => {
  it('never double-books the organizer, books only good times, and seats whoever it can', () => {
    fc.assert(
      fc.property(searchArb, (search) => {
        const [organizer, ...people] = search.attendees;
        if (!organizer) return;
        const input = { ...search, organizer, people };
        const outcomes = scheduleMany(input);
        expect(outcomes.map((o) => o.personId)).toEqual(people.map((p) => p.id));
        const slots = outcomes.flatMap((o) => (o.slot ? [o.slot] : []));
        expect(slots.every((s, i) => slots.slice(i + 1).every((t) => !overlap(s, t)))).toBe(true);
        outcomes.forEach((outcome, i) => {
          const person = people[i]!;
          const good = goodStarts(search, [organizer, person]);
          expect(outcome.slot === undefined).toBe(outcome.reason !== undefined);
          if (outcome.slot) expect(good).toContain(Date.parse(outcome.slot.start));
          const duration = search.durationMinutes * MINUTE;
          const open = good.filter((t) =>
            slots.every((s) => !overlap(s, { start: iso(t), end: iso(t + duration) })),
          );
          // Greedy leaves nobody out who could still take a free time.
          if (!outcome.slot) expect(open).toEqual([]);
        });
        expect(scheduleMany(structuredClone(input))).toEqual(outcomes);
      }),
      { numRuns: 100 },
    );
  });
});
