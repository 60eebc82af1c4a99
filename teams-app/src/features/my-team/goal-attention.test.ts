import type { GoalStatus } from '@northstar/shared';
import {
  DAY_MS,
  byAttention,
  daysSinceCheckIn,
  groupByAttention,
  noCheckInLabel,
} from './goal-attention';
import { testGoalView } from './test-goal-view';

const NOW = Date.parse('2026-08-20T12:00:00.000Z');

describe('daysSinceCheckIn', () => {
  it.each<[string, string | null, number]>([
    ['checked in 3 days ago', '2026-08-17T12:00:00.000Z', 3],
    ['checked in under a day ago', '2026-08-20T01:00:00.000Z', 0],
    ['never checked in: counts from creation', null, 50],
    ['a clock skewed into the future', '2026-08-21T12:00:00.000Z', 0],
  ])('%s', (_, lastCheckInAt, days) => {
    const goal = { lastCheckInAt, createdAt: new Date(NOW - 50 * DAY_MS).toISOString() };
    expect(daysSinceCheckIn(goal, NOW)).toBe(days);
  });
});

describe('noCheckInLabel', () => {
  it.each([
    [1, 'No check-in for 1 day'],
    [12, 'No check-in for 12 days'],
  ])('%i days', (days, label) => {
    expect(noCheckInLabel(days)).toBe(label);
  });
});

describe('byAttention', () => {
  it('puts off track and stale goals before at risk, on track and done', () => {
    const statuses: GoalStatus[] = ['done', 'on_track', 'stale', 'at_risk', 'off_track'];
    const goals = statuses.map((status) => testGoalView({ id: status, status }));
    expect(goals.sort(byAttention).map((g) => g.status)).toEqual([
      'off_track',
      'stale',
      'at_risk',
      'on_track',
      'done',
    ]);
  });

  it('orders goals of one status by due date, then title', () => {
    const goals = [
      testGoalView({ id: 'b', title: 'B', dueDate: '2026-09-30' }),
      testGoalView({ id: 'c', title: 'A', dueDate: '2026-09-30' }),
      testGoalView({ id: 'a', title: 'Z', dueDate: '2026-08-31' }),
    ];
    expect(goals.sort(byAttention).map((g) => g.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('groupByAttention', () => {
  it('groups stale with off track and leaves empty groups out', () => {
    const goals = [
      testGoalView({ id: 'g1', status: 'on_track' }),
      testGoalView({ id: 'g2', status: 'stale' }),
      testGoalView({ id: 'g3', status: 'off_track' }),
    ];
    expect(groupByAttention(goals).map((g) => [g.title, g.goals.map((x) => x.id)])).toEqual([
      ['Needs attention', ['g3', 'g2']],
      ['On track', ['g1']],
    ]);
  });

  it('gives no groups for no goals', () => {
    expect(groupByAttention([])).toEqual([]);
  });
});
