import type { Goal } from '@northstar/shared';
import { rollUpProgress } from '@northstar/shared';
import { caughtUp, snapshotOf } from './goal-snapshot-state.js';
import { testGoal } from './test-goal.js';

function goal(id: string, parents: string[], current: number | null, etag = '1'): Goal {
  return { ...testGoal('t', id, parents, current), etag };
}

const STORED = [goal('top', [], null), goal('a', ['top'], 20), goal('b', ['top'], 60)];

describe('caughtUp', () => {
  it('is the same state when no etag differs', () => {
    const state = snapshotOf(STORED);

    expect(
      caughtUp(
        state,
        STORED.map((g) => ({ ...g })),
        10,
      ),
    ).toBe(state);
  });

  it('applies a changed, an added and a missing goal, rolled up as from scratch', () => {
    const state = snapshotOf(STORED);
    const now = [goal('top', [], null), goal('a', ['top'], 100, '2'), goal('c', ['top'], 0)];
    const next = caughtUp(state, now, 10);

    expect(next.byId.get('a')?.current).toBe(100);
    expect(next.byId.has('b')).toBe(false);
    expect(next.progress).toEqual(rollUpProgress(now));
    expect(state.byId.get('a')?.current).toBe(20);
  });

  it('starts from scratch past maxChanges', () => {
    const now = STORED.map((g) => ({ ...g, etag: '2' }));
    const next = caughtUp(snapshotOf(STORED), now, 2);

    expect(next.goals).toBe(now);
    expect(next.progress).toEqual(rollUpProgress(now));
  });
});
