import {
  ceilToStep,
  containsRange,
  intersectIntervals,
  mergeIntervals,
  subtractIntervals,
  type Interval,
} from './intervals.js';
import { DEFAULT_STEP_MINUTES, type FindSlotsInput, type SlotRange } from './slot-types.js';
import { workingIntervals } from './working-intervals.js';
import { zoneClock } from './zoned-time.js';

/** An attendee with their times as merged UTC intervals, clipped to the search window. */
export interface PreparedAttendee {
  id: string;
  name?: string;
  working: Interval[];
  busy: Interval[];
}

/** A validated search in epoch milliseconds. */
export interface PreparedSearch {
  attendees: PreparedAttendee[];
  /** The window from `now` on; empty (`end <= start`) when it has passed. */
  window: Interval;
  duration: number;
  step: number;
  respectWorkingHours: boolean;
  /** Whose mid-morning ranking prefers. */
  timeZone: string;
}

/** A time everyone can meet, with those of them who would be outside their working hours. */
export interface Candidate extends Interval {
  outsideHours: string[];
}

function instant(value: string, what: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO 8601 instant: "${value}"`);
  return ms;
}

function positiveMinutes(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${what} must be a positive number of minutes, got ${value}`);
  }
  return value * 60_000;
}

/** Parses a range of ISO instants into milliseconds. */
export function toInterval(range: SlotRange, what = 'range'): Interval {
  return { start: instant(range.start, `${what} start`), end: instant(range.end, `${what} end`) };
}

/**
 * Validates `input` and turns every time into UTC milliseconds.
 * @throws RangeError for no attendees, unparsable instants, unknown time zones, or a
 * non-positive duration or step.
 */
export function prepareSearch(input: FindSlotsInput): PreparedSearch {
  const [first] = input.attendees;
  if (!first) throw new RangeError('Slot finding needs at least one attendee');
  const window = toInterval(input.window, 'window');
  if (input.now !== undefined) window.start = Math.max(window.start, instant(input.now, 'now'));
  const timeZone = zoneClock(input.timeZone ?? first.workingHours.timeZone).timeZone;
  return {
    window,
    timeZone,
    duration: positiveMinutes(input.durationMinutes, 'durationMinutes'),
    step: positiveMinutes(input.stepMinutes ?? DEFAULT_STEP_MINUTES, 'stepMinutes'),
    respectWorkingHours: input.respectWorkingHours ?? true,
    attendees: input.attendees.map((attendee) => ({
      id: attendee.id,
      ...(attendee.name === undefined ? {} : { name: attendee.name }),
      working: workingIntervals(attendee.workingHours, window),
      busy: mergeIntervals(attendee.busy.map((b) => toInterval(b, `busy block of ${attendee.id}`))),
    })),
  };
}

/** Where everyone may meet: free, and inside working hours unless those are waived. */
export function commonFreeTime(search: PreparedSearch): Interval[] {
  const whole = search.window.end > search.window.start ? [search.window] : [];
  return search.attendees.reduce<Interval[]>((allowed, attendee) => {
    const open = search.respectWorkingHours ? attendee.working : whole;
    return intersectIntervals(allowed, subtractIntervals(open, attendee.busy));
  }, whole);
}

/** Every start on the step grid where the meeting fits in `free`, in time order. */
export function candidateSlots(search: PreparedSearch, free = commonFreeTime(search)): Candidate[] {
  const out: Candidate[] = [];
  const { duration, step } = search;
  for (const interval of free) {
    for (let start = ceilToStep(interval.start, step); start + duration <= interval.end;) {
      const end = start + duration;
      const outsideHours = search.attendees
        .filter((a) => !containsRange(a.working, { start, end }))
        .map((a) => a.id);
      out.push({ start, end, outsideHours });
      start += step;
    }
  }
  return out;
}
