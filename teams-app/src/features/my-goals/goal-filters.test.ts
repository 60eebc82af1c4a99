import type { GoalView } from '@northstar/shared';
import { testGoalView } from '../check-in/test-goal-view';
import {
  LEVEL_OPTIONS,
  NO_FILTER,
  STATUS_OPTIONS,
  applyFilter,
  isFiltered,
  type GoalFilter,
} from './goal-filters';

const goals: GoalView[] = [
  testGoalView({ id: 'a', status: 'on_track', level: 'individual' }),
  testGoalView({ id: 'b', status: 'at_risk', level: 'team' }),
  testGoalView({ id: 'c', status: 'at_risk', level: 'individual' }),
  testGoalView({ id: 'd', status: 'stale', level: 'development' }),
];

describe('applyFilter', () => {
  it.each<[string, GoalFilter, string[]]>([
    ['no filter', NO_FILTER, ['a', 'b', 'c', 'd']],
    ['a status', { status: 'at_risk', level: 'all' }, ['b', 'c']],
    ['a level', { status: 'all', level: 'individual' }, ['a', 'c']],
    ['both', { status: 'at_risk', level: 'individual' }, ['c']],
    ['nothing matching', { status: 'done', level: 'company' }, []],
  ])('%s', (_name, filter, ids) => {
    expect(applyFilter(goals, filter).map((g) => g.id)).toEqual(ids);
    expect(isFiltered(filter)).toBe(filter !== NO_FILTER);
  });
});

describe('filter options', () => {
  it('offers every status and level in reading order, with words', () => {
    expect(STATUS_OPTIONS.map((o) => o.label)).toEqual([
      'All statuses',
      'On track',
      'At risk',
      'Off track',
      'No recent check-in',
      'Done',
    ]);
    expect(LEVEL_OPTIONS.map((o) => o.value)).toEqual([
      'all',
      'individual',
      'development',
      'team',
      'company',
    ]);
  });
});
