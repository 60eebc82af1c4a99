import type { Goal } from '../contracts/goal.js';
import { findAlignmentCycle, rollUpProgress } from './rollup.js';
import { linksTo, testGoal } from './test-goal.js';

const metric = (start: number, target: number) => ({ unit: 'u', start, target });

describe('rollUpProgress', () => {
  it.each<[string, Goal[], Record<string, number>]>([
    [
      'a metric wins over children',
      [
        testGoal({ id: 'p', metric: metric(0, 10), current: 2 }),
        testGoal({ id: 'c', current: 100, parentIds: linksTo('p') }),
      ],
      { p: 0.2, c: 1 },
    ],
    [
      'weighted mean of children',
      [
        testGoal({ id: 'p' }),
        testGoal({ id: 'a', current: 100, parentIds: linksTo(['p', 3]) }),
        testGoal({ id: 'b', current: 0, parentIds: linksTo(['p', 1]) }),
      ],
      { p: 0.75, a: 1, b: 0 },
    ],
    [
      'weighted mean of children listed before their parent',
      [
        testGoal({ id: 'a', current: 100, parentIds: linksTo(['p', 3]) }),
        testGoal({ id: 'b', current: 0, parentIds: linksTo(['p', 1]) }),
        testGoal({ id: 'p' }),
      ],
      { p: 0.75, a: 1, b: 0 },
    ],
    [
      'children win over the parent check-in',
      [
        testGoal({ id: 'p', current: 90 }),
        testGoal({ id: 'c', current: 10, parentIds: linksTo('p') }),
      ],
      { p: 0.1, c: 0.1 },
    ],
    [
      'archived children are left out',
      [
        testGoal({ id: 'p' }),
        testGoal({ id: 'a', current: 50, parentIds: linksTo('p') }),
        testGoal({ id: 'x', current: 0, parentIds: linksTo(['p', 9]), state: 'archived' }),
      ],
      { p: 0.5, a: 0.5, x: 0 },
    ],
    [
      'only archived children: own check-in',
      [
        testGoal({ id: 'p', current: 30 }),
        testGoal({ id: 'x', current: 100, parentIds: linksTo('p'), state: 'archived' }),
      ],
      { p: 0.3, x: 1 },
    ],
    ['no metric, no children, no check-in', [testGoal({ id: 'g' })], { g: 0 }],
    [
      'rolls up several levels, children listed first',
      [
        testGoal({ id: 'leaf', metric: metric(100, 50), current: 75, parentIds: linksTo('mid') }),
        testGoal({ id: 'mid', parentIds: linksTo('top') }),
        testGoal({ id: 'top' }),
      ],
      { leaf: 0.5, mid: 0.5, top: 0.5 },
    ],
    [
      'diamond: a child with two parents counts in both',
      [
        testGoal({ id: 'top' }),
        testGoal({ id: 'l', parentIds: linksTo('top') }),
        testGoal({ id: 'r', parentIds: linksTo('top') }),
        testGoal({ id: 'r2', current: 0, parentIds: linksTo('r') }),
        testGoal({ id: 'd', current: 80, parentIds: linksTo('l', 'r') }),
      ],
      { top: 0.6, l: 0.8, r: 0.4, r2: 0, d: 0.8 },
    ],
    [
      'a goal naming itself: the back edge adds weight but no progress',
      [testGoal({ id: 's', parentIds: linksTo('s') })],
      { s: 0 },
    ],
    [
      'a two-goal cycle terminates, back edge counts 0',
      [
        testGoal({ id: 'a', parentIds: linksTo('b') }),
        testGoal({ id: 'b', parentIds: linksTo('a') }),
        testGoal({ id: 'c', current: 60, parentIds: linksTo('a') }),
      ],
      { a: 0.3, b: 0, c: 0.6 },
    ],
    [
      'a parent that is not in the list does not matter',
      [testGoal({ id: 'c', current: 20, parentIds: linksTo('gone') })],
      { c: 0.2 },
    ],
  ])('%s', (_name, goals, expected) => {
    const progress = rollUpProgress(goals);
    expect(progress.size).toBe(Object.keys(expected).length);
    for (const [id, value] of Object.entries(expected)) {
      expect(progress.get(id)).toBeCloseTo(value, 10);
    }
  });

  it('handles a 10,000-goal chain without overflowing the stack', () => {
    const goals = Array.from({ length: 10_000 }, (_, i) =>
      testGoal({ id: `g${i}`, parentIds: i === 0 ? [] : linksTo(`g${i - 1}`) }),
    );
    goals[9_999] = { ...goals[9_999]!, current: 70 };
    const progress = rollUpProgress(goals);
    expect(progress.get('g0')).toBeCloseTo(0.7, 10);
  });

  it('handles a wide 10,000-goal tree with shared grandchildren', () => {
    const teams = Array.from({ length: 100 }, (_, t) =>
      testGoal({ id: `t${t}`, level: 'team', parentIds: linksTo('co') }),
    );
    const people = Array.from({ length: 9_899 }, (_, i) =>
      testGoal({
        id: `p${i}`,
        current: i % 2 === 0 ? 100 : 0,
        parentIds: linksTo(`t${i % 100}`, `t${(i + 1) % 100}`),
      }),
    );
    const progress = rollUpProgress([
      testGoal({ id: 'co', level: 'company' }),
      ...teams,
      ...people,
    ]);
    expect(progress.size).toBe(10_000);
    expect(progress.get('co')).toBeGreaterThan(0.45);
    expect(progress.get('co')).toBeLessThan(0.55);
  });
});

