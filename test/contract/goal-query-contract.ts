import type { Goal } from '@northstar/shared';
import type { GoalFilter } from '../../functions/src/ports/goal-repository.js';
import type { Stores } from '../../functions/src/ports/stores.js';
import { goalFactory, newTenantId, type NewGoal } from './goal-factory.js';
import { collectPages } from './collect-pages.js';
import type { ContractContext } from './store-contract.js';

/**
 * A small tenant that every filter cuts differently: two owners, three levels, two periods,
 * links to two parents (one goal links to both), and one archived goal of each owner.
 */
function mixedTenant(tenantId: string): NewGoal[] {
  const make = goalFactory(tenantId);
  const link = (goalId: string) => ({ goalId, weight: 50 });
  return [
    make({ id: 'company-1', level: 'company', ownerId: 'ceo', periodId: 'fy26' }),
    make({ id: 'company-2', level: 'company', ownerId: 'ceo', periodId: 'fy27' }),
    make({ id: 'team-1', level: 'team', ownerId: 'ann', parentIds: [link('company-1')] }),
    make({ level: 'team', ownerId: 'bob', parentIds: [link('company-1'), link('company-2')] }),
    make({ ownerId: 'ann', parentIds: [link('team-1')] }),
    make({ ownerId: 'ann', parentIds: [link('company-2')], periodId: 'fy27' }),
    make({ ownerId: 'bob', parentIds: [link('team-1')], state: 'archived' }),
    make({ ownerId: 'ann', parentIds: [link('company-1')], state: 'archived' }),
    make({ ownerId: 'bob', level: 'development' }),
  ];
}

async function seed(stores: Stores, goals: NewGoal[]): Promise<Goal[]> {
  const created: Goal[] = [];
  for (const goal of goals) created.push(await stores.goals.create(goal));
  return created;
}

/** What a filter must select, written out plainly as the reference. */
function matches(goal: NewGoal, filter: GoalFilter): boolean {
  return (
    (filter.ownerId === undefined || goal.ownerId === filter.ownerId) &&
    (filter.parentId === undefined || goal.parentIds.some((p) => p.goalId === filter.parentId)) &&
    (filter.level === undefined || goal.level === filter.level) &&
    (filter.periodId === undefined || goal.periodId === filter.periodId) &&
    (filter.includeArchived === true || goal.state !== 'archived')
  );
}

const byPageOrder = (a: NewGoal, b: NewGoal) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1;

