import {
  TenantSettingsSchema,
  type CheckIn,
  type Goal,
  type TenantSettings,
} from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { CheckInRepository, GoalFilter, GoalRepository } from '../../ports/goal-repository.js';
import type { SettingsRepository } from '../../ports/settings-repository.js';
import type {
  DocumentCollection,
  DocumentCollectionName,
  DocumentStore,
  StoredDocument,
} from '../../ports/document-store.js';
import type { Stores } from '../../ports/stores.js';
import { openSqliteStores } from '../sqlite/sqlite-stores.js';
import { demoSettings, seedDemoTenant } from './demo-seed.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_ADMIN_ID,
  FABRIKAM_CEO_ID,
  FABRIKAM_TENANT_ID,
} from './demo-tenants.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');

type Writes = string[];

function matches(g: Goal, f: GoalFilter): boolean {
  return (
    (f.ownerId === undefined || g.ownerId === f.ownerId) &&
    (f.level === undefined || g.level === f.level) &&
    (f.periodId === undefined || g.periodId === f.periodId) &&
    (f.parentId === undefined || g.parentIds.some((p) => p.goalId === f.parentId)) &&
    (f.includeArchived === true || g.state === 'active')
  );
}

/** Goals in a Map keyed by tenant and id; `list` ignores cursors (one page is enough here). */
function fakeGoals(goals: Map<string, Goal>, writes: Writes): GoalRepository {
  const key = (tenantId: string, id: string) => `${tenantId}/${id}`;
  const inTenant = (tenantId: string) => [...goals.values()].filter((g) => g.tenantId === tenantId);
  return {
    get: (tenantId, id) => Promise.resolve(goals.get(key(tenantId, id)) ?? null),
    create: (goal) => {
      if (goals.has(key(goal.tenantId, goal.id))) {
        return Promise.reject(new DomainError('conflict', goal.id));
      }
      const stored = { ...goal, etag: '1' };
      goals.set(key(goal.tenantId, goal.id), stored);
      writes.push(`goal ${goal.id}`);
      return Promise.resolve(stored);
    },
    update: () => Promise.reject(new DomainError('precondition_failed', 'not in this fake')),
    list: (tenantId, filter, page) =>
      Promise.resolve({
        items: inTenant(tenantId)
          .filter((g) => matches(g, filter))
          .slice(0, page.limit),
      }),
    listAll: (tenantId, periodId) =>
      Promise.resolve(
        inTenant(tenantId).filter((g) => periodId === undefined || g.periodId === periodId),
      ),
    listEtags: (tenantId) =>
      Promise.resolve(new Map(inTenant(tenantId).map((g) => [g.id, g.etag]))),
    count: (tenantId) => Promise.resolve(inTenant(tenantId).length),
  };
}

function fakeCheckIns(checkIns: CheckIn[], writes: Writes): CheckInRepository {
  return {
    add: (checkIn) => {
      checkIns.push(checkIn);
      writes.push(`checkIn ${checkIn.id}`);
      return Promise.resolve(checkIn);
    },
    get: (tenantId, goalId, id) =>
      Promise.resolve(
        checkIns.find((c) => c.tenantId === tenantId && c.goalId === goalId && c.id === id) ?? null,
      ),
    listByGoal: (tenantId, goalId) =>
      Promise.resolve({
        items: checkIns.filter((c) => c.tenantId === tenantId && c.goalId === goalId).reverse(),
      }),
  };
}

function fakeSettings(writes: Writes): SettingsRepository {
  const settings = new Map<string, TenantSettings>();
  return {
    get: (tenantId) => Promise.resolve(settings.get(tenantId) ?? null),
    put: (value) => {
      settings.set(value.tenantId, value);
      writes.push(`settings ${value.tenantId}`);
      return Promise.resolve(value);
    },
  };
}

/** In-memory SQLite documents whose creates are recorded as `<collection> <id>`. */
function recordingDocuments(writes: Writes): DocumentStore {
  const documents = openSqliteStores({ filename: ':memory:' }).documents;
  return {
    collection: <T extends StoredDocument>(name: DocumentCollectionName) => {
      const inner = documents.collection<T>(name);
      return {
        get: (tenantId, partition, id) => inner.get(tenantId, partition, id),
        create: (doc) => {
          writes.push(`${name} ${doc.id}`);
          return inner.create(doc);
        },
        replace: (doc, etag) => inner.replace(doc, etag),
        query: (tenantId, filter, page) => inner.query(tenantId, filter, page),
      } satisfies DocumentCollection<T>;
    },
  };
}

