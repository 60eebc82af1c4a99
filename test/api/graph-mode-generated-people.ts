import { zoneClock } from '@northstar/shared';
import type { TimeRange } from '../../functions/src/ports/calendar.js';

/** The zone of the fixture's working hours ("Pacific Standard Time"). */
export const PACIFIC = 'America/Los_Angeles';

const DAY_MS = 86_400_000;
const WEEKS = 3;
const pacific = zoneClock(PACIFIC);

/** One generated member of the organisation; `busy` is their calendar before any booking. */
export interface GeneratedPerson {
  id: string;
  displayName: string;
  mail: string;
  jobTitle: string;
  managerId: string | null;
  busy: TimeRange[];
}

/** A generated manager and their direct reports. */
export interface GeneratedTeam {
  manager: GeneratedPerson;
  reports: GeneratedPerson[];
}

/** The weeks the reviews are booked in: Monday 00:00 to Monday 00:00, Pacific. */
export interface ReviewWindow {
  start: string;
  end: string;
  /** Its working days (`YYYY-MM-DD`, Monday to Friday). */
  workdays: string[];
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const at = (date: string, time: string): string =>
  new Date(pacific.toUtc({ date, time })).toISOString();

/** Three weeks from the first Pacific Monday at least two days after `now`. */
export function reviewWindow(now = Date.now()): ReviewWindow {
  let monday = addDays(pacific.toWall(now).date, 2);
  while (new Date(`${monday}T00:00:00Z`).getUTCDay() !== 1) monday = addDays(monday, 1);
  const workdays = Array.from({ length: WEEKS * 7 }, (_, i) => addDays(monday, i)).filter(
    (date) => new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0,
  );
  return { start: at(monday, '00:00'), end: at(addDays(monday, WEEKS * 7), '00:00'), workdays };
}

/** A Graph-like user id (a GUID) for person `index` of team `team` (0 is the manager). */
function idOf(team: number, index: number): string {
  const high = (0x4d7a0000 + team).toString(16);
  return `${high}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** A block on the `n`th working day of the window (wrapping), Pacific wall-clock times. */
function block(window: ReviewWindow, n: number, from: string, to: string): TimeRange {
  const day = window.workdays[n % window.workdays.length] ?? '';
  return { start: at(day, from), end: at(day, to) };
}

/** The manager: a daily stand-up at 09:00 and a long Wednesday meeting. */
function managerBusy(window: ReviewWindow): TimeRange[] {
  const standUps = window.workdays.map((_, n) => block(window, n, '09:00', '09:30'));
  const wednesdays = [2, 7, 12].map((n) => block(window, n, '13:00', '15:00'));
  return [...standUps, ...wednesdays];
}

/** Report `i`: three blocks spread over the weeks by `i`. */
function reportBusy(window: ReviewWindow, i: number): TimeRange[] {
  return [
    block(window, i * 3, '10:00', '12:00'),
    block(window, i * 7 + 4, '14:00', '15:00'),
    block(window, i + 9, '08:00', '09:00'),
  ];
}

/**
 * Team `team` (1-based) of `size` reports under a manager of their own, everyone with a
 * mailbox (mixed case, as Exchange stores them) and a few busy blocks in `window`.
 */
export function generateTeam(team: number, size: number, window: ReviewWindow): GeneratedTeam {
  const manager: GeneratedPerson = {
    id: idOf(team, 0),
    displayName: `Manager ${team}`,
    mail: `Manager${team}@contoso.onmicrosoft.com`,
    jobTitle: 'Engineering Manager',
    managerId: null,
    busy: managerBusy(window),
  };
  const reports = Array.from({ length: size }, (_, k) => ({
    id: idOf(team, k + 1),
    displayName: `Report ${team}.${k + 1}`,
    mail: `Report${k + 1}.T${team}@contoso.onmicrosoft.com`,
    jobTitle: 'Engineer',
    managerId: manager.id,
    busy: reportBusy(window, k + 1),
  }));
  return { manager, reports };
}

/** Inside the fixture's hours (Monday to Friday, 08:00 to 17:00 Pacific) on one day. */
export function inPacificWorkingHours(range: TimeRange): boolean {
  const start = pacific.toWall(Date.parse(range.start));
  const end = pacific.toWall(Date.parse(range.end));
  const weekday = !['saturday', 'sunday'].includes(start.weekday);
  return weekday && start.date === end.date && start.minuteOfDay >= 480 && end.minuteOfDay <= 1020;
}
