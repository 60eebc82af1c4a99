import { zoneClock, type Person, type SlotRange, type Weekday } from '@northstar/shared';

/**
 * FAKE busy calendars for the demo tenants, for local runs and tests: every demo person gets
 * 2-6 recurring weekly meetings (a daily standup, focus time, customer calls...) drawn from a
 * PRNG seeded by their id, so the same person has the same week on every run and machine.
 * Production reads calendars from Microsoft Graph.
 */

/** A meeting that repeats every week on `days`, in the person's own time zone. */
export interface RecurringBusyBlock {
  title: string;
  days: Weekday[];
  /** `HH:MM` local time. */
  startTime: string;
  minutes: number;
}

/** A busy stretch of one person's calendar. */
export interface BusyInstance extends SlotRange {
  title: string;
}

/** What demo calendars are made of; `daily` ones repeat on every working day. */
const TEMPLATES: readonly { title: string; minutes: number; daily?: boolean }[] = [
  { title: 'Team standup', minutes: 15, daily: true },
  { title: 'Focus time', minutes: 120 },
  { title: 'Customer call', minutes: 60 },
  { title: '1:1 with manager', minutes: 30 },
  { title: 'Sprint planning', minutes: 60 },
  { title: 'Design review', minutes: 45 },
  { title: 'Interview panel', minutes: 60 },
  { title: 'Lunch and learn', minutes: 60 },
];

const DAY_MS = 86_400_000;

/** FNV-1a: a stable 32-bit seed from a string. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast PRNG; good enough for demo calendars, not for anything secret. */
function seededRandom(seed: string): (below: number) => number {
  let state = hashSeed(seed);
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * below);
  };
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function hhmm(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The person's recurring meetings: 2-6 of them, each on a quarter hour inside their working
 * hours (an overnight shift is treated as running to midnight). Deterministic per person id.
 */
export function recurringBusyBlocks(person: Person): RecurringBusyBlock[] {
  const random = seededRandom(person.id);
  const { days, startTime, endTime } = person.workingHours;
  const dayStart = minutesOf(startTime);
  const dayEnd = minutesOf(endTime) > dayStart ? minutesOf(endTime) : 24 * 60;
  const count = 2 + random(5);
  const blocks: RecurringBusyBlock[] = [];
  for (let i = 0; i < count && days.length > 0; i += 1) {
    const template = TEMPLATES[random(TEMPLATES.length)];
    const day = days[random(days.length)];
    if (!template || !day) continue;
    const starts = Math.floor((dayEnd - dayStart - template.minutes) / 15) + 1;
    if (starts <= 0) continue;
    blocks.push({
      title: template.title,
      days: template.daily ? [...days] : [day],
      startTime: hhmm(dayStart + 15 * random(starts)),
      minutes: template.minutes,
    });
  }
  return blocks;
}

/**
 * The person's recurring meetings that overlap `[start, end)` (epoch ms), expanded in their own
 * time zone (so they move with its DST changes), sorted by start.
 */
export function busyInstances(person: Person, start: number, end: number): BusyInstance[] {
  const clock = zoneClock(person.workingHours.timeZone);
  const blocks = recurringBusyBlocks(person);
  const out: BusyInstance[] = [];
  const last = clock.toWall(end + DAY_MS).date;
  // Every local date from the day before the window to the day after, stepping noon to noon.
  for (let date = clock.toWall(start - DAY_MS).date; date <= last;) {
    const noon = clock.toUtc({ date, time: '12:00' });
    const weekday = clock.toWall(noon).weekday;
    for (const block of blocks.filter((b) => b.days.includes(weekday))) {
      const from = clock.toUtc({ date, time: block.startTime });
      const to = from + block.minutes * 60_000;
      if (from < end && to > start)
        out.push({ title: block.title, start: iso(from), end: iso(to) });
    }
    date = clock.toWall(noon + DAY_MS).date;
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
