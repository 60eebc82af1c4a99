import type {
  Goal,
  LocalMoment,
  Person,
  ReminderEvent,
  ReminderInput,
  TenantSettings,
} from '@northstar/shared';
import { localMoment } from '@northstar/shared';
import type { KudosAnnouncement } from '../notifications/notification-documents.js';
import { kudosEvent, pendingAnnouncements } from './kudos-announcements.js';
import type { ReminderDeps } from './reminder-deps.js';
import { lastCheckIns, reminderGoals } from './reminder-goals.js';
import { historyOf, readWeek, type WeekRead } from './reminder-history.js';
import { REMINDER_DEFAULTS, reminderRulesOf } from './reminder-settings.js';
import { reviewStepEvents } from './review-step-events.js';

/** The planner's input for one tenant, and what a run needs besides to send and record. */
export interface GatheredReminders {
  input: ReminderInput;
  /** Each planned person's current week as read, by person id. */
  weeks: ReadonlyMap<string, WeekRead>;
  /** Every goal of the tenant, by id (template parameters). */
  goals: ReadonlyMap<string, Goal>;
  /** Every event, by its reminder key. */
  events: ReadonlyMap<string, ReminderEvent>;
  /** The kudos announcements behind `kudos_received` events, by reminder key. */
  announcements: ReadonlyMap<string, KudosAnnouncement>;
  /** People something could be due for (the directory knows them), resting or not. */
  considered: number;
  /** People with a known zone who are outside their working hours now. */
  outsideWorkingHours: number;
}

/** The key the planner gives an event's reminder (see `eventReminder` in shared). */
export function eventKey(event: Pick<ReminderEvent, 'kind' | 'id'>): string {
  return `${event.kind}:${event.id}`;
}

function momentOrNull(person: Person, now: Date): LocalMoment | null {
  try {
    return localMoment(person.workingHours, now);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Who the run plans for, with their weeks: see {@link gatherReminders}. */
interface PlannedPeople {
  people: Person[];
  weeks: Map<string, WeekRead>;
  outsideWorkingHours: number;
}

/**
 * Reads the current week of everyone inside their working hours (the planner gives nobody else
 * anything now) and leaves out whoever got a delivery within the last
 * `minutesBetweenDeliveries`: a repeated run sends them nothing new.
 */
async function plannedPeople(
  deps: ReminderDeps,
  tenantId: string,
  people: readonly Person[],
  now: Date,
): Promise<PlannedPeople> {
  const recent = new Date(now.getTime() - REMINDER_DEFAULTS.minutesBetweenDeliveries * 60_000);
  const moments = people.map((person) => ({ person, moment: momentOrNull(person, now) }));
  const working = moments.flatMap(({ person, moment }) =>
    moment?.working ? [{ id: person.id, weekStart: moment.weekStart }] : [],
  );
  const weeks = await Promise.all(
    working.map(({ id, weekStart }) => readWeek(deps.documents, tenantId, id, weekStart)),
  );
  const sentRecently = (week: WeekRead) => (week.stored?.lastSentAt ?? '') >= recent.toISOString();
  const resting = new Set(weeks.filter(sentRecently).map((week) => week.personId));
  return {
    people: people.filter((person) => !resting.has(person.id)),
    weeks: new Map(weeks.map((week) => [week.personId, week])),
    outsideWorkingHours: moments.filter(({ moment }) => moment?.working === false).length,
  };
}

/** The events to announce: kudos not yet announced, and review steps due. */
async function gatherEvents(
  deps: ReminderDeps,
  tenantId: string,
  now: Date,
  goals: ReadonlyMap<string, Goal>,
  tenant: TenantSettings,
) {
  const [pending, steps] = await Promise.all([
    pendingAnnouncements(deps.documents, tenantId),
    reviewStepEvents(deps.documents, tenantId, now),
  ]);
  const announcements = new Map(
    pending.map((a) => [eventKey({ kind: 'kudos_received', id: a.kudosId }), a]),
  );
  return { announcements, events: [...pending.map((a) => kudosEvent(a, goals, tenant)), ...steps] };
}

/**
 * Gathers one tenant's reminder input at `now`: the goals that may need a nudge, the kudos not
 * yet announced and the review steps due, the people they concern (looked up in the directory;
 * someone it no longer knows is left out), when each last checked in, and each person's history
 * for their current local week.
 */
export async function gatherReminders(
  deps: ReminderDeps,
  tenantId: string,
  now: Date,
): Promise<GatheredReminders> {
  const [tenant, snapshot] = await Promise.all([
    deps.settings.get(tenantId),
    deps.snapshots.get(tenantId),
  ]);
  const rules = reminderRulesOf(tenant);
  const goals = new Map(snapshot.goals.map((goal) => [goal.id, goal]));
  const nudged = reminderGoals(snapshot, now, rules.cadenceDays);
  const { announcements, events } = await gatherEvents(deps, tenantId, now, goals, tenant);
  const ids = new Set([...nudged.map((g) => g.ownerId), ...events.map((e) => e.personId)]);
  const found = await Promise.all([...ids].map((id) => deps.directory.getPerson(tenantId, id)));
  const known = found.filter((person): person is Person => person !== null);
  const { people, weeks, outsideWorkingHours } = await plannedPeople(deps, tenantId, known, now);
  const checkedIn = lastCheckIns(snapshot.goals);
  return {
    input: {
      now,
      people: people.map(({ id, workingHours }) => ({
        id,
        workingHours,
        lastUpdateAt: checkedIn.get(id) ?? null,
      })),
      goals: nudged,
      events,
      history: [...weeks.values()].map(historyOf),
      settings: rules.settings,
    },
    weeks,
    goals,
    events: new Map(events.map((event) => [eventKey(event), event])),
    announcements,
    considered: known.length,
    outsideWorkingHours,
  };
}
