import type { Goal } from '@northstar/shared';
import { linksTo, testGoal } from '../../../shared/src/domain/test-goal.js';
import { companyGoalOf } from './company-goal.js';

const GOALS: Goal[] = [
  testGoal({ id: 'co-growth', level: 'company', title: 'Grow revenue' }),
  testGoal({ id: 'co-quality', level: 'company', title: 'Ship quality' }),
  testGoal({ id: 'co-old', level: 'company', title: 'Old', state: 'archived' }),
  testGoal({ id: 'team-sales', level: 'team', parentIds: linksTo('co-growth') }),
  testGoal({
    id: 'team-both',
    level: 'team',
    parentIds: linksTo(['co-growth', 1], ['co-quality', 3]),
  }),
  testGoal({ id: 'team-old', level: 'team', parentIds: linksTo('co-old') }),
  testGoal({ id: 'mine', parentIds: linksTo('team-sales') }),
  testGoal({ id: 'deep', parentIds: linksTo('mine') }),
  testGoal({ id: 'loop-a', parentIds: linksTo('loop-b') }),
  testGoal({ id: 'loop-b', parentIds: linksTo('loop-a') }),
  testGoal({ id: 'dangling', parentIds: linksTo('gone') }),
  testGoal({ id: 'via-old', parentIds: linksTo('team-old', 'team-sales') }),
];
const BY_ID = new Map(GOALS.map((g) => [g.id, g]));

describe('companyGoalOf', () => {
  it.each<[string, string | null]>([
    ['team-sales', 'co-growth'],
    ['mine', 'co-growth'],
    ['deep', 'co-growth'],
    ['team-both', 'co-quality'],
    ['co-growth', null],
    ['team-old', null],
    ['via-old', 'co-growth'],
    ['loop-a', null],
    ['dangling', null],
  ])('finds the company goal %s serves: %p', (id, expected) => {
    const goal = BY_ID.get(id);
    if (!goal) throw new Error(`no goal ${id}`);
    expect(companyGoalOf(goal, BY_ID)?.id ?? null).toBe(expected);
  });

  it('names it by id and title only', () => {
    expect(companyGoalOf(BY_ID.get('mine') ?? GOALS[0]!, BY_ID)).toEqual({
      id: 'co-growth',
      title: 'Grow revenue',
    });
  });
});
