import { OneOnOneSchema, OneOnOneSeriesSchema, ownProgress } from '@northstar/shared';
import type { StoredOneOnOne } from '../../features/one-on-ones/one-on-one-deps.js';
import { openSqliteStores } from '../sqlite/sqlite-stores.js';
import { demoGoals, seedDemoTenant } from './demo-seed.js';
import {
  SEED_ONE_ON_ONE_REPORT_ID,
  SEED_OPEN_ACTION_ITEM_ID,
  SEED_SERIES_ID,
  demoOneOnOnes,
} from './demo-seed-one-on-ones.js';
import { CONTOSO_TENANT_ID, DEMO_MANAGER_ID, demoTenants } from './demo-tenants.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const goals = demoGoals(CONTOSO_TENANT_ID, NOW).map((seed) => seed.goal);

describe('the demo 1:1 series', () => {
  const { series, meetings } = demoOneOnOnes(CONTOSO_TENANT_ID, NOW, goals);
  const [past, next] = meetings;

  it('pairs Priya Raman with one of her direct reports', () => {
    const report = demoTenants()[0]!.people.find((p) => p.id === SEED_ONE_ON_ONE_REPORT_ID);
    expect(report?.managerId).toBe(DEMO_MANAGER_ID);
    expect(OneOnOneSeriesSchema.parse({ ...series, etag: '1' })).toMatchObject({
      id: SEED_SERIES_ID,
      managerId: DEMO_MANAGER_ID,
      reportId: SEED_ONE_ON_ONE_REPORT_ID,
    });
  });

  it('has a past 1:1 with agenda, shared notes and an open action item, and a next one', () => {
    for (const m of meetings)
      expect(OneOnOneSchema.parse({ ...m, etag: '1' }).seriesId).toBe(SEED_SERIES_ID);
    expect(Date.parse(past!.scheduledFor)).toBeLessThan(NOW.getTime());
    expect(Date.parse(next!.scheduledFor)).toBeGreaterThan(NOW.getTime());
    expect(past!.agenda.length).toBeGreaterThan(0);
    expect(past!.sharedNotes).not.toBe('');
    expect(past!.actionItems.filter((a) => !a.done).map((a) => a.id)).toEqual([
      SEED_OPEN_ACTION_ITEM_ID,
    ]);
  });

  it('carries the open action item over and lists the goal Ananya checked in on since', () => {
    expect(next!.actionItems.map((a) => [a.id, a.done])).toEqual([
      [SEED_OPEN_ACTION_ITEM_ID, false],
    ]);
    const alerting = goals.find((g) => g.id === 'g-ananya-alerting')!;
    expect(next!.changedGoals).toEqual([
      { id: alerting.id, title: alerting.title, progress: ownProgress(alerting) },
    ]);
    expect(next!.changedGoals[0]!.progress).toBeGreaterThan(0);
    const linked = past!.agenda.flatMap((p) => p.goalIds);
    const known = new Set(goals.map((g) => g.id));
    for (const id of linked) expect(known.has(id)).toBe(true);
  });

  it('is stored in the manager partition of the meetings collection', async () => {
    const stores = openSqliteStores({ filename: ':memory:' });
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const stored = await stores.documents
      .collection<StoredOneOnOne>('meetings')
      .query(CONTOSO_TENANT_ID, { partition: DEMO_MANAGER_ID }, { limit: 10 });
    expect(stored.items.map((d) => d.kind).sort()).toEqual([
      'one-on-one',
      'one-on-one',
      'one-on-one-series',
    ]);
    await stores.close();
  });
});
