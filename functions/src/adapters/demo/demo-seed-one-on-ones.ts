import { ownProgress, utcDay, type Goal } from '@northstar/shared';
import type { StoredOneOnOne, StoredSeries } from '../../features/one-on-ones/one-on-one-deps.js';
import { seriesIdFor } from '../../features/one-on-ones/series-service.js';
import type { Stores } from '../../ports/stores.js';
import { CONTOSO_TENANT_ID, DEMO_MANAGER_ID } from './demo-tenants.js';

/** Priya Raman's report in the demo 1:1 series (not `DEMO_EMPLOYEE_ID`, whom tests pair anew). */
export const SEED_ONE_ON_ONE_REPORT_ID = 'ananya-iyer';
/** The demo series of Priya Raman and Ananya Iyer, with the id `createSeries` would give it. */
export const SEED_SERIES_ID = seriesIdFor(DEMO_MANAGER_ID, SEED_ONE_ON_ONE_REPORT_ID);
/** The open action item of the past 1:1, carried over to the next one. */
export const SEED_OPEN_ACTION_ITEM_ID = 'ai-seed-flapping-checks';

const DAY_MS = 24 * 60 * 60 * 1000;
const MANAGER = DEMO_MANAGER_ID;
const REPORT = SEED_ONE_ON_ONE_REPORT_ID;

type NewSeries = Omit<StoredSeries, 'etag'>;
type NewOneOnOne = Omit<StoredOneOnOne, 'etag'>;

/** 11:00 in Kolkata (05:30 UTC) on the day `days` after `now`, where both of them work. */
function meetingTime(now: Date, days: number): string {
  return `${utcDay(new Date(now.getTime() + days * DAY_MS))}T05:30:00.000Z`;
}

function shifted(instant: string, hours: number): string {
  return new Date(Date.parse(instant) + hours * 60 * 60 * 1000).toISOString();
}

/** The past 1:1 (a week ago): agenda covered, shared notes, one open and one done action item. */
function pastOneOnOne(tenantId: string, now: Date): NewOneOnOne {
  const at = meetingTime(now, -7);
  return {
    id: 'oo-seed-priya-ananya-1',
    tenantId,
    organizerId: MANAGER,
    kind: 'one-on-one',
    seriesId: SEED_SERIES_ID,
    managerId: MANAGER,
    reportId: REPORT,
    scheduledFor: at,
    agenda: [
      {
        id: 'tp-seed-alert-noise',
        authorId: REPORT,
        text: 'Alert noise: where the remaining alerts come from',
        goalIds: ['g-ananya-alerting'],
        done: true,
      },
      {
        id: 'tp-seed-on-call',
        authorId: MANAGER,
        text: 'On-call rotation for next quarter',
        goalIds: [],
        done: true,
      },
    ],
    sharedNotes:
      'Most of the remaining noise comes from flapping health checks; Ananya will group them. ' +
      'Agreed to pair with Grady on the SLO alert rules.',
    actionItems: [
      {
        id: SEED_OPEN_ACTION_ITEM_ID,
        ownerId: REPORT,
        text: 'Group the flapping health checks into one alert per service',
        done: false,
        dueDate: utcDay(new Date(now.getTime() + 3 * DAY_MS)),
      },
      {
        id: 'ai-seed-pair-with-grady',
        ownerId: MANAGER,
        text: 'Ask Grady to pair on the SLO alert rules',
        done: true,
        dueDate: null,
      },
    ],
    changedGoals: [],
    createdAt: shifted(at, -48),
    updatedAt: shifted(at, 1),
  };
}

/**
 * The next 1:1 (in a week), as `createOccurrence` would schedule it: the open action items of the
 * past one carried over, and the report's goals updated since it with their progress.
 */
function nextOneOnOne(past: NewOneOnOne, goals: readonly Omit<Goal, 'etag'>[], now: Date) {
  const changed = goals.filter(
    (g) => g.ownerId === REPORT && Date.parse(g.updatedAt) > Date.parse(past.scheduledFor),
  );
  const next: NewOneOnOne = {
    ...past,
    id: 'oo-seed-priya-ananya-2',
    scheduledFor: meetingTime(now, 7),
    agenda: [
      {
        id: 'tp-seed-self-review',
        authorId: REPORT,
        text: 'My self review: what to highlight',
        goalIds: [],
        done: false,
      },
    ],
    sharedNotes: '',
    actionItems: past.actionItems.filter((item) => !item.done),
    changedGoals: changed.map((g) => ({ id: g.id, title: g.title, progress: ownProgress(g) ?? 0 })),
    createdAt: shifted(past.scheduledFor, 1),
    updatedAt: shifted(past.scheduledFor, 1),
  };
  return next;
}

/** The demo 1:1 series of Priya Raman and Ananya Iyer with a past and a next 1:1. */
export function demoOneOnOnes(
  tenantId: string,
  now: Date,
  goals: readonly Omit<Goal, 'etag'>[],
): { series: NewSeries; meetings: NewOneOnOne[] } {
  const past = pastOneOnOne(tenantId, now);
  const series: NewSeries = {
    id: SEED_SERIES_ID,
    tenantId,
    organizerId: MANAGER,
    kind: 'one-on-one-series',
    managerId: MANAGER,
    reportId: REPORT,
    createdAt: past.createdAt,
    updatedAt: past.createdAt,
  };
  return { series, meetings: [past, nextOneOnOne(past, goals, now)] };
}

/** Seeds Contoso's demo 1:1 series; other tenants get none. */
export async function seedDemoOneOnOnes(
  stores: Stores,
  tenantId: string,
  now: Date,
  goals: readonly Omit<Goal, 'etag'>[],
): Promise<void> {
  if (tenantId !== CONTOSO_TENANT_ID) return;
  const { series, meetings } = demoOneOnOnes(tenantId, now, goals);
  await stores.documents.collection<StoredSeries>('meetings').create(series);
  const collection = stores.documents.collection<StoredOneOnOne>('meetings');
  for (const meeting of meetings) await collection.create(meeting);
}
