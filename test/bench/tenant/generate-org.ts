import type { Person } from '@northstar/shared';
import { DAY_STARTS, DEPARTMENTS, FIRST_NAMES, LAST_NAMES, TIME_ZONES } from './org-vocabulary.js';
import { seededRandom, type Random } from './seeded-random.js';

/** Levels below the CEO that may still manage people, so the org is at most 8 levels deep. */
const MAX_MANAGER_LEVEL = 6;
/** Chance that a report also manages a team; about 8.5 reports each gives ~3.5x growth a level. */
const MANAGER_CHANCE = 0.42;
const MIN_SPAN = 5;
const MAX_SPAN = 12;

interface Slot {
  index: number;
  level: number;
  managerIndex: number | null;
  department: string;
}

/** `p-000123`: stable, sortable person ids. */
export function personId(index: number): string {
  return `p-${String(index).padStart(6, '0')}`;
}

/** How many reports the next manager gets, never leaving fewer than MIN_SPAN for the next one. */
function spanFor(random: Random, remaining: number): number {
  const span = Math.min(random.int(MIN_SPAN, MAX_SPAN), remaining);
  const rest = remaining - span;
  if (rest === 0 || rest >= MIN_SPAN) return span;
  return remaining <= MAX_SPAN ? remaining : remaining - MIN_SPAN;
}

/** Lays out the reporting tree breadth first; leaves step in as managers if the queue runs dry. */
function layOutTree(random: Random, count: number): Slot[] {
  const slots: Slot[] = [{ index: 0, level: 0, managerIndex: null, department: 'Executive' }];
  const managers: Slot[] = [];
  const reserve: Slot[] = [];
  let manager: Slot | undefined = slots[0];
  while (manager && slots.length < count) {
    const span = spanFor(random, count - slots.length);
    for (let n = 0; n < span; n++) {
      const level = manager.level + 1;
      const department =
        level === 1 ? (DEPARTMENTS[n % DEPARTMENTS.length] ?? 'General') : manager.department;
      const slot = { index: slots.length, level, managerIndex: manager.index, department };
      slots.push(slot);
      if (level > MAX_MANAGER_LEVEL) continue;
      (level === 1 || random.chance(MANAGER_CHANCE) ? managers : reserve).push(slot);
    }
    manager = managers.shift() ?? reserve.shift();
  }
  return slots;
}

function jobTitle(slot: Slot, manages: boolean): string {
  if (slot.level === 0) return 'Chief Executive Officer';
  if (slot.level === 1) return `Vice President, ${slot.department}`;
  if (manages) return slot.level <= 3 ? `Director, ${slot.department}` : 'Team Lead';
  return slot.level % 2 === 0
    ? `Senior ${slot.department} Specialist`
    : `${slot.department} Specialist`;
}

function toPerson(random: Random, slot: Slot, manages: boolean): Person {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const zone = random.pick(TIME_ZONES);
  const start = random.pick(DAY_STARTS);
  const [hours = 9, minutes = 0] = start.split(':').map(Number);
  const end = hours * 60 + minutes + 8 * 60 + 30;
  const endTime = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  const id = personId(slot.index);
  return {
    id,
    displayName: `${first} ${last}`,
    mail: `${first}.${last}.${String(slot.index)}@bench.example`.toLowerCase(),
    jobTitle: jobTitle(slot, manages),
    department: slot.department,
    managerId: slot.managerIndex === null ? null : personId(slot.managerIndex),
    timeZone: zone.zone,
    workingHours: { days: [...zone.days], startTime: start, endTime, timeZone: zone.zone },
  };
}

/**
 * A fictional org of `peopleCount` people, the same for the same seed: one CEO, a department
 * per VP, span of control 5-12 and (for 10,000 people) 6-8 levels, spread over a handful of
 * IANA time zones with their usual working week.
 */
export function generateOrg(seed: number, peopleCount: number): Person[] {
  const random = seededRandom(seed);
  const slots = layOutTree(random, peopleCount);
  const managerIndexes = new Set(slots.map((s) => s.managerIndex));
  return slots.map((slot) => toPerson(random, slot, managerIndexes.has(slot.index)));
}
