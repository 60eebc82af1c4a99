import type { GoalFilter } from '../../functions/src/ports/goal-repository.js';
import type { Stores } from '../../functions/src/ports/stores.js';
import { checkInFactory, goalFactory, newTenantId } from './goal-factory.js';
import { settingsFor } from './settings-contract.js';
import type { ContractContext } from './store-contract.js';

/** Tenant A with a goal tree, check-ins and settings; returns A's id and its goals. */
async function seedTenantA(stores: Stores) {
  const tenantId = newTenantId();
  const make = goalFactory(tenantId);
  const parent = await stores.goals.create(make({ id: 'shared-parent', level: 'company' }));
  const child = await stores.goals.create(
    make({ id: 'shared-child', parentIds: [{ goalId: parent.id, weight: 100 }] }),
  );
  const archived = await stores.goals.create(make({ id: 'shared-archived', state: 'archived' }));
  const addCheckIn = checkInFactory(tenantId, child.id);
  await stores.checkIns.add(addCheckIn());
  await stores.checkIns.add(addCheckIn());
  await stores.settings.put(settingsFor(tenantId));
  return { tenantId, parent, child, archived };
}

const FILTERS: [string, GoalFilter][] = [
  ['no filter', {}],
  ['archived included', { includeArchived: true }],
  ['owner', { ownerId: 'owner-1', includeArchived: true }],
  ['parent', { parentId: 'shared-parent', includeArchived: true }],
  ['level', { level: 'company', includeArchived: true }],
  ['period', { periodId: 'fy26-q3', includeArchived: true }],
];

/** Nothing addressed to tenant B ever reads or changes tenant A's documents. */
export function describeTenantIsolationContract({ stores }: ContractContext): void {
  describe('tenant isolation', () => {
    it('answers every read for tenant B with nothing of tenant A', async () => {
      const a = await seedTenantA(stores());
      const b = newTenantId();
      for (const goal of [a.parent, a.child, a.archived]) {
        await expect(stores().goals.get(b, goal.id)).resolves.toBeNull();
      }
      await expect(stores().goals.listAll(b)).resolves.toEqual([]);
      await expect(stores().goals.listAll(b, 'fy26-q3')).resolves.toEqual([]);
      await expect(stores().goals.listEtags(b)).resolves.toEqual(new Map());
      await expect(stores().goals.count(b)).resolves.toBe(0);
      await expect(stores().checkIns.listByGoal(b, a.child.id, { limit: 10 })).resolves.toEqual({
        items: [],
      });
      await expect(stores().settings.get(b)).resolves.toBeNull();
    });

    it.each(FILTERS)('lists nothing of tenant A for tenant B by %s', async (_label, filter) => {
      const a = await seedTenantA(stores());
      await expect(stores().goals.list(a.tenantId, filter, { limit: 10 })).resolves.not.toEqual({
        items: [],
      });
      await expect(stores().goals.list(newTenantId(), filter, { limit: 10 })).resolves.toEqual({
        items: [],
      });
    });

    it('lists nothing of tenant A for tenant B even with a cursor from tenant A', async () => {
      const a = await seedTenantA(stores());
      const first = await stores().goals.list(a.tenantId, { includeArchived: true }, { limit: 1 });
      expect(first.nextCursor).toBeDefined();
      await expect(
        stores().goals.list(newTenantId(), {}, { limit: 10, cursor: first.nextCursor }),
      ).resolves.toEqual({ items: [] });
    });

    it('cannot update tenant A goal through an update addressed to tenant B', async () => {
      const a = await seedTenantA(stores());
      const hijack = { ...a.child, tenantId: newTenantId(), title: 'Hijacked' };
      await expect(stores().goals.update(hijack, a.child.etag)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(stores().goals.get(a.tenantId, a.child.id)).resolves.toEqual(a.child);
    });

    it('keeps same-id goals of two tenants apart', async () => {
      const a = await seedTenantA(stores());
      const b = newTenantId();
      const theirs = await stores().goals.create({ ...a.child, tenantId: b, title: 'B own goal' });
      await expect(stores().goals.get(b, a.child.id)).resolves.toEqual(theirs);
      await expect(stores().goals.get(a.tenantId, a.child.id)).resolves.toEqual(a.child);
      await stores().goals.update({ ...theirs, title: 'B renamed' }, theirs.etag);
      await expect(stores().goals.get(a.tenantId, a.child.id)).resolves.toEqual(a.child);
    });
  });
}