/** Listing goals: each filter, archived goals, cursor paging, listAll and count. */
export function describeGoalQueryContract({ stores }: ContractContext): void {
  describe('goals: queries', () => {
    const filters: [string, GoalFilter, number][] = [
      ['no filter', {}, 7],
      ['owner', { ownerId: 'ann' }, 3],
      ['parent', { parentId: 'company-1' }, 2],
      ['parent, archived included', { parentId: 'company-1', includeArchived: true }, 3],
      ['level', { level: 'team' }, 2],
      ['period', { periodId: 'fy27' }, 2],
      ['archived included', { includeArchived: true }, 9],
      ['owner and parent', { ownerId: 'bob', parentId: 'team-1', includeArchived: true }, 1],
      [
        'owner and level and period',
        { ownerId: 'ann', level: 'individual', periodId: 'fy26-q3' },
        1,
      ],
      ['a parent nobody links to', { parentId: 'g-005' }, 0],
    ];

    it.each(filters)('lists by %s', async (_label, filter, expectedCount) => {
      const goals = mixedTenant(newTenantId());
      const created = await seed(stores(), goals);
      const page = await stores().goals.list(goals[0]!.tenantId, filter, { limit: 50 });
      const expected = created.filter((goal) => matches(goal, filter)).sort(byPageOrder);
      expect(page.items).toHaveLength(expectedCount);
      expect(page.items).toEqual(expected);
      expect(page.nextCursor).toBeUndefined();
    });

    it('lists a goal under its new parent, not its old one, after an update', async () => {
      const tenantId = newTenantId();
      const make = goalFactory(tenantId);
      const goal = await stores().goals.create(make({ parentIds: [{ goalId: 'old', weight: 1 }] }));
      const moved = await stores().goals.update(
        { ...goal, parentIds: [{ goalId: 'new', weight: 1 }] },
        goal.etag,
      );
      const byParent = (parentId: string) =>
        stores().goals.list(tenantId, { parentId }, { limit: 5 });
      await expect(byParent('old')).resolves.toEqual({ items: [] });
      await expect(byParent('new')).resolves.toEqual({ items: [moved] });
    });

    it('pages through every goal once, in (createdAt, id) order, with ties on createdAt', async () => {
      const tenantId = newTenantId();
      const make = goalFactory(tenantId);
      const tied = '2026-01-04T00:00:00.000Z';
      // Created out of page order, with a run of equal timestamps that only the id orders.
      const goals = Array.from({ length: 23 }, (_, i) =>
        i % 3 === 0 ? make({ id: `tie-${String(30 - i)}`, createdAt: tied }) : make(),
      );
      await seed(stores(), [...goals].reverse());
      const pages = await collectPages((cursor) =>
        stores().goals.list(tenantId, {}, { limit: 5, cursor }),
      );
      expect(pages.map((page) => page.items.length)).toEqual([5, 5, 5, 5, 3]);
      const ids = pages.flatMap((page) => page.items.map((goal) => goal.id));
      expect(ids).toEqual([...goals].sort(byPageOrder).map((goal) => goal.id));
    });

    it('ends without an empty page when the last page is full', async () => {
      const tenantId = newTenantId();
      const make = goalFactory(tenantId);
      await seed(
        stores(),
        Array.from({ length: 6 }, () => make()),
      );
      const pages = await collectPages((cursor) =>
        stores().goals.list(tenantId, {}, { limit: 3, cursor }),
      );
      expect(pages.map((page) => page.items.length)).toEqual([3, 3]);
      expect(pages[1]!.nextCursor).toBeUndefined();
    });

    it('pages a filtered list without leaking goals the filter leaves out', async () => {
      const tenantId = newTenantId();
      const make = goalFactory(tenantId);
      const goals = Array.from({ length: 12 }, (_, i) => make({ ownerId: i % 2 ? 'ann' : 'bob' }));
      await seed(stores(), goals);
      const pages = await collectPages((cursor) =>
        stores().goals.list(tenantId, { ownerId: 'ann' }, { limit: 4, cursor }),
      );
      const ids = pages.flatMap((page) => page.items.map((goal) => goal.id));
      expect(pages.map((page) => page.items.length)).toEqual([4, 2]);
      expect(ids).toEqual(goals.filter((g) => g.ownerId === 'ann').map((g) => g.id));
    });

    it.each([['not base64 at all!'], [Buffer.from('{"a":1}').toString('base64url')]])(
      'rejects the cursor %p as validation',
      async (cursor) => {
        await expect(
          stores().goals.list(newTenantId(), {}, { limit: 5, cursor }),
        ).rejects.toMatchObject({ code: 'validation' });
      },
    );

    it('lists all goals of a tenant, archived included, with and without a period', async () => {
      const goals = mixedTenant(newTenantId());
      const tenantId = goals[0]!.tenantId;
      const created = await seed(stores(), goals);
      const sortIds = (list: Goal[]) => list.map((goal) => goal.id).sort();
      expect(sortIds(await stores().goals.listAll(tenantId))).toEqual(sortIds(created));
      expect(sortIds(await stores().goals.listAll(tenantId, 'fy27'))).toEqual([
        'company-2',
        'g-006',
      ]);
      await expect(stores().goals.listAll(tenantId, 'no-such-period')).resolves.toEqual([]);
    });

    it('lists every goal of a large tenant once, in creation order, with and without a period', async () => {
      const tenantId = newTenantId();
      const make = goalFactory(tenantId);
      // Past 1,000 (the SQLite adapter's chunk), with a run of equal createdAt across the seam.
      const goals = Array.from({ length: 1_100 }, (_, i) =>
        make(i % 3 === 0 ? { periodId: 'fy27', state: i % 2 === 0 ? 'archived' : 'active' } : {}),
      );
      for (const goal of goals.slice(995, 1_005)) goal.createdAt = goals[994]?.createdAt ?? '';
      for (let at = 0; at < goals.length; at += 25) {
        await Promise.all(goals.slice(at, at + 25).map((goal) => stores().goals.create(goal)));
      }
      const byCreation = (list: readonly NewGoal[]) =>
        [...list]
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
          .map((g) => g.id);
      const all = await stores().goals.listAll(tenantId);
      expect(all.map((g) => g.id)).toEqual(byCreation(goals));
      const inPeriod = await stores().goals.listAll(tenantId, 'fy27');
      expect(inPeriod.map((g) => g.id)).toEqual(
        byCreation(goals.filter((g) => g.periodId === 'fy27')),
      );
      const etags = await stores().goals.listEtags(tenantId);
      expect(etags).toEqual(new Map(all.map((g) => [g.id, g.etag])));
    }, 60_000);

    it("gives every goal's etag, the new one after an update", async () => {
      const goals = mixedTenant(newTenantId());
      const tenantId = goals[0]!.tenantId;
      await expect(stores().goals.listEtags(tenantId)).resolves.toEqual(new Map());
      const created = await seed(stores(), goals);
      const first = created[0]!;
      const { etag, ...doc } = first;
      const updated = await stores().goals.update({ ...doc, title: 'Renamed' }, etag);
      const etags = await stores().goals.listEtags(tenantId);

      expect(etags.size).toBe(created.length);
      expect(etags.get(first.id)).toBe(updated.etag);
      expect(updated.etag).not.toBe(etag);
      for (const goal of created.slice(1)) expect(etags.get(goal.id)).toBe(goal.etag);
    });

    it('counts every goal of a tenant, archived included', async () => {
      const goals = mixedTenant(newTenantId());
      const tenantId = goals[0]!.tenantId;
      await expect(stores().goals.count(tenantId)).resolves.toBe(0);
      await seed(stores(), goals);
      await expect(stores().goals.count(tenantId)).resolves.toBe(9);
    });
  });
}
