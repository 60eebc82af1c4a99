import { GoalStatusSchema } from '@northstar/shared';
import { demoGoals, seedDemoTenant } from '../../adapters/demo/demo-seed.js';
import { DemoDirectory } from '../../adapters/demo/demo-directory.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
  demoTenants,
} from '../../adapters/demo/demo-tenants.js';
import { openSqliteStores } from '../../adapters/sqlite/sqlite-stores.js';
import type { Stores } from '../../ports/stores.js';
import { resolveCaller } from '../access/caller.js';
import { GoalSnapshots } from '../goals/goal-snapshots.js';
import { TenantSettingsService } from '../settings/tenant-settings-service.js';
import { reviewGoals } from './review-goals.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const clock = { now: () => NOW };
const CURRENT = 'fy27-q2';
const PRIVATE_GOALS = ['g-arjun-failover', 'g-arjun-architect-cert'];

/** Contoso where Arjun has moved from Priya's team to Tomáš's since the cycle opened. */
function movedDirectory(): DemoDirectory {
  const tenants = demoTenants();
  const arjun = tenants[0]!.people.find((p) => p.id === DEMO_EMPLOYEE_ID)!;
  arjun.managerId = 'tomas-novak';
  return new DemoDirectory(tenants);
}

describe('reviewGoals', () => {
  let stores: Stores;
  beforeAll(async () => {
    stores = openSqliteStores({ filename: ':memory:' });
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const [seed] = demoGoals(CONTOSO_TENANT_ID, NOW).filter((s) => s.goal.id === PRIVATE_GOALS[0]);
    const goal = seed!.goal;
    await stores.goals.create({ ...goal, id: 'g-arjun-public', visibility: 'public' });
    await stores.goals.create({ ...goal, id: 'g-arjun-last-quarter', periodId: 'fy27-q1' });
  });
  afterAll(() => stores.close());

  async function goalsSeenBy(viewerId: string, period = CURRENT) {
    const directory = movedDirectory();
    const settings = new TenantSettingsService(stores.settings, clock);
    const identity = {
      tenantId: CONTOSO_TENANT_ID,
      userId: viewerId,
      name: viewerId,
      appRoles: [],
    };
    const caller = await resolveCaller(identity, directory, settings);
    const snapshots = new GoalSnapshots(stores.goals);
    const listAll = jest.spyOn(stores.goals, 'listAll');
    const deps = { goals: stores.goals, checkIns: stores.checkIns, directory, snapshots, clock };
    const goals = await reviewGoals(
      deps,
      caller,
      { revieweeId: DEMO_EMPLOYEE_ID },
      { periodId: period },
    );
    const queries = listAll.mock.calls.length;
    listAll.mockRestore();
    return { ids: goals.map((g) => g.id).sort(), goals, queries };
  }

  it.each([
    ['the reviewee', DEMO_EMPLOYEE_ID, [...PRIVATE_GOALS, 'g-arjun-public']],
    ['an admin', DEMO_ADMIN_ID, [...PRIVATE_GOALS, 'g-arjun-public']],
    [
      'the skip-level manager, still in the chain',
      DEMO_SKIP_LEVEL_ID,
      [...PRIVATE_GOALS, 'g-arjun-public'],
    ],
    ['the reviewer who is no longer his manager', DEMO_MANAGER_ID, ['g-arjun-public']],
  ])('shows %s only the goals of the period they may see', async (_who, viewerId, expected) => {
    const { ids, queries } = await goalsSeenBy(viewerId);
    expect(ids).toEqual([...expected].sort());
    expect(queries).toBe(1);
  });

  it('leaves out goals of other periods and gives progress and status like a goal read', async () => {
    const { goals } = await goalsSeenBy(DEMO_EMPLOYEE_ID);
    expect(goals.map((g) => g.id)).not.toContain('g-arjun-last-quarter');
    const failover = goals.find((g) => g.id === PRIVATE_GOALS[0]);
    const { status, progress, ...rest } = failover!;
    expect(rest).toEqual({
      id: PRIVATE_GOALS[0],
      title: 'Automate regional failover for the orders API',
      level: 'individual',
      state: 'active',
      dueDate: '2026-12-31',
    });
    expect(GoalStatusSchema.options).toContain(status);
    expect(progress).toBeGreaterThan(0);
    expect((await goalsSeenBy(DEMO_EMPLOYEE_ID, 'fy27-q1')).ids).toEqual(['g-arjun-last-quarter']);
  });
});
