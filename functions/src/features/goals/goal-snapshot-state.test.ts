import type { Goal } from '@northstar/shared';
import { differingIds, snapshotOf } from './goal-snapshot-state.js';
import { testGoal } from './test-goal.js';

function goal(id: string, parents: string[], current: number | null, etag = '1'): Goal {
  return { ...testGoal('t', id, parents, current), etag };
}

const STORED = [goal('top', [], null), goal('a', ['top'], 20), goal('b', ['top'], 60)];

describe('differingIds', () => {
  const etags = (goals: Goal[]) => new Map(goals.map((g) => [g.id, g.etag]));

  it('is empty when every etag is the same', async () => {
    await expect(differingIds(snapshotOf(STORED), etags(STORED))).resolves.toEqual(new Set());
  });

  it('names a changed, an added and a missing goal', async () => {
    const now = [goal('top', [], null), goal('a', ['top'], 100, '2'), goal('c', ['top'], 0)];

    await expect(differingIds(snapshotOf(STORED), etags(now))).resolves.toEqual(
      new Set(['a', 'c', 'b']),
    );
  });

  it('compares every goal, past the slices it pauses between', async () => {
    const many = Array.from({ length: 12_001 }, (_, i) => goal(`g${String(i)}`, [], 0));
    const now = many.slice(1).map((g) => (g.id === 'g11000' ? { ...g, etag: '2' } : g));

    await expect(differingIds(snapshotOf(many), etags(now))).resolves.toEqual(
      new Set(['g11000', 'g0']),
    );
  });
});
