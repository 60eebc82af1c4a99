import { zoneClock, type ZoneClock } from '../slots/zoned-time.js';
import {
  byPriority,
  eventReminder,
  goalReminder,
  type CandidateContext,
} from './reminder-candidates.js';
import { digestDayIndex, localMoment } from './reminder-week.js';
import type {
  ReminderEvent,
  ReminderGoal,
  ReminderHistory,
  ReminderInput,
  ReminderItem,
  ReminderPerson,
  ReminderPlan,
  ReminderSettings,
} from './reminder-types.js';

/** The optional settings' defaults. */
export const REMINDER_SETTING_DEFAULTS = {
  digestDay: 'friday',
  reviewLeadDays: 3,
  maxPerRun: 1,
} as const satisfies Partial<ReminderSettings>;

const HOUR_MS = 3_600_000;

/** The digest key of a week: recorded in the history once the digest has gone out. */
export function digestKey(weekStart: string): string {
  return `digest:${weekStart}`;
}

/** What one person gets in one run. */
interface PersonPlan {
  weekStart: string;
  now: ReminderItem[];
  /** Due but beyond the weekly cap. */
  overCap: ReminderItem[];
  digestDue: boolean;
}

/** The input's goals, events and history by person, so each person costs only their own. */
interface ByPerson {
  goals: Map<string, ReminderGoal[]>;
  events: Map<string, ReminderEvent[]>;
  history: Map<string, ReminderHistory[]>;
}

function groupBy<T>(items: readonly T[], personOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(personOf(item));
    if (group) group.push(item);
    else groups.set(personOf(item), [item]);
  }
  return groups;
}

function recentlyUpdated(person: ReminderPerson, input: ReminderInput): boolean {
  if (person.lastUpdateAt === null) return false;
  const since = input.now.getTime() - Date.parse(person.lastUpdateAt);
  return since < input.settings.skipIfUpdatedWithinHours * HOUR_MS;
}

/** Everything due for `person` now that was not delivered this week, best first, one per key. */
function candidatesFor(
  person: ReminderPerson,
  context: CandidateContext,
  input: ReminderInput,
  byPerson: ByPerson,
  sent: ReadonlySet<string>,
): ReminderItem[] {
  // Someone active in the app right now needs no nudge about their goals; news still reaches them.
  const goals = recentlyUpdated(person, input) ? [] : (byPerson.goals.get(person.id) ?? []);
  const items = [
    ...goals.map((goal) => goalReminder(goal, context)),
    ...(byPerson.events.get(person.id) ?? []).map((event) => eventReminder(event, context)),
  ];
  const unique = new Map<string, ReminderItem>();
  for (const item of items) {
    if (item && !sent.has(item.key) && !unique.has(item.key)) unique.set(item.key, item);
  }
  return [...unique.values()].sort(byPriority);
}

function planPerson(
  person: ReminderPerson,
  clock: ZoneClock,
  input: ReminderInput,
  byPerson: ByPerson,
): PersonPlan | null {
  const { settings, now } = input;
  const week = localMoment(person.workingHours, now, clock);
  if (!week.working) return null;
  const current = byPerson.history.get(person.id)?.find((h) => h.weekStart === week.weekStart);
  const sent = new Set(current?.sentKeys);
  const reviewLeadDays = settings.reviewLeadDays ?? REMINDER_SETTING_DEFAULTS.reviewLeadDays;
  const context = { now, week, staleDays: settings.staleDays, reviewLeadDays };
  const candidates = candidatesFor(person, context, input, byPerson, sent);
  const capLeft = Math.max(0, Math.floor(settings.weeklyCap) - (current?.sentCount ?? 0));
  const perRun = Math.max(0, Math.floor(settings.maxPerRun ?? REMINDER_SETTING_DEFAULTS.maxPerRun));
  const digestDay = settings.digestDay ?? REMINDER_SETTING_DEFAULTS.digestDay;
  const digestFrom = digestDayIndex(person.workingHours, digestDay);
  return {
    weekStart: week.weekStart,
    now: candidates.slice(0, Math.min(capLeft, perRun)),
    // Within the cap but past this run's share, an item simply waits for a later run.
    overCap: candidates.slice(capLeft),
    digestDue:
      digestFrom >= 0 && week.dayIndex >= digestFrom && !sent.has(digestKey(week.weekStart)),
  };
}

/** A clock for `zone`, or null when the runtime does not know the zone. */
function clockOrNull(zone: string): ZoneClock | null {
  try {
    return zoneClock(zone);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function digestText(count: number): string {
  return count === 1
    ? 'One more update from Northstar this week.'
    : `${count} more updates from Northstar this week.`;
}

/**
 * Which reminders to send now, run by the hourly timer. Pure: the same input gives the same plan.
 *
 * For each person inside their working hours (in their own zone, DST applied; anyone else gets
 * nothing now and is planned again by a later run): due reminders are their goals' nudges
 * (`stale`, `check_in_due`; none for someone who updated within `skipIfUpdatedWithinHours`) and
 * their events (`kudos_received`, `feedback_received`, `review_step_due` from `reviewLeadDays`
 * before the due date through that day), each key at most once a week, best first (deadlines,
 * news, nudges). At most `maxPerRun` go out per run (the rest wait for later runs) and never
 * more than `weeklyCap` a week: what is over the cap is `deferred`, and goes out in the digest
 * at the first run inside working hours on or after the digest day (the digest does not count
 * against the cap; an empty one is not sent). The caller records, per person and local week
 * (`ReminderHistory`), each delivered key, the digest's key, and the count of notifications.
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const plan: ReminderPlan = { notifications: [], deferred: [], digests: [], unknownTimeZones: [] };
  const byPerson: ByPerson = {
    goals: groupBy(input.goals, (goal) => goal.ownerId),
    events: groupBy(input.events, (event) => event.personId),
    history: groupBy(input.history, (entry) => entry.personId),
  };
  const clocks = new Map<string, ZoneClock | null>();
  for (const person of input.people) {
    const zone = person.workingHours.timeZone;
    if (!clocks.has(zone)) clocks.set(zone, clockOrNull(zone));
    const clock = clocks.get(zone);
    if (!clock) {
      plan.unknownTimeZones.push(person.id);
      continue;
    }
    const planned = planPerson(person, clock, input, byPerson);
    if (!planned) continue;
    plan.notifications.push(...planned.now);
    if (!planned.digestDue) plan.deferred.push(...planned.overCap);
    else if (planned.overCap.length > 0) {
      plan.digests.push({
        personId: person.id,
        key: digestKey(planned.weekStart),
        items: planned.overCap,
        text: digestText(planned.overCap.length),
      });
    }
  }
  return plan;
}
