import { AlignmentResponseSchema, type AlignmentResponse } from '../contracts/alignment.js';
import type { Goal } from '../contracts/goal.js';
import { buildAlignment } from './alignment-tree.js';
import { linksTo, testGoal } from './test-goal.js';

const now = new Date('2026-08-15T12:00:00.000Z');
const settings = { checkInCadenceDays: 14, maxActiveGoalsPerOwner: 10 };
const recent = '2026-08-14T00:00:00.000Z';

function goal(overrides: Partial<Goal> & Pick<Goal, 'id'>): Goal {
  return testGoal({ lastCheckInAt: recent, ...overrides });
}

// Bob's private goals are hidden from the viewer; everything else is visible.
const goals: Goal[] = [
  goal({ id: 'grow', level: 'company', title: 'Grow revenue', dueDate: '2027-06-30' }),
  goal({ id: 'delight', level: 'company', title: 'Delight customers', dueDate: '2027-06-30' }),
  goal({ id: 'europe', level: 'team', title: 'Win Europe', parentIds: linksTo('grow') }),
  goal({ id: 'churn', level: 'team', title: 'Cut churn', parentIds: linksTo('delight', 'grow') }),
  goal({
    id: 'old',
    level: 'team',
    title: 'Old plan',
    parentIds: linksTo('grow'),
    state: 'archived',
  }),
  goal({ id: 'lone', level: 'team', title: 'Alpha team', current: 50 }),
  goal({
    id: 'ann1',
    ownerId: 'ann',
    title: 'Sign 5 resellers',
    current: 100,
    parentIds: linksTo('europe'),
  }),
  goal({
    id: 'bob1',
    ownerId: 'bob',
    title: 'Open Madrid office',
    current: 0,
    parentIds: linksTo('europe'),
  }),
  goal({ id: 'bob2', ownerId: 'bob', title: 'Learn Spanish', level: 'development' }),
  goal({
    id: 'pub',
    ownerId: 'carl',
    visibility: 'public',
    title: 'Call 40 churned users',
    current: 20,
    parentIds: linksTo('churn'),
  }),
  goal({
    id: 'kid',
    ownerId: 'carl',
    visibility: 'public',
    title: 'Find an office',
    current: 60,
    parentIds: linksTo('bob1'),
  }),
];
const isVisible = (g: Goal) => g.ownerId !== 'bob' || g.visibility === 'public';

function build(rootId?: string, list: Goal[] = goals, maxNodes?: number): AlignmentResponse {
  return buildAlignment(list, settings, now, { periodId: 'q1', rootId, isVisible, maxNodes });
}
const nodeOf = (response: AlignmentResponse, id: string) =>
  response.nodes.find((n) => n.goal.id === id);

