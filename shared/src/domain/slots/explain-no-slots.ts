import { describeWorkingHours, joinWords } from './describe-hours.js';
import { fitsOnGrid, intersectIntervals, overlapsAny, type Interval } from './intervals.js';
import { commonFreeTime, prepareSearch, type PreparedSearch } from './slot-candidates.js';
import type { FindSlotsInput, SlotAttendee } from './slot-types.js';

/** Why no time suits everyone, most basic cause first. */
export type NoSlotsCode =
  | 'window_passed'
  | 'window_too_short'
  | 'no_working_time'
  | 'hours_do_not_overlap'
  | 'overlap_too_short'
  | 'everyone_busy';

/** A reason in plain words, with a code for programs. */
export interface NoSlotsReason {
  code: NoSlotsCode;
  message: string;
}

/** A search with the words its messages need. */
interface Explaining extends PreparedSearch {
  /** `a 30-minute meeting` */
  meeting: string;
  /** Per attendee: `Mon-Fri 09:00-17:30 Europe/London (alice)`. */
  hours: string[];
}

function when(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function fits(s: Explaining, intervals: readonly Interval[]): boolean {
  return fitsOnGrid(intervals, s.duration, s.step);
}

function sharedWorkingTime(s: PreparedSearch): Interval[] {
  return s.attendees.reduce<Interval[]>(
    (shared, a) => intersectIntervals(shared, a.working),
    [s.window],
  );
}

function windowProblem(s: Explaining, hasNow: boolean): NoSlotsReason | null {
  if (hasNow && s.window.start >= s.window.end) {
    return {
      code: 'window_passed',
      message: `The window ended at ${when(s.window.end)}, before now`,
    };
  }
  if (fits(s, [s.window])) return null;
  const span = `from ${when(s.window.start)} to ${when(s.window.end)}`;
  return { code: 'window_too_short', message: `The window ${span} has no room for ${s.meeting}` };
}

function attendeeProblem(s: Explaining): NoSlotsReason | null {
  const index = s.attendees.findIndex((a) => !fits(s, a.working));
  if (index < 0) return null;
  const message = `${s.hours[index] ?? ''} leaves no room for ${s.meeting} in the window`;
  return { code: 'no_working_time', message };
}

function pairProblem(s: Explaining): NoSlotsReason | null {
  for (const [i, a] of s.attendees.entries()) {
    const j = s.attendees.findIndex(
      (b, k) => k > i && intersectIntervals(a.working, b.working).length === 0,
    );
    if (j >= 0) {
      const message = `${s.hours[i] ?? ''} and ${s.hours[j] ?? ''} do not overlap in the window`;
      return { code: 'hours_do_not_overlap', message };
    }
  }
  return null;
}

function overlapProblem(s: Explaining): NoSlotsReason | null {
  const shared = sharedWorkingTime(s);
  if (fits(s, shared)) return null;
  const all = joinWords(s.hours);
  if (shared.length === 0) {
    return { code: 'hours_do_not_overlap', message: `${all} have no time in common in the window` };
  }
  const longest = Math.max(...shared.map((c) => (c.end - c.start) / 60_000));
  const message = `${all} overlap by at most ${longest} minutes at a time, too short for ${s.meeting}`;
  return { code: 'overlap_too_short', message };
}

function nameOf(attendee: Pick<SlotAttendee, 'id' | 'name'>): string {
  return attendee.name ?? attendee.id;
}

function busyProblem(s: Explaining): NoSlotsReason {
  const open = s.respectWorkingHours ? sharedWorkingTime(s) : [s.window];
  const busy = s.attendees.filter((a) => open.some((r) => overlapsAny(a.busy, r))).map(nameOf);
  const where = s.respectWorkingHours ? 'shared working hours' : 'window';
  const message = `Everyone is busy: no time in the ${where} is free for ${s.meeting} (busy: ${joinWords(busy)})`;
  return { code: 'everyone_busy', message };
}

/**
 * Why `findSlots(input)` finds nothing, in plain words; `null` when it does find a time.
 * Checks, in order: the window (passed, or too short), then, unless working hours are waived,
 * each attendee's working hours, each pair's overlap and everyone's overlap, and last the busy
 * blocks, naming the attendees whose calendars fill the shared time.
 * @throws RangeError for the inputs `findSlots` rejects.
 */
export function explainNoSlots(input: FindSlotsInput): NoSlotsReason | null {
  const search = prepareSearch(input);
  if (fitsOnGrid(commonFreeTime(search), search.duration, search.step)) return null;
  const s: Explaining = {
    ...search,
    meeting: `a ${input.durationMinutes}-minute meeting`,
    hours: input.attendees.map((p) => `${describeWorkingHours(p.workingHours)} (${nameOf(p)})`),
  };
  const hoursProblem = (): NoSlotsReason | null =>
    s.respectWorkingHours ? (attendeeProblem(s) ?? pairProblem(s) ?? overlapProblem(s)) : null;
  return windowProblem(s, input.now !== undefined) ?? hoursProblem() ?? busyProblem(s);
}
