import { GoalSchema } from '../contracts/goal.js';
import { linksTo, testGoal } from './test-goal.js';

describe('testGoal', () => {
  it('builds a goal the contract accepts', () => {
    expect(GoalSchema.safeParse(testGoal({ id: 'g1' })).success).toBe(true);
  });

  it('applies overrides', () => {
    const goal = testGoal({ id: 'g2', level: 'team', parentIds: linksTo('a', ['b', 3]) });
    expect(goal).toMatchObject({
      id: 'g2',
      level: 'team',
      parentIds: [
        { goalId: 'a', weight: 1 },
        { goalId: 'b', weight: 3 },
      ],
    });
  });
});
