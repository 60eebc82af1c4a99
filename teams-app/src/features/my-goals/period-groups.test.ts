import { testGoalView } from '../check-in/test-goal-view';
import { groupByPeriod } from './period-groups';

describe('groupByPeriod', () => {
  const goal = (id: string, periodId: string, startDate: string, dueDate: string, title = id) =>
    testGoalView({ id, periodId, startDate, dueDate, title });
  const q1 = [goal('a', 'fy27-q1', '2026-07-01', '2026-09-30')];
  const q2 = [
    goal('b', 'fy27-q2', '2026-10-01', '2026-12-31', 'Zeta'),
    goal('c', 'fy27-q2', '2026-10-01', '2026-11-30', 'Later title, earlier due'),
    goal('d', 'fy27-q2', '2026-10-01', '2026-12-31', 'Alpha'),
  ];
  const q3 = [goal('e', 'fy27-q3', '2027-01-01', '2027-03-31')];
  const q4 = [goal('f', 'fy27-q4', '2027-04-01', '2027-06-30')];
  const all = [...q1, ...q4, ...q2, ...q3];

  it.each([
    [
      'in Q2: current, then coming, then past',
      '2026-11-15',
      ['fy27-q2', 'fy27-q3', 'fy27-q4', 'fy27-q1'],
      'fy27-q2',
    ],
    ['before all: soonest first', '2026-01-01', ['fy27-q1', 'fy27-q2', 'fy27-q3', 'fy27-q4'], null],
    ['after all: latest first', '2028-01-01', ['fy27-q4', 'fy27-q3', 'fy27-q2', 'fy27-q1'], null],
    [
      'on the last day of Q1',
      '2026-09-30',
      ['fy27-q1', 'fy27-q2', 'fy27-q3', 'fy27-q4'],
      'fy27-q1',
    ],
  ])('%s', (_name, today, order, current) => {
    const groups = groupByPeriod(all, today);
    expect(groups.map((g) => g.periodId)).toEqual(order);
    expect(groups.filter((g) => g.current).map((g) => g.periodId)).toEqual(
      current ? [current] : [],
    );
  });

  it('labels each group and sorts its goals by due date, then title', () => {
    const [first] = groupByPeriod(q2, '2026-11-15');
    expect(first?.label).toBe('FY27\u00a0Q2');
    expect(first?.goals.map((g) => g.id)).toEqual(['c', 'd', 'b']);
  });

  it('gives nothing for no goals', () => {
    expect(groupByPeriod([], '2026-11-15')).toEqual([]);
  });
});
