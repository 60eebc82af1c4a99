import { GoalSchema, type GoalLevel, type Period } from '@northstar/shared';
import { buildSeedGoal, type CheckInSpec, type GoalSpec } from './demo-goal-spec.js';

// A 100-day window, so a check-in 50 days in is exactly half-way.
const PERIOD: Period = { id: 'p1', name: 'P1', startDate: '2026-01-01', endDate: '2026-04-10' };
const NOW = new Date('2026-03-02T00:00:00.000Z'); // day 60 of 100
const ctx = { tenantId: 't1', period: PERIOD, now: NOW };

function spec(checkIns: CheckInSpec[], extra: Partial<GoalSpec> = {}): GoalSpec {
  return { id: 'g-x', title: 'A goal', level: 'individual', ownerId: 'ann', checkIns, ...extra };
}

const valuesOf = (s: GoalSpec) => buildSeedGoal(s, ctx).checkIns.map((c) => c.value);

describe('buildSeedGoal', () => {
  it.each([
    ['on pace, half-way', [[10, 1, 7, 'n']], ['u', 0, 10], [5]],
    ['ahead of pace', [[10, 1.2, 7, 'n']], ['u', 0, 10], [6]],
    ['a decreasing metric', [[10, 1, 7, 'n']], ['u', 120, 70], [95]],
    ['with decimals', [[10, 1, 7, 'n']], ['%', 99.8, 99.95, 2], [99.88]],
    ['done', [[10, 'done', 10, 'n']], ['u', 0, 4], [4]],
    ['far ahead, but not done, stays short of the target', [[10, 5, 9, 'n']], ['u', 0, 4], [3]],
    ['before the window starts', [[70, 1, 7, 'n']], ['u', 10, 20], [10]],
  ] as const)('derives the value %s', (_case, checkIns, metric, expected) => {
    expect(valuesOf(spec([...checkIns], { metric }))).toEqual(expected);
  });

  it('uses whole percent without a metric', () => {
    const built = buildSeedGoal(spec([[27, 1, 7, 'n']]), ctx);

    expect(built.goal.metric).toBeNull();
    expect(built.checkIns[0]?.value).toBe(33);
  });

  it('carries the latest check-in on the goal, whatever order the spec lists them in', () => {
    const built = buildSeedGoal(
      spec([
        [2, 1, 8, 'latest'],
        [20, 1, 5, 'oldest'],
      ]),
      ctx,
    );

    expect(built.checkIns.map((c) => [c.id, c.note])).toEqual([
      ['ci-g-x-2', 'oldest'],
      ['ci-g-x-1', 'latest'],
    ]);
    expect(built.goal).toMatchObject({
      current: built.checkIns[1]?.value,
      lastConfidence: 8,
      lastCheckInAt: '2026-02-28T00:00:00.000Z',
      updatedAt: '2026-02-28T00:00:00.000Z',
      createdAt: '2026-01-26T00:00:00.000Z',
    });
  });

  it('without check-ins has no current value and was last updated when created', () => {
    const { goal } = buildSeedGoal(spec([]), ctx);

    expect([goal.current, goal.lastCheckInAt, goal.lastConfidence]).toEqual([null, null, null]);
    expect(goal.updatedAt).toBe(goal.createdAt);
    expect(GoalSchema.parse({ ...goal, etag: 'e' })).toMatchObject(goal);
  });

  it.each([
    ['company', undefined, 'public'],
    ['team', undefined, 'public'],
    ['individual', undefined, 'private'],
    ['development', undefined, 'private'],
    ['individual', 'public', 'public'],
  ] as const)('a %s goal with visibility %s is %s', (level: GoalLevel, visibility, expected) => {
    const { goal } = buildSeedGoal(spec([], { level, visibility }), ctx);

    expect(goal.visibility).toBe(expected);
  });

  it('maps parents, archiving and the owner as author', () => {
    const built = buildSeedGoal(
      spec([[5, 1, 7, 'n']], { parents: [['g-p', 60]], archived: true }),
      ctx,
    );

    expect(built.goal).toMatchObject({
      parentIds: [{ goalId: 'g-p', weight: 60 }],
      state: 'archived',
      createdBy: 'ann',
      tenantId: 't1',
      periodId: 'p1',
      startDate: '2026-01-01',
      dueDate: '2026-04-10',
    });
    expect(built.checkIns[0]).toMatchObject({ authorId: 'ann', tenantId: 't1', goalId: 'g-x' });
  });

  it('starts a goal written before its period on the day it was written', () => {
    const early = { ...ctx, now: new Date('2026-01-10T00:00:00.000Z') };
    const built = buildSeedGoal(spec([[30, 1, 7, 'n']], { metric: ['u', 0, 100] }), early);

    expect(built.goal.startDate).toBe('2025-12-06');
    expect(built.goal.dueDate).toBe(PERIOD.endDate);
    expect(built.checkIns[0]?.value).toBe(4);
  });
});
