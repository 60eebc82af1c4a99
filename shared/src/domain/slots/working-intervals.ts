import type { WorkingHours } from '../../contracts/person.js';
import { mergeIntervals, type Interval } from './intervals.js';
import { addDays, minutesOfDay, weekdayOf, zoneClock } from './zoned-time.js';

/**
 * The instants inside `range` that fall in someone's working hours, as merged UTC intervals.
 *
 * Each working day is read in the person's OWN time zone: the day's `startTime` and `endTime`
 * become instants through {@link ZoneClock.toUtc} (so DST changes shift them with the clocks).
 * An `endTime` at or before `startTime` is a shift that ends on the next calendar day
 * (`22:00`-`06:00`; `16:00`-`00:00` runs to midnight); `days` names the day the shift starts.
 * @throws RangeError for an unknown time zone or a malformed time.
 */
export function workingIntervals(hours: WorkingHours, range: Interval): Interval[] {
  if (range.end <= range.start || hours.days.length === 0) return [];
  const clock = zoneClock(hours.timeZone);
  const overnight = minutesOfDay(hours.endTime) <= minutesOfDay(hours.startTime);
  const days = new Set(hours.days);
  // A shift that starts the evening before the range can still reach into it.
  const last = clock.toWall(range.end).date;
  const out: Interval[] = [];
  for (let date = addDays(clock.toWall(range.start).date, -1); date <= last;) {
    if (days.has(weekdayOf(date))) {
      const start = clock.toUtc({ date, time: hours.startTime });
      const endDate = overnight ? addDays(date, 1) : date;
      const end = clock.toUtc({ date: endDate, time: hours.endTime });
      out.push({ start: Math.max(start, range.start), end: Math.min(end, range.end) });
    }
    date = addDays(date, 1);
  }
  return mergeIntervals(out);
}
