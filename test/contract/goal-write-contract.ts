import { goalFactory, newTenantId } from './goal-factory.js';
import type { ContractContext } from './store-contract.js';

/** Create, read, update, archive and optimistic concurrency of goals. */
export function describeGoalWriteContract({ stores, open }: ContractContext): void {
  describe('goals: writes', () => {
    it('creates a goal with an etag and reads back exactly what it stored', async () => {
      const goal = goalFactory(newTenantId())({ parentIds: [{ goalId: 'parent-1', weight: 40 }] });
      const created = await stores().goals.create(goal);
      expect(created).toEqual({ ...goal, etag: expect.any(String) as string });
      expect(created.etag).not.toBe('');
      await expect(stores().goals.get(goal.tenantId, goal.id)).resolves.toEqual(created);
    });

    it('gives null for an id that does not exist', async () => {
      await expect(stores().goals.get(newTenantId(), 'no-such-goal')).resolves.toBeNull();
    });

    it('refuses a second goal with the same id as conflict and keeps the first', async () => {
      const make = goalFactory(newTenantId());
      const first = await stores().goals.create(make({ id: 'same-id', title: 'First' }));
      await expect(
        stores().goals.create(make({ id: 'same-id', title: 'Second' })),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(stores().goals.get(first.tenantId, 'same-id')).resolves.toEqual(first);
    });

    it('sets its own etag whatever etag the caller left on the goal', async () => {
      const goal = { ...goalFactory(newTenantId())(), etag: 'caller-etag' };
      const created = await stores().goals.create(goal);
      expect(created.etag).not.toBe('caller-etag');
      await expect(stores().goals.get(goal.tenantId, goal.id)).resolves.toEqual(created);
    });

    it('updates a goal, returns a new etag, and reads back the update', async () => {
      const created = await stores().goals.create(goalFactory(newTenantId())());
      const changed = {
        ...created,
        title: 'Renamed',
        current: 42,
        updatedAt: '2026-02-01T00:00:00.000Z',
      };
      const updated = await stores().goals.update(changed, created.etag);
      expect(updated).toEqual({ ...changed, etag: expect.any(String) as string });
      expect(updated.etag).not.toBe(created.etag);
      await expect(stores().goals.get(created.tenantId, created.id)).resolves.toEqual(updated);
    });

    it('changes the etag on every update', async () => {
      let goal = await stores().goals.create(goalFactory(newTenantId())());
      const etags = [goal.etag];
      for (const title of ['One', 'Two', 'Three']) {
        goal = await stores().goals.update({ ...goal, title }, goal.etag);
        etags.push(goal.etag);
      }
      expect(new Set(etags).size).toBe(4);
    });

    it('archives a goal by updating its state', async () => {
      const created = await stores().goals.create(goalFactory(newTenantId())());
      await stores().goals.update({ ...created, state: 'archived' }, created.etag);
      const stored = await stores().goals.get(created.tenantId, created.id);
      expect(stored?.state).toBe('archived');
    });

    it('rejects an update with a stale etag as precondition_failed and keeps the newer goal', async () => {
      const created = await stores().goals.create(goalFactory(newTenantId())());
      const newer = await stores().goals.update({ ...created, title: 'Newer' }, created.etag);
      await expect(
        stores().goals.update({ ...created, title: 'Stale' }, created.etag),
      ).rejects.toMatchObject({ code: 'precondition_failed' });
      await expect(stores().goals.get(created.tenantId, created.id)).resolves.toEqual(newer);
    });

    it.each([['not-an-etag'], [''], ['*'], ['999']])(
      'rejects an update with the etag %p that the store never gave out',
      async (etag) => {
        const goal = await stores().goals.create(goalFactory(newTenantId())());
        await expect(stores().goals.update({ ...goal, title: 'X' }, etag)).rejects.toMatchObject({
          code: 'precondition_failed',
        });
        await expect(stores().goals.get(goal.tenantId, goal.id)).resolves.toEqual(goal);
      },
    );

    it('rejects an update of a goal that does not exist as not_found', async () => {
      const goal = goalFactory(newTenantId())();
      await expect(stores().goals.update(goal, '1')).rejects.toMatchObject({ code: 'not_found' });
      await expect(stores().goals.get(goal.tenantId, goal.id)).resolves.toBeNull();
    });

    it('keeps the data when the store is closed and opened again', async () => {
      const writer = await open();
      const goal = await writer.stores.goals.create(goalFactory(newTenantId())());
      await writer.cleanup();
      const reader = await open();
      try {
        await expect(reader.stores.goals.get(goal.tenantId, goal.id)).resolves.toEqual(goal);
      } finally {
        await reader.cleanup();
      }
    });
  });
}