/** Map-backed stores that record every write, in order, so tests can count them. */
function inMemoryStores() {
  const goals = new Map<string, Goal>();
  const checkIns: CheckIn[] = [];
  const writes: Writes = [];
  const stores: Stores = {
    kind: 'sqlite',
    goals: fakeGoals(goals, writes),
    checkIns: fakeCheckIns(checkIns, writes),
    settings: fakeSettings(writes),
    documents: recordingDocuments(writes),
    close: () => Promise.resolve(),
  };
  return { stores, goals, checkIns, writes };
}

describe('seedDemoTenant', () => {
  it('seeds settings, goals parents first, check-ins, cycles, reviews, kudos, 1:1s', async () => {
    const { stores, goals, checkIns, writes } = inMemoryStores();

    await expect(seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW)).resolves.toEqual({ seeded: true });

    expect(writes[0]).toBe(`settings ${CONTOSO_TENANT_ID}`);
    const kinds = [...new Set(writes.slice(1).map((w) => w.split(' ')[0]))];
    expect(kinds).toEqual(['goal', 'checkIn', 'cycles', 'reviews', 'feedback', 'meetings']);
    expect(writes.slice(1, goals.size + 1).every((w) => w.startsWith('goal '))).toBe(true);
    expect(writes.filter((w) => w.startsWith('reviews '))).toHaveLength(80);
    expect(writes.filter((w) => w.startsWith('meetings '))).toHaveLength(3);
    expect(goals.size).toBeGreaterThan(30);
    expect(checkIns.length).toBeGreaterThan(goals.size);
    await expect(stores.settings.get(CONTOSO_TENANT_ID)).resolves.toEqual(
      demoSettings(CONTOSO_TENANT_ID, NOW),
    );
  });

  it('seeds only an empty store: the second call writes nothing', async () => {
    const { stores, writes } = inMemoryStores();
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const before = writes.length;

    await expect(seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW)).resolves.toEqual({
      seeded: false,
    });
    expect(writes).toHaveLength(before);
  });

  it('seeds each tenant separately, with nothing of one in the other', async () => {
    const { stores } = inMemoryStores();
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const contosoCount = await stores.goals.count(CONTOSO_TENANT_ID);

    await expect(seedDemoTenant(stores, FABRIKAM_TENANT_ID, NOW)).resolves.toEqual({
      seeded: true,
    });
    await expect(stores.goals.count(FABRIKAM_TENANT_ID)).resolves.toBe(2);
    await expect(stores.goals.count(CONTOSO_TENANT_ID)).resolves.toBe(contosoCount);
    const fabrikam = await stores.goals.listAll(FABRIKAM_TENANT_ID);
    const contosoIds = new Set((await stores.goals.listAll(CONTOSO_TENANT_ID)).map((g) => g.id));
    for (const goal of fabrikam) {
      for (const { goalId } of goal.parentIds) expect(contosoIds.has(goalId)).toBe(false);
    }
  });

  it('refuses a tenant that is not a demo one, writing nothing', async () => {
    const { stores, writes } = inMemoryStores();

    await expect(seedDemoTenant(stores, 'not-a-demo-tenant', NOW)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(writes).toEqual([]);
  });
});

describe('demoSettings', () => {
  it.each([
    [CONTOSO_TENANT_ID, 'Contoso', [DEMO_ADMIN_ID]],
    [FABRIKAM_TENANT_ID, 'Fabrikam', [FABRIKAM_CEO_ID]],
  ])('gives %s valid settings named %s with its admins', (tenantId, name, adminIds) => {
    const settings = demoSettings(tenantId, NOW);

    expect(TenantSettingsSchema.parse(settings)).toEqual(settings);
    expect(settings).toMatchObject({
      tenantId,
      name,
      adminIds,
      checkInCadenceDays: 14,
      maxActiveGoalsPerOwner: 5,
      anonymityThreshold: 5,
    });
  });

  it('has the previous, current and next fiscal quarter around now', () => {
    expect(demoSettings(CONTOSO_TENANT_ID, NOW).periods).toEqual([
      { id: 'fy27-q1', name: 'FY27 Q1', startDate: '2026-07-01', endDate: '2026-09-30' },
      { id: 'fy27-q2', name: 'FY27 Q2', startDate: '2026-10-01', endDate: '2026-12-31' },
      { id: 'fy27-q3', name: 'FY27 Q3', startDate: '2027-01-01', endDate: '2027-03-31' },
    ]);
  });

  it('refuses a tenant that is not a demo one', () => {
    expect(() => demoSettings('not-a-demo-tenant', NOW)).toThrow(DomainError);
  });
});
