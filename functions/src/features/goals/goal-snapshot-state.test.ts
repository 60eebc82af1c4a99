import type { Goal } from '@northstar/shared';
import { differingIds, snapshotOf } from './goal-snapshot-state.js';
import { testGoal } from './test-goal.js';

function goal(id: string, parents: string[], current: number | null, etag = '1'): Goal {
  return { ...testGoal('t', id, parents, current), etag };
}

const STORED = [goal('top', [], null), goal('a', ['top'], 20), goal('b', ['top'], 60)];

describe('differingIds', () => {
  const etags = (goals: Goal[]) => new Map(goals.map((g) => [g.id, g.etag]));

  it('is empty when every etag is the same', () => {
    expect(differingIds(snapshotOf(STORED), etags(STORED))).toEqual(new Set());
  });

  it('names a changed, an added and a missing goal', () => {
    const now = [goal('top', [], null), goal('a', ['top'], 100, '2'), goal('c', ['top'], 0)];

    expect(differingIds(snapshotOf(STORED), etags(now))).toEqual(new Set(['a', 'c', 'b']));
  });
});
