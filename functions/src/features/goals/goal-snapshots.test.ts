import { rollUpProgress } from '@northstar/shared';
import { openSqliteStores } from '../../adapters/sqlite/sqlite-stores.js';
import type { GoalRepository } from '../../ports/goal-repository.js';
import type { Stores } from '../../ports/stores.js';
import { GoalSnapshots } from './goal-snapshots.js';
import { testGoal } from './test-goal.js';

const T = 'tenant-1';

function goal(id: string, parents: string[] = [], current: number | null = null) {
  return testGoal(T, id, parents, current);
}

/** The goal repository with its full reads, etag reads and point reads counted. */
function countingGoals(goals: GoalRepository) {
  const counts = { listAll: 0, listEtags: 0, get: 0 };
  const counted = new Proxy(goals, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'listAll' || key === 'listEtags' || key === 'get') counts[key] += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { counted, counts };
}

describe('GoalSnapshots', () => {
  let stores: Stores;
  beforeEach(async () => {
    stores = openSqliteStores({ filename: ':memory:' });
    for (const g of [goal('top'), goal('a', ['top'], 20), goal('b', ['top'], 60)]) {
      await stores.goals.create(g);
    }
  });
  afterEach(() => stores.close());

  const checkIn = async (id: string, current: number) => {
    const stored = await stores.goals.get(T, id);
    if (!stored) throw new Error(id);
    const { etag, ...doc } = stored;
    return stores.goals.update({ ...doc, current }, etag);
  };

  it('loads the tenant once and serves reads from memory', async () => {
    const { counted, counts } = countingGoals(stores.goals);
    const snapshots = new GoalSnapshots(counted);
    const first = await snapshots.get(T);
    await snapshots.get(T);
    expect(counts.listAll).toBe(1);
    expect(first.progress.get('top')).toBeCloseTo(0.4, 10);
  });

  it('picks up a changed goal without reading every goal again', async () => {
    const { counted, counts } = countingGoals(stores.goals);
    const snapshots = new GoalSnapshots(counted);
    await snapshots.get(T);
    await checkIn('a', 100);
    snapshots.changed(T, 'a');
    const after = await snapshots.get(T);
    expect(counts.listAll).toBe(1);
    expect(after.goals.find((g) => g.id === 'a')?.current).toBe(100);
    expect(after.progress.get('top')).toBeCloseTo(0.8, 10);
    expect(after.progress).toEqual(rollUpProgress(await stores.goals.listAll(T)));
  });

  it('adds new goals and drops archived ones from the roll-up', async () => {
    const snapshots = new GoalSnapshots(stores.goals);
    const order = (await snapshots.get(T)).goals.map((g) => g.id);
    await stores.goals.create(goal('c', ['top'], 100));
    snapshots.changed(T, 'c');
    const b = await stores.goals.get(T, 'b');
    if (!b) throw new Error('b is missing');
    const { etag, ...doc } = b;
    await stores.goals.update({ ...doc, state: 'archived' }, etag);
    snapshots.changed(T, 'b');
    const after = await snapshots.get(T);
    expect(after.goals.map((g) => g.id)).toEqual([...order, 'c']);
    expect(after.goals.find((g) => g.id === 'b')?.state).toBe('archived');
    expect(after.progress).toEqual(rollUpProgress(await stores.goals.listAll(T)));
  });

  it('never loses a write named while a load is running', async () => {
    const snapshots = new GoalSnapshots(stores.goals);
    const loading = snapshots.get(T);
    await checkIn('b', 0);
    snapshots.changed(T, 'b');
    await loading;
    expect((await snapshots.get(T)).goals.find((g) => g.id === 'b')?.current).toBe(0);
  });

  it('keeps an earlier snapshot as it was', async () => {
    const snapshots = new GoalSnapshots(stores.goals);
    const before = await snapshots.get(T);
    await checkIn('a', 100);
    snapshots.changed(T, 'a');
    await snapshots.get(T);
    expect(before.goals.find((g) => g.id === 'a')?.current).toBe(20);
    expect(before.progress.get('top')).toBeCloseTo(0.4, 10);
  });

  it('reads every etag in the background once older than maxAgeMs, serving the old one meanwhile, then only the new goal', async () => {
    const { counted, counts } = countingGoals(stores.goals);
    const snapshots = new GoalSnapshots(counted, 0);
    const first = await snapshots.get(T);
    await stores.goals.create(goal('elsewhere', ['top'], 100));
    await expect(snapshots.get(T)).resolves.toBe(first);
    expect(counts.listEtags).toBe(1);
    await new Promise((done) => setTimeout(done, 10));
    const reloaded = await snapshots.get(T);
    expect(reloaded.goals.map((g) => g.id)).toContain('elsewhere');
    expect(reloaded.progress).toEqual(rollUpProgress(await stores.goals.listAll(T)));
    expect(counts.listAll).toBe(1);
    expect(counts.get).toBe(1);
  });

  it('never loses a write named while reading everything again in the background', async () => {
    const snapshots = new GoalSnapshots(stores.goals, 0);
    await snapshots.get(T);
    const during = snapshots.get(T);
    await checkIn('a', 100);
    snapshots.changed(T, 'a');
    await during;
    await new Promise((done) => setTimeout(done, 10));
    const after = await snapshots.get(T);
    expect(after.goals.find((g) => g.id === 'a')?.current).toBe(100);
    expect(after.progress).toEqual(rollUpProgress(await stores.goals.listAll(T)));
  });

  it('keeps the very snapshot, and its views, when a background read finds nothing changed', async () => {
    const snapshots = new GoalSnapshots(stores.goals, 0);
    const first = await snapshots.get(T);
    const view = snapshots.view(first, 'ids', (s) => s.goals.map((g) => g.id));
    await new Promise((done) => setTimeout(done, 10));
    const again = await snapshots.get(T);

    expect(again).toBe(first);
    expect(snapshots.view(again, 'ids', () => [])).toBe(view);
  });

  it('applies another instance\'s update found by a background read, rolled up again', async () => {
    const snapshots = new GoalSnapshots(stores.goals, 0);
    await snapshots.get(T);
    await checkIn('b', 100);
    await snapshots.get(T);
    await new Promise((done) => setTimeout(done, 10));
    const after = await snapshots.get(T);

    expect(after.goals.find((g) => g.id === 'b')?.current).toBe(100);
    expect(after.progress).toEqual(rollUpProgress(await stores.goals.listAll(T)));
  });
});
