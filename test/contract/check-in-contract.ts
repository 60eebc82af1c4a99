import { checkInFactory, newTenantId } from './goal-factory.js';
import { collectPages } from './collect-pages.js';
import type { ContractContext } from './store-contract.js';

/** Adding check-ins and listing a goal's check-ins newest first. */
export function describeCheckInContract({ stores }: ContractContext): void {
  describe('check-ins', () => {
    it('adds a check-in and lists it for its goal only, newest first', async () => {
      const tenantId = newTenantId();
      const make = checkInFactory(tenantId, 'goal-a');
      const checkIns = [make(), make(), make()];
      const added = [];
      for (const checkIn of checkIns) added.push(await stores().checkIns.add(checkIn));
      // A distinct id: @vercel/cosmosdb-server keeps ids unique per tenant, not per (tenant, goal).
      await stores().checkIns.add(checkInFactory(tenantId, 'goal-b')({ id: 'other-goal-1' }));
      expect(added).toEqual(checkIns);
      const page = await stores().checkIns.listByGoal(tenantId, 'goal-a', { limit: 10 });
      expect(page).toEqual({ items: [...checkIns].reverse() });
    });

    it('pages newest first through every check-in once, with ties on createdAt', async () => {
      const tenantId = newTenantId();
      const make = checkInFactory(tenantId, 'goal-a');
      const tied = '2026-01-06T00:00:00.000Z';
      const checkIns = Array.from({ length: 11 }, (_, i) =>
        i % 4 === 0 ? make({ id: `tie-${String(i)}`, createdAt: tied }) : make(),
      );
      for (const checkIn of checkIns) await stores().checkIns.add(checkIn);
      const pages = await collectPages((cursor) =>
        stores().checkIns.listByGoal(tenantId, 'goal-a', { limit: 4, cursor }),
      );
      expect(pages.map((page) => page.items.length)).toEqual([4, 4, 3]);
      const newestFirst = [...checkIns].sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
      );
      expect(pages.flatMap((page) => page.items)).toEqual(newestFirst);
    });

    it('gives an empty page for a goal without check-ins', async () => {
      await expect(
        stores().checkIns.listByGoal(newTenantId(), 'no-such-goal', { limit: 5 }),
      ).resolves.toEqual({ items: [] });
    });

    it('reads one check-in by goal and id, and nothing under another goal or tenant', async () => {
      const tenantId = newTenantId();
      const checkIn = checkInFactory(tenantId, 'goal-a')({ id: 'read-me' });
      await stores().checkIns.add(checkIn);
      await expect(stores().checkIns.get(tenantId, 'goal-a', 'read-me')).resolves.toEqual(checkIn);
      await expect(stores().checkIns.get(tenantId, 'goal-b', 'read-me')).resolves.toBeNull();
      await expect(stores().checkIns.get(newTenantId(), 'goal-a', 'read-me')).resolves.toBeNull();
      await expect(stores().checkIns.get(tenantId, 'goal-a', 'no-such-id')).resolves.toBeNull();
    });

    it('refuses a second check-in with the same id on the same goal as conflict', async () => {
      const tenantId = newTenantId();
      const checkIn = checkInFactory(tenantId, 'goal-a')();
      await stores().checkIns.add(checkIn);
      await expect(stores().checkIns.add({ ...checkIn, note: 'again' })).rejects.toMatchObject({
        code: 'conflict',
      });
      const page = await stores().checkIns.listByGoal(tenantId, 'goal-a', { limit: 5 });
      expect(page.items).toEqual([checkIn]);
    });
  });
}
