import type { GoalLevel, Role } from '@northstar/shared';
import { testMe } from '../../test/render-screen';
import { mayChangeGoal } from './may-change-goal';

describe('mayChangeGoal', () => {
  it.each<[string, Role[], string, GoalLevel, boolean]>([
    ['the owner', ['employee'], 'arjun-mehta', 'individual', true],
    ['the owner of a company goal', ['employee'], 'arjun-mehta', 'company', true],
    ['another employee', ['employee'], 'someone', 'team', false],
    ['a manager, for a team goal', ['employee', 'manager'], 'someone', 'team', true],
    ['a manager, for a company goal', ['employee', 'manager'], 'someone', 'company', false],
    ['an admin, for any goal', ['employee', 'admin'], 'someone', 'company', true],
  ])('%s', (_name, roles, ownerId, level, expected) => {
    expect(mayChangeGoal(testMe({ roles }), { ownerId, level })).toBe(expected);
  });
});