describe('buildAlignment', () => {
  it('shows visible active goals, roots first by company then title', () => {
    const response = build();
    expect(response.periodId).toBe('q1');
    expect(response.rootIds).toEqual(['delight', 'grow', 'lone', 'kid']);
    expect(response.nodes.map((n) => n.goal.id)).toEqual([
      'grow',
      'delight',
      'europe',
      'churn',
      'lone',
      'ann1',
      'pub',
      'kid',
    ]);
    expect(AlignmentResponseSchema.safeParse(response).success).toBe(true);
  });

  it.each<[string, string[]]>([
    ['grow', ['europe', 'churn']],
    ['delight', ['churn']],
    ['europe', ['ann1']],
    ['churn', ['pub']],
    ['ann1', []],
  ])('children of %s are its visible active children', (id, childIds) => {
    expect(nodeOf(build(), id)?.childIds).toEqual(childIds);
  });

  it.each<[string, number, string]>([
    ['europe', 0.8, 'on_track'],
    ['grow', 0.5, 'on_track'],
    ['churn', 0.2, 'at_risk'],
    ['delight', 0.2, 'on_track'],
    ['ann1', 1, 'done'],
    ['lone', 0.5, 'on_track'],
  ])('%s has progress %d (hidden children count) and status %s', (id, progress, status) => {
    const node = nodeOf(build(), id);
    expect(node?.goal.progress).toBeCloseTo(progress, 10);
    expect(node?.goal.status).toBe(status);
  });

  it.each<[string, string[]]>([
    ['lone', ['orphan']],
    ['ann1', []],
    ['grow', []],
  ])('flags of %s', (id, codes) => {
    expect(nodeOf(build(), id)?.flags.map((f) => f.code)).toEqual(codes);
  });

  it.each<[string, number]>([
    ['grow', 2],
    ['europe', 1],
    ['churn', 1],
    ['ann1', 0],
  ])('childCount of %s counts its visible active children', (id, count) => {
    expect(nodeOf(build(), id)?.childCount).toBe(count);
  });

  it.each<[number | undefined, string[]]>([
    [undefined, ['grow', 'delight', 'europe', 'churn', 'lone', 'ann1', 'pub', 'kid']],
    [8, ['grow', 'delight', 'europe', 'churn', 'lone', 'ann1', 'pub', 'kid']],
    [7, ['grow', 'delight', 'europe', 'churn', 'lone', 'kid']],
    [6, ['grow', 'delight', 'europe', 'churn', 'lone', 'kid']],
    [5, ['grow', 'delight', 'lone', 'kid']],
    [1, ['grow', 'delight', 'lone', 'kid']],
  ])('with maxNodes %p, whole levels below the roots while they fit', (maxNodes, ids) => {
    const response = build(undefined, goals, maxNodes);
    expect(response.nodes.map((n) => n.goal.id)).toEqual(ids);
    expect(response.rootIds).toEqual(['delight', 'grow', 'lone', 'kid']);
    expect(response.coverage).toEqual(build().coverage);
  });

  it('says where the answer stopped: childIds in the answer, childCount of all', () => {
    const response = build(undefined, goals, 5);
    expect(nodeOf(response, 'grow')).toMatchObject({ childIds: [], childCount: 2 });
    const more = build('grow', goals, 3);
    expect(more.nodes.map((n) => n.goal.id)).toEqual(['grow', 'europe', 'churn']);
    expect(nodeOf(more, 'europe')).toMatchObject({ childIds: [], childCount: 1 });
  });

  it('keeps the ancestors of rootId whatever maxNodes is', () => {
    const response = build('pub', goals, 1);
    expect(response.nodes.map((n) => n.goal.id)).toEqual(['grow', 'delight', 'churn', 'pub']);
  });

  it('counts coverage over the goals shown', () => {
    expect(build().coverage).toEqual({ aligned: 2, total: 3, ratio: 2 / 3 });
  });

  it.each<[string, string[], Record<string, string[]>]>([
    ['europe', ['grow', 'europe', 'ann1'], { grow: ['europe'], europe: ['ann1'] }],
    [
      'pub',
      ['grow', 'delight', 'churn', 'pub'],
      { grow: ['churn'], delight: ['churn'], churn: ['pub'] },
    ],
    [
      'grow',
      ['grow', 'europe', 'churn', 'ann1', 'pub'],
      { grow: ['europe', 'churn'], churn: ['pub'] },
    ],
    ['kid', ['kid'], { kid: [] }],
  ])('rootId %s: its subtree and its ancestors', (rootId, ids, childIds) => {
    const response = build(rootId);
    expect(response.rootIds).toEqual([rootId]);
    expect(response.nodes.map((n) => n.goal.id)).toEqual(ids);
    for (const [id, children] of Object.entries(childIds))
      expect(nodeOf(response, id)?.childIds).toEqual(children);
  });

  it('counts coverage over the subtree and its chain', () => {
    expect(build('europe').coverage).toEqual({ aligned: 1, total: 1, ratio: 1 });
    expect(build('kid').coverage).toEqual({ aligned: 0, total: 1, ratio: 0 });
  });

  it.each(['nope', 'old', 'bob1', 'bob2'])(
    'rootId %s (unknown, archived or hidden) gives nothing',
    (rootId) => {
      const response = build(rootId);
      expect(response.rootIds).toEqual([]);
      expect(response.nodes).toEqual([]);
      expect(response.coverage).toEqual({ aligned: 0, total: 0, ratio: 0 });
    },
  );

  it.each([undefined, 'grow', 'pub'])('with rootId %s every id it names is a node', (rootId) => {
    const response = build(rootId);
    const ids = new Set(response.nodes.map((n) => n.goal.id));
    expect(ids.size).toBe(response.nodes.length);
    for (const id of [...response.rootIds, ...response.nodes.flatMap((n) => n.childIds)])
      expect(ids).toContain(id);
  });

  it('does not name a hidden parent in a flag', () => {
    const list = [
      ...goals,
      goal({
        id: 'late',
        ownerId: 'carl',
        visibility: 'public',
        parentIds: linksTo('bob1'),
        dueDate: '2026-12-31',
      }),
    ];
    const messages = nodeOf(build(undefined, list), 'late')
      ?.flags.map((f) => f.message)
      .join(' ');
    expect(messages).toContain('a goal you cannot see');
    expect(messages).not.toContain('Madrid');
  });

  it('survives cyclic data', () => {
    const list = [
      goal({ id: 'a', level: 'team', parentIds: linksTo('b') }),
      goal({ id: 'b', level: 'team', parentIds: linksTo('a') }),
    ];
    expect(build(undefined, list).nodes).toHaveLength(2);
    expect(build('a', list).nodes.map((n) => n.goal.id)).toEqual(['a', 'b']);
  });

  it('builds a 100,000-goal tenant', () => {
    const big: Goal[] = [goal({ id: 'co', level: 'company', title: 'Company' })];
    for (let t = 0; t < 1_000; t += 1)
      big.push(goal({ id: `t${t}`, level: 'team', parentIds: linksTo('co') }));
    for (let i = 0; big.length < 100_000; i += 1) {
      const parents = i % 50 === 0 ? [] : linksTo(`t${i % 1_000}`, `t${(i + 7) % 1_000}`);
      big.push(
        goal({ id: `p${i}`, ownerId: `u${i % 10_000}`, current: i % 100, parentIds: parents }),
      );
    }
    const response = buildAlignment(big, settings, now, { periodId: null, isVisible: () => true });
    expect(response.nodes).toHaveLength(100_000);
    expect(response.rootIds[0]).toBe('co');
    expect(response.coverage.total).toBe(98_999);
    expect(response.coverage.aligned).toBe(98_999 - 1_980);
  });
});

describe('buildAlignment with a roll-up computed elsewhere', () => {
  it('uses the given progress instead of rolling up again', () => {
    const progress = new Map(goals.map((g) => [g.id, 0.37]));
    const answer = buildAlignment(goals, settings, now, {
      periodId: null,
      isVisible: () => true,
      progress,
    });
    expect(answer.nodes.length).toBeGreaterThan(0);
    expect(answer.nodes.every((n) => n.goal.progress === 0.37)).toBe(true);
  });
});
