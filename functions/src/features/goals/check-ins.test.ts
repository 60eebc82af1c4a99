import type { Goal } from '@northstar/shared';
import { DemoDirectory } from '../../adapters/demo/demo-directory.js';
import { SEED_EMPLOYEE_GOAL_ID, seedDemoTenant } from '../../adapters/demo/demo-seed.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
} from '../../adapters/demo/demo-tenants.js';
import { openSqliteStores } from '../../adapters/sqlite/sqlite-stores.js';
import { DomainError } from '../../ports/errors.js';
import type { Stores } from '../../ports/stores.js';
import { resolveCaller, type Caller } from '../access/caller.js';
import { TenantSettingsService } from '../settings/tenant-settings-service.js';
import { addCheckIn } from './check-ins.js';
import type { GoalDeps } from './goal-deps.js';
import { GoalSnapshots } from './goal-snapshots.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const BODY = { value: 2, confidence: 7, note: 'Second drill passed' };

describe('addCheckIn with an idempotency key', () => {
  let stores: Stores;
  let deps: GoalDeps;
  let owner: Caller;
  let manager: Caller;
  let fresh: number;
  beforeAll(async () => {
    stores = openSqliteStores({ filename: ':memory:' });
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const directory = new DemoDirectory();
    let tick = NOW.getTime();
    // Every check-in a moment later than the one before, as on a real clock.
    const clock = { now: () => new Date((tick += 1000)) };
    const settings = new TenantSettingsService(stores.settings, clock);
    const snapshots = new GoalSnapshots(stores.goals);
    deps = { goals: stores.goals, checkIns: stores.checkIns, directory, snapshots, clock };
    const callerOf = (userId: string) =>
      resolveCaller(
        { tenantId: CONTOSO_TENANT_ID, userId, name: userId, appRoles: [] },
        directory,
        settings,
      );
    [owner, manager] = await Promise.all([callerOf(DEMO_EMPLOYEE_ID), callerOf(DEMO_MANAGER_ID)]);
    fresh = 0;
  });
  afterAll(() => stores.close());
  afterEach(() => jest.restoreAllMocks());

  /** A new active goal of the employee, a copy of his seeded failover goal. */
  async function newGoal(changes: Partial<Goal> = {}): Promise<Goal> {
    const seed = await stores.goals.get(CONTOSO_TENANT_ID, SEED_EMPLOYEE_GOAL_ID);
    const { etag: _etag, ...doc } = seed!;
    return stores.goals.create({ ...doc, id: `g-idem-${String(++fresh)}`, ...changes });
  }
  const checkInsOf = async (goalId: string) =>
    (await stores.checkIns.listByGoal(CONTOSO_TENANT_ID, goalId, { limit: 50 })).items;

  it('records a repeated check-in once, answers the same, and moves the goal once', async () => {
    const goal = await newGoal();
    const update = jest.spyOn(stores.goals, 'update');
    const key = { idempotencyKey: 'activity-1' };
    const first = await addCheckIn(deps, owner, goal.id, BODY, key);
    const again = await addCheckIn(deps, owner, goal.id, BODY, key);
    expect(again).toEqual(first);
    expect(first.goal).toMatchObject({ current: 2, lastConfidence: 7 });
    expect(await checkInsOf(goal.id)).toEqual([first.checkIn]);
    expect(update).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['value', { ...BODY, value: 3 }],
    ['confidence', { ...BODY, confidence: 6 }],
    ['note', { ...BODY, note: 'Other words' }],
    ['note left out', { value: BODY.value, confidence: BODY.confidence }],
  ])('refuses the key reused with another %s as a conflict naming the header', async (_f, body) => {
    const goal = await newGoal();
    const key = { idempotencyKey: 'activity-2' };
    const first = await addCheckIn(deps, owner, goal.id, BODY, key);
    const update = jest.spyOn(stores.goals, 'update');
    await expect(addCheckIn(deps, owner, goal.id, body, key)).rejects.toMatchObject({
      code: 'conflict',
      fieldErrors: [{ field: 'headers.idempotency-key' }],
    });
    expect(await checkInsOf(goal.id)).toEqual([first.checkIn]);
    expect(update).not.toHaveBeenCalled();
  });

  it('keeps keys apart per goal and per caller, and records every check-in without a key', async () => {
    const [a, b] = [await newGoal(), await newGoal()];
    const key = { idempotencyKey: 'same-key' };
    await addCheckIn(deps, owner, a.id, BODY, key);
    await addCheckIn(deps, owner, b.id, BODY, key);
    await addCheckIn(deps, manager, a.id, BODY, key);
    await addCheckIn(deps, owner, a.id, BODY);
    await addCheckIn(deps, owner, a.id, BODY);
    expect((await checkInsOf(a.id)).map((c) => c.authorId).sort()).toEqual([
      ...Array<string>(3).fill(DEMO_EMPLOYEE_ID),
      DEMO_MANAGER_ID,
    ]);
    expect(await checkInsOf(b.id)).toHaveLength(1);
  });

  it('records one check-in for ten concurrent requests with the same key', async () => {
    const goal = await newGoal();
    const key = { idempotencyKey: 'burst' };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => addCheckIn(deps, owner, goal.id, BODY, key)),
    );
    const stored = await checkInsOf(goal.id);
    expect(stored).toHaveLength(1);
    expect(new Set(results.map((r) => r.checkIn.id))).toEqual(new Set([stored[0]?.id]));
    expect(results.every((r) => r.goal.current === BODY.value)).toBe(true);
  });

  it('completes the goal update on a retry after the first attempt failed half way', async () => {
    const goal = await newGoal();
    const key = { idempotencyKey: 'half-way' };
    jest
      .spyOn(stores.goals, 'update')
      .mockRejectedValueOnce(new DomainError('upstream_unavailable', 'The store is down.'));
    await expect(addCheckIn(deps, owner, goal.id, BODY, key)).rejects.toMatchObject({
      code: 'upstream_unavailable',
    });
    expect(await checkInsOf(goal.id)).toHaveLength(1);
    const retried = await addCheckIn(deps, owner, goal.id, BODY, key);
    expect(retried.goal).toMatchObject({ current: 2, lastCheckInAt: retried.checkIn.createdAt });
    expect(await checkInsOf(goal.id)).toEqual([retried.checkIn]);
  });

  it('answers a repeat with the first check-in even after the goal was archived', async () => {
    const goal = await newGoal();
    const key = { idempotencyKey: 'before-archive' };
    const first = await addCheckIn(deps, owner, goal.id, BODY, key);
    const { etag, ...current } = (await stores.goals.get(CONTOSO_TENANT_ID, goal.id))!;
    await stores.goals.update({ ...current, state: 'archived' }, etag);
    await expect(addCheckIn(deps, owner, goal.id, BODY, key)).resolves.toMatchObject({
      checkIn: first.checkIn,
    });
    await expect(addCheckIn(deps, owner, goal.id, BODY)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('archived') as string,
    });
  });

  it('refuses someone outside the owner’s line before looking at the key', async () => {
    const goal = await newGoal({ visibility: 'public' });
    const stranger = await resolveCaller(
      { tenantId: CONTOSO_TENANT_ID, userId: DEMO_UNRELATED_ID, name: 'Unrelated', appRoles: [] },
      deps.directory,
      new TenantSettingsService(stores.settings, deps.clock),
    );
    const get = jest.spyOn(stores.checkIns, 'get');
    await expect(
      addCheckIn(deps, stranger, goal.id, BODY, { idempotencyKey: 'k' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(get).not.toHaveBeenCalled();
  });
});