describe('findAlignmentCycle', () => {
  const existing = [
    { id: 'co', parentIds: [] },
    { id: 'team', parentIds: linksTo('co') },
    { id: 'me', parentIds: linksTo('team') },
    { id: 'side', parentIds: linksTo('co') },
    { id: 'loopA', parentIds: linksTo('loopB') },
    { id: 'loopB', parentIds: linksTo('loopA') },
  ];

  it.each<[string, { id: string; parentIds: { goalId: string }[] }, string[] | null]>([
    ['a new goal under a leaf', { id: 'new', parentIds: linksTo('me') }, null],
    ['a goal naming itself', { id: 'new', parentIds: linksTo('new') }, ['new', 'new']],
    [
      'an existing goal naming itself',
      { id: 'team', parentIds: linksTo('team') },
      ['team', 'team'],
    ],
    [
      'company under its grandchild',
      { id: 'co', parentIds: linksTo('me') },
      ['co', 'me', 'team', 'co'],
    ],
    ['company under its child', { id: 'co', parentIds: linksTo('side') }, ['co', 'side', 'co']],
    [
      'the shortest cycle is reported',
      { id: 'co', parentIds: linksTo('me', 'side') },
      ['co', 'side', 'co'],
    ],
    ['a diamond is not a cycle', { id: 'me', parentIds: linksTo('team', 'side') }, null],
    ['moving a goal sideways', { id: 'team', parentIds: linksTo('side') }, null],
    ['an existing cycle elsewhere is ignored', { id: 'new', parentIds: linksTo('loopA') }, null],
    ['an unknown parent', { id: 'new', parentIds: linksTo('nope') }, null],
    ['no parents', { id: 'co', parentIds: [] }, null],
  ])('%s', (_name, candidate, expected) => {
    expect(findAlignmentCycle(existing, candidate)).toEqual(expected);
  });

  it('uses the candidate parents, not the stored ones', () => {
    // Stored, "team" is under "co"; edited to have no parent, "co" under "team" is fine.
    const edited = [...existing.filter((g) => g.id !== 'team'), { id: 'team', parentIds: [] }];
    expect(findAlignmentCycle(existing, { id: 'team', parentIds: [] })).toBeNull();
    expect(findAlignmentCycle(edited, { id: 'co', parentIds: linksTo('team') })).toBeNull();
  });

  it('finds a cycle through a 10,000-goal chain', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => ({
      id: `g${i}`,
      parentIds: i === 0 ? [] : linksTo(`g${i - 1}`),
    }));
    const cycle = findAlignmentCycle(chain, { id: 'g0', parentIds: linksTo('g9999') });
    expect(cycle).toHaveLength(10_001);
    expect(cycle?.[0]).toBe('g0');
    expect(cycle?.[1]).toBe('g9999');
    expect(cycle?.at(-1)).toBe('g0');
  });
});
