import fc from 'fast-check';
import type { Goal } from '../contracts/goal.js';
import { childIndex, indexById, isActive } from './goal-graph.js';
import { rollUpAgain, rollUpProgress } from './rollup.js';
import { testGoal } from './test-goal.js';

/** A layered graph: goal i may have parents among goals 0..i-1 (acyclic, like real alignment). */
function graph(size: number, seeds: readonly number[]): Goal[] {
  const pick = (i: number, salt: number) => (seeds[(i * 7 + salt) % seeds.length] ?? 0) % 1000;
  return Array.from({ length: size }, (_, i) => {
    const parents = i === 0 ? [] : [...new Set([pick(i, 1) % i, pick(i, 2) % i])];
    return testGoal({
      id: `g${String(i)}`,
      parentIds: parents.slice(0, 1 + (pick(i, 3) % 2)).map((p) => ({
        goalId: `g${String(p)}`,
        weight: 1 + (pick(i, 4) % 5),
      })),
      metric: pick(i, 5) % 3 === 0 ? { unit: '%', start: 0, target: 100 } : null,
      current: pick(i, 6) % 101,
      state: pick(i, 7) % 10 === 0 ? 'archived' : 'active',
    });
  });
}

type Change = 'check-in' | 'archive' | 're-parent' | 'new';

function apply(goals: Goal[], target: number, change: Change, value: number): Goal[] {
  const goal = goals[target % goals.length];
  if (!goal) return goals;
  const edited: Goal =
    change === 'check-in'
      ? { ...goal, current: value % 101 }
      : change === 'archive'
        ? { ...goal, state: goal.state === 'archived' ? 'active' : 'archived' }
        : change === 're-parent'
          ? { ...goal, parentIds: value % 2 === 0 ? [] : [{ goalId: 'g0', weight: 2 }] }
          : testGoal({
              id: `new${String(value)}`,
              parentIds: [{ goalId: goal.id, weight: 1 }],
              current: value % 101,
            });
  return change === 'new' ? [...goals, edited] : goals.map((g) => (g.id === goal.id ? edited : g));
}

describe('rollUpAgain', () => {
  it('gives what rolling everything up again gives, after any changes', () => {
    const changeArb = fc.tuple(
      fc.nat(),
      fc.constantFrom<Change>('check-in', 'archive', 're-parent', 'new'),
      fc.nat(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 5 }),
        fc.array(changeArb, { maxLength: 6 }),
        (seeds, changes) => {
          const before = graph(60, seeds);
          let after = before;
          for (const [target, change, value] of changes)
            after = apply(after, target, change, value);
          const beforeById = indexById(before);
          const changedIds = after.filter((g) => beforeById.get(g.id) !== g).map((g) => g.id);
          const formerParentIds = changedIds.flatMap(
            (id) => beforeById.get(id)?.parentIds.map((link) => link.goalId) ?? [],
          );
          const again = rollUpAgain(
            rollUpProgress(before),
            indexById(after),
            childIndex(after, isActive),
            { ids: changedIds, formerParentIds },
          );
          const full = rollUpProgress(after);
          expect([...again.keys()].sort()).toEqual([...full.keys()].sort());
          for (const [id, value] of full) expect(again.get(id)).toBeCloseTo(value, 9);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('resolves only the changed goal and its ancestors', () => {
    const goals = graph(60, [3, 14, 15, 92, 65, 35]);
    const previous = new Map([...rollUpProgress(goals)].map(([id]) => [id, -1]));
    const again = rollUpAgain(previous, indexById(goals), childIndex(goals, isActive), {
      ids: ['g59'],
      formerParentIds: [],
    });
    const redone = [...again].filter(([, value]) => value !== -1).map(([id]) => id);
    expect(redone).toContain('g59');
    expect(redone.length).toBeLessThan(15);
  });
});
