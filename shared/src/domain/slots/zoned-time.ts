import type { Weekday } from '../../contracts/person.js';
import { DAY_MS, startOfDay } from '../calendar.js';

/** A reading of a wall clock: a calendar date and a time of day, to the minute. */
export interface WallTime {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24 h. */
  time: string;
}

/** A wall time read off a clock in some zone, with its weekday and minutes since midnight. */
export interface ZonedWallTime extends WallTime {
  weekday: Weekday;
  minuteOfDay: number;
}

/** Converts between UTC instants (epoch milliseconds) and wall times in one IANA time zone. */
export interface ZoneClock {
  readonly timeZone: string;
  /**
   * The instant a wall clock in this zone shows `wall`. Deterministic at DST changes, like
   * Temporal's `disambiguation: 'compatible'`: a time that occurs twice (clocks go back) gives
   * the earlier instant; a time that never occurs (clocks go forward) is read with the offset in
   * force before the change, so it lands after the gap, pushed forward by the gap's length
   * (01:30 on a spring-forward day in London is 02:30 BST).
   * @throws RangeError for a malformed or impossible date or time.
   */
  toUtc(wall: WallTime): number;
  /** The wall time at `instant` in this zone; seconds are dropped. */
  toWall(instant: number): ZonedWallTime;
  /** The zone's offset from UTC at `instant`, in minutes (London in summer: 60). */
  offsetMinutes(instant: number): number;
}

/** Weekdays in `Date.getUTCDay()` order (Sunday first). */
const WEEKDAYS_BY_UTC_DAY: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:MM` time of day. @throws RangeError when malformed. */
export function minutesOfDay(time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a time of day (HH:MM): "${time}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The `YYYY-MM-DD` date `days` calendar days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(startOfDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The weekday of a `YYYY-MM-DD` calendar date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS_BY_UTC_DAY[new Date(startOfDay(date)).getUTCDay()] ?? 'sunday';
}

/** Whether `timeZone` is an IANA zone (or alias) this runtime's `Intl` knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall time, read as if it were UTC, in epoch milliseconds. */
function wallAsUtcMs(wall: WallTime): number {
  const minutes = minutesOfDay(wall.time);
  const ms = DATE_PATTERN.test(wall.date) ? startOfDay(wall.date) + minutes * 60_000 : Number.NaN;
  // Date.parse reads 2026-02-30 as 2 March; a round trip catches that.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== wall.date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${wall.date}"`);
  }
  return ms;
}

/** Reads what a zone's wall clock shows at an instant, as if that reading were UTC. */
function wallClockReader(timeZone: string): (instant: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (instant) => {
    const f = new Map(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
    const at = (type: Intl.DateTimeFormatPartTypes): number => f.get(type) ?? 0;
    return Date.UTC(at('year'), at('month') - 1, at('day'), at('hour'), at('minute'), at('second'));
  };
}

/**
 * A {@link ZoneClock} for an IANA time zone, built on `Intl.DateTimeFormat` (no date library).
 * Build one per zone and reuse it: each clock holds one formatter.
 * @throws RangeError when the runtime does not know `timeZone`.
 */
export function zoneClock(timeZone: string): ZoneClock {
  const wallMsAt = wallClockReader(timeZone);
  const offsetMs = (instant: number): number =>
    wallMsAt(instant) - Math.floor(instant / 1000) * 1000;
  const toWall = (instant: number): ZonedWallTime => {
    const shown = new Date(wallMsAt(instant)).toISOString();
    const date = shown.slice(0, 10);
    const time = shown.slice(11, 16);
    return { date, time, weekday: weekdayOf(date), minuteOfDay: minutesOfDay(time) };
  };
  const toUtc = (wall: WallTime): number => {
    const wallMs = wallAsUtcMs(wall);
    // The offsets a day either side bracket any real change (no zone changes twice in 48 h).
    const before = wallMs - offsetMs(wallMs - DAY_MS);
    const after = wallMs - offsetMs(wallMs + DAY_MS);
    const valid = [before, after].filter((instant) => wallMsAt(instant) === wallMs);
    // Both valid: the time occurs twice, take the first. Neither: it falls in a gap.
    return valid.length > 0 ? Math.min(...valid) : before;
  };
  const offsetMinutes = (instant: number) => Math.round(offsetMs(instant) / 60_000);
  return { timeZone, toUtc, toWall, offsetMinutes };
}

/** {@link ZoneClock.toUtc} as an ISO 8601 UTC string, for one-off conversions. */
export function wallTimeToUtc(wall: WallTime, timeZone: string): string {
  return new Date(zoneClock(timeZone).toUtc(wall)).toISOString();
}

/** {@link ZoneClock.toWall} of an ISO 8601 instant, for one-off conversions. */
export function utcToWallTime(instant: string, timeZone: string): ZonedWallTime {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant: "${instant}"`);
  return zoneClock(timeZone).toWall(ms);
}
