import { WeekdaySchema, type Weekday, type WorkingHours } from '../../contracts/person.js';
import {
  addDays,
  minutesOfDay,
  weekdayOf,
  zoneClock,
  type ZonedWallTime,
} from '../slots/zoned-time.js';

/** Weekdays Monday first: a reminder week runs Monday 00:00 to Sunday 24:00, local time. */
const WEEK: readonly Weekday[] = WeekdaySchema.options;

/** Where `now` falls in someone's own week and working day. */
export interface LocalMoment {
  /** The local Monday, `YYYY-MM-DD`. */
  weekStart: string;
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** 0 on Monday to 6 on Sunday. */
  dayIndex: number;
  /** Inside the working hours: start included, end excluded. */
  working: boolean;
}

/** Whether a wall-clock reading lies in a shift (one starting that day, or the day before). */
function inShift(hours: WorkingHours, wall: ZonedWallTime): boolean {
  const [start, end] = [minutesOfDay(hours.startTime), minutesOfDay(hours.endTime)];
  const days = new Set(hours.days);
  if (end > start)
    return days.has(wall.weekday) && wall.minuteOfDay >= start && wall.minuteOfDay < end;
  // An end at or before the start is a shift into the next day, named by the day it starts.
  const startedYesterday = days.has(weekdayOf(addDays(wall.date, -1)));
  return (
    (days.has(wall.weekday) && wall.minuteOfDay >= start) ||
    (startedYesterday && wall.minuteOfDay < end)
  );
}

/**
 * Where `now` falls for someone with `hours`, read off the wall clock in their own zone (DST
 * applied). One clock reading per person, where `workingIntervals` would take a dozen: an hourly
 * run over a whole tenant must stay cheap. The two agree except for hours that start or end in a
 * DST gap, which this reads as the clock on the wall shows them. Pass `clock` to reuse one.
 * @throws RangeError for an unknown time zone or a malformed time.
 */
export function localMoment(
  hours: WorkingHours,
  now: Date,
  clock = zoneClock(hours.timeZone),
): LocalMoment {
  const wall = clock.toWall(now.getTime());
  const dayIndex = WEEK.indexOf(wall.weekday);
  return {
    weekStart: addDays(wall.date, -dayIndex),
    date: wall.date,
    dayIndex,
    working: inShift(hours, wall),
  };
}

/**
 * The weekday index (0 Monday) from which the digest is due: `digestDay`, or the person's last
 * working day of the week when that comes earlier, so that someone who works Monday to
 * Wednesday still gets a Friday digest, on Wednesday. -1 without working days.
 */
export function digestDayIndex(hours: WorkingHours, digestDay: Weekday): number {
  const lastWorking = Math.max(...hours.days.map((day) => WEEK.indexOf(day)), -1);
  return Math.min(WEEK.indexOf(digestDay), lastWorking);
}
