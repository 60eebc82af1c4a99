import type { WorkingHours } from '../../contracts/person.js';
import type {
  ReminderGoal,
  ReminderInput,
  ReminderPerson,
  ReminderSettings,
} from './reminder-types.js';

/** Monday to Friday. */
export const WEEKDAYS: WorkingHours['days'] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
];

/** Every day of the week (DST changes fall on Sundays). */
export const EVERY_DAY: WorkingHours['days'] = [...WEEKDAYS, 'saturday', 'sunday'];

/**
 * A person for tests: Mon-Fri 09:00-17:30 in `timeZone` unless `hours` says otherwise, never
 * updated anything. Not exported from the package index.
 */
export function testPerson(
  id: string,
  timeZone = 'Europe/London',
  hours: Partial<WorkingHours> = {},
  lastUpdateAt: string | null = null,
): ReminderPerson {
  return {
    id,
    workingHours: { days: WEEKDAYS, startTime: '09:00', endTime: '17:30', timeZone, ...hours },
    lastUpdateAt,
  };
}

/** An active goal of `ownerId`, last checked in at `lastCheckInAt`, on a weekly cadence. */
export function testReminderGoal(
  id: string,
  ownerId: string,
  lastCheckInAt: string | null,
  overrides: Partial<ReminderGoal> = {},
): ReminderGoal {
  return {
    id,
    title: `Goal ${id}`,
    ownerId,
    state: 'active',
    lastCheckInAt,
    createdAt: '2026-01-05T09:00:00.000Z',
    cadenceDays: 7,
    ...overrides,
  };
}

/** Cap 3 a week, stale after 21 days, skip people active in the last 24 hours. */
export const TEST_SETTINGS: ReminderSettings = {
  weeklyCap: 3,
  staleDays: 21,
  skipIfUpdatedWithinHours: 24,
};

/** An input at `now` with nothing in it but what `parts` adds. */
export function testInput(
  now: string,
  parts: Partial<Omit<ReminderInput, 'now'>> = {},
): ReminderInput {
  return {
    now: new Date(now),
    people: [],
    goals: [],
    events: [],
    history: [],
    settings: TEST_SETTINGS,
    ...parts,
  };
}
