import type { Goal, Person, TenantSettings, WorkingHours } from '@northstar/shared';
import { testGoal } from '../../shared/src/domain/test-goal.js';
import { DemoDirectory } from '../../functions/src/adapters/demo/demo-directory.js';
import { RecordingNotifier } from '../../functions/src/adapters/demo/recording-notifier.js';
import { openSqliteStores } from '../../functions/src/adapters/sqlite/sqlite-stores.js';
import type { Clock } from '../../functions/src/ports/clock.js';
import type { Notifier } from '../../functions/src/ports/notifier.js';
import type { Stores } from '../../functions/src/ports/stores.js';
import { GoalSnapshots } from '../../functions/src/features/goals/goal-snapshots.js';
import { TenantSettingsService } from '../../functions/src/features/settings/tenant-settings-service.js';
import { kudosAnnouncer } from '../../functions/src/features/reminders/kudos-announcements.js';
import type { ReminderDeps } from '../../functions/src/features/reminders/reminder-deps.js';

// A small world for the reminder job's unit tests (functions/src/features/reminders): one tenant
// in an in-memory SQLite store, five people in four zones, and a clock the test moves.

/** The tenant of the reminder tests. */
export const TENANT = 'tenant-reminders';

const WEEKDAYS: WorkingHours['days'] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

function person(id: string, timeZone: string, hours: Partial<WorkingHours> = {}): Person {
  return {
    id,
    displayName: id,
    mail: `${id}@example.com`,
    jobTitle: 'Engineer',
    department: 'Engineering',
    managerId: null,
    timeZone,
    workingHours: { days: WEEKDAYS, startTime: '09:00', endTime: '17:30', timeZone, ...hours },
  };
}

/**
 * Ana in London, Raj in Kolkata (09:30-18:00), Sam in New York, Kai in a zone no runtime
 * knows, and Bo, who owns nothing.
 */
export const PEOPLE: readonly Person[] = [
  person('ana', 'Europe/London'),
  person('raj', 'Asia/Kolkata', { startTime: '09:30', endTime: '18:00' }),
  person('sam', 'America/New_York'),
  person('kai', 'Mars/Olympus_Mons'),
  person('bo', 'Europe/London'),
];

function goal(
  id: string,
  ownerId: string,
  lastCheckInAt: string | null,
  extra: Partial<Goal> = {},
) {
  const { etag: _etag, ...doc } = testGoal({
    id,
    tenantId: TENANT,
    ownerId,
    title: `Goal ${id}`,
    startDate: '2026-10-01',
    dueDate: '2026-12-31',
    periodId: 'fy27-q2',
    createdAt: '2026-10-01T09:00:00.000Z',
    lastCheckInAt,
    ...extra,
  });
  return doc;
}

/**
 * Ana: one goal due a check-in (10 days on Monday 23 Nov 2026), three stale ones and one done;
 * Raj checked in on Sunday; Sam and Kai each have a stale goal.
 */
const GOALS = [
  goal('g-ana-due', 'ana', '2026-11-13T09:00:00.000Z'),
  goal('g-ana-stale-1', 'ana', '2026-11-01T09:00:00.000Z'),
  goal('g-ana-stale-2', 'ana', '2026-11-02T09:00:00.000Z'),
  goal('g-ana-stale-3', 'ana', '2026-11-03T09:00:00.000Z'),
  goal('g-ana-done', 'ana', null, { metric: { unit: '%', start: 0, target: 10 }, current: 10 }),
  goal('g-raj', 'raj', '2026-11-22T12:00:00.000Z'),
  goal('g-sam', 'sam', '2026-10-20T09:00:00.000Z'),
  goal('g-kai', 'kai', '2026-10-20T09:00:00.000Z'),
];

const SETTINGS: TenantSettings = {
  tenantId: TENANT,
  name: 'Reminder tests',
  periods: [{ id: 'fy27-q2', name: 'FY27 Q2', startDate: '2026-10-01', endDate: '2026-12-31' }],
  checkInCadenceDays: 14,
  maxActiveGoalsPerOwner: 5,
  adminIds: [],
  anonymityThreshold: 5,
  companyValues: ['One team'],
};

/** A store with the test tenant, a clock the test moves, and deps over both. */
export interface ReminderWorld {
  stores: Stores;
  clock: Clock & { at: Date };
  deps: (notifier?: Notifier) => ReminderDeps;
  /** Kudos from Bo to Ana, waiting to be announced. */
  giveKudos(id: string): Promise<void>;
}

/** A fresh world; close `stores` after. */
export async function reminderWorld(): Promise<ReminderWorld> {
  const stores = openSqliteStores({ filename: ':memory:' });
  const clock = { at: new Date('2026-11-23T10:00:00Z'), now: () => new Date(clock.at) };
  await stores.settings.put(SETTINGS);
  for (const doc of GOALS) await stores.goals.create(doc);
  const directory = new DemoDirectory([
    { id: TENANT, name: SETTINGS.name, adminIds: [], people: [...PEOPLE] },
  ]);
  const snapshots = new GoalSnapshots(stores.goals);
  const settings = new TenantSettingsService(stores.settings, clock);
  const recording = new RecordingNotifier(stores.documents, clock);
  return {
    stores,
    clock,
    deps: (notifier = recording) => ({
      snapshots,
      documents: stores.documents,
      directory,
      settings,
      notifier,
      clock,
    }),
    giveKudos: (id) =>
      kudosAnnouncer(stores.documents)(
        {
          id,
          tenantId: TENANT,
          giverId: 'bo',
          receiverId: 'ana',
          value: 'One team',
          message: 'Thanks!',
          createdAt: '2026-11-22T18:00:00.000Z',
        },
        'Bo',
      ),
  };
}
