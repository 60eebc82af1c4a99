import { GoalViewSchema } from '../contracts/goal.js';
import { toGoalView } from './goal-view.js';
import { testGoal } from './test-goal.js';

const now = new Date('2026-08-15T12:00:00.000Z');
const recent = { lastCheckInAt: '2026-08-14T00:00:00.000Z' };

describe('toGoalView', () => {
  it.each([
    ['on schedule', testGoal({ id: 'g', ...recent }), 0.5, 0.5, 'on_track'],
    ['behind', testGoal({ id: 'g', ...recent }), 0.1, 0.1, 'off_track'],
    ['complete', testGoal({ id: 'g' }), 1, 1, 'done'],
    ['progress above 1 is kept at 1', testGoal({ id: 'g' }), 1.4, 1, 'done'],
    ['progress below 0 is kept at 0', testGoal({ id: 'g', ...recent }), -0.2, 0, 'off_track'],
    ['not checked in for weeks', testGoal({ id: 'g' }), 0.5, 0.5, 'stale'],
  ])('%s', (_name, goal, progress, expectedProgress, expectedStatus) => {
    const view = toGoalView(goal, progress, now, 14);
    expect(view).toEqual({ ...goal, progress: expectedProgress, status: expectedStatus });
    expect(GoalViewSchema.safeParse(view).success).toBe(true);
  });
});
