import { testCheckIn, testGoalView } from '../check-in/test-goal-view';
import { checkInSeries } from './check-in-series';

const checkIns = [
  testCheckIn({ id: 'c3', value: 600, confidence: 8, createdAt: '2026-11-20T09:00:00.000Z' }),
  testCheckIn({ id: 'c1', value: 100, confidence: 5, createdAt: '2026-10-05T09:00:00.000Z' }),
  testCheckIn({ id: 'c2', value: 250, confidence: 7, createdAt: '2026-11-02T09:00:00.000Z' }),
];
const at = (iso: string) => new Date(iso);

describe('checkInSeries', () => {
  it('orders the values and confidence by date and draws the target across them', () => {
    const series = checkInSeries(testGoalView({ id: 'g-1' }), checkIns);
    expect(series.values).toEqual([
      { x: at('2026-10-05T09:00:00.000Z'), y: 100 },
      { x: at('2026-11-02T09:00:00.000Z'), y: 250 },
      { x: at('2026-11-20T09:00:00.000Z'), y: 600 },
    ]);
    expect(series.confidence.map((p) => p.y)).toEqual([5, 7, 8]);
    expect(series.target).toEqual([
      { x: at('2026-10-05T09:00:00.000Z'), y: 1000 },
      { x: at('2026-11-20T09:00:00.000Z'), y: 1000 },
    ]);
    expect(series.unit).toBe('users');
  });

  it.each([
    [
      'without a metric: percent, no target',
      testGoalView({ id: 'g', metric: null }),
      checkIns,
      3,
      0,
      '%',
    ],
    ['without check-ins: nothing to draw', testGoalView({ id: 'g' }), [], 0, 0, 'users'],
  ])('%s', (_name, goal, list, values, target, unit) => {
    const series = checkInSeries(goal, list);
    expect([series.values.length, series.target.length, series.unit]).toEqual([
      values,
      target,
      unit,
    ]);
  });
});
