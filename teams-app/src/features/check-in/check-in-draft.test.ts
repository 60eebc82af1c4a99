import { GoalViewSchema } from '@northstar/shared';
import {
  doneValue,
  initialDraft,
  optimisticGoal,
  readDraft,
  valueUnit,
  type CheckInDraft,
} from './check-in-draft';
import { testGoalView } from './test-goal-view';

const withMetric = testGoalView({ id: 'g-1' });
const percent = testGoalView({ id: 'g-2', metric: null, current: 40, progress: 0.4 });
const draft = (overrides: Partial<CheckInDraft>): CheckInDraft => ({
  value: '300',
  done: false,
  confidence: 6,
  note: '',
  ...overrides,
});

describe('initialDraft', () => {
  it.each([
    ['current value and last confidence', withMetric, '250', 7],
    [
      'metric start before the first check-in',
      testGoalView({
        id: 'g',
        current: null,
        lastConfidence: null,
        metric: { unit: 'ms', start: 900, target: 200 },
      }),
      '900',
      5,
    ],
    [
      '0% without metric or check-in',
      testGoalView({ id: 'g', metric: null, current: null }),
      '0',
      7,
    ],
  ])('%s', (_name, goal, value, confidence) => {
    expect(initialDraft(goal)).toEqual({ value, done: false, confidence, note: '' });
  });
});

describe('doneValue and valueUnit', () => {
  it.each([
    ['with a metric', withMetric, 1000, 'users'],
    ['without a metric', percent, 100, '%'],
  ])('%s', (_name, goal, done, unit) => {
    expect(doneValue(goal)).toBe(done);
    expect(valueUnit(goal)).toBe(unit);
  });
});

describe('readDraft', () => {
  it.each([
    ['a number', withMetric, draft({}), { value: 300, confidence: 6 }],
    [
      'a decimal and a note',
      withMetric,
      draft({ value: ' 12.5 ', note: ' Shipped ' }),
      { value: 12.5, confidence: 6, note: 'Shipped' },
    ],
    [
      'done with a metric',
      withMetric,
      draft({ value: '', done: true }),
      { value: 1000, confidence: 6 },
    ],
    [
      'done without a metric',
      percent,
      draft({ done: true, confidence: 10 }),
      { value: 100, confidence: 10 },
    ],
    ['a negative metric value', withMetric, draft({ value: '-5' }), { value: -5, confidence: 6 }],
  ])('sends %s', (_name, goal, input, body) => {
    expect(readDraft(goal, input)).toEqual({ body });
  });

  it.each([
    ['an empty value', withMetric, draft({ value: '' }), { value: 'Enter a number.' }],
    ['text', withMetric, draft({ value: 'abc' }), { value: 'Enter a number.' }],
    ['a huge value', withMetric, draft({ value: '1e13' }), { value: 'Enter a number.' }],
    ['over 100%', percent, draft({ value: '101' }), { value: 'Enter a percentage from 0 to 100.' }],
    ['under 0%', percent, draft({ value: '-1' }), { value: 'Enter a percentage from 0 to 100.' }],
    [
      'a confidence of 11',
      withMetric,
      draft({ confidence: 11 }),
      { confidence: 'Choose a confidence from 0 to 10.' },
    ],
    [
      'a long note',
      withMetric,
      draft({ note: 'x'.repeat(2001) }),
      { note: 'Keep the note to 2000 characters.' },
    ],
  ])('refuses %s', (_name, goal, input, errors) => {
    expect(readDraft(goal, input)).toEqual({ errors });
  });
});

describe('optimisticGoal', () => {
  const now = new Date('2026-11-15T12:00:00.000Z');

  it.each([
    ['metric progress', withMetric, { value: 500, confidence: 8 }, 0.5, 'on_track'],
    [
      'a decrease metric',
      testGoalView({ id: 'g', metric: { unit: 'ms', start: 900, target: 100 } }),
      { value: 500, confidence: 8 },
      0.5,
      'on_track',
    ],
    ['percent without a metric', percent, { value: 100, confidence: 9 }, 1, 'done'],
    ['low confidence', withMetric, { value: 500, confidence: 2 }, 0.5, 'off_track'],
    [
      'a stale goal is no longer stale',
      testGoalView({ id: 'g', status: 'stale' }),
      { value: 500, confidence: 7 },
      0.5,
      'on_track',
    ],
  ])('%s', (_name, goal, body, progress, status) => {
    const view = optimisticGoal(goal, body, now);
    expect(view).toEqual({
      ...goal,
      current: body.value,
      progress,
      status,
      lastConfidence: body.confidence,
      lastCheckInAt: now.toISOString(),
    });
    expect(GoalViewSchema.safeParse(view).success).toBe(true);
  });
});
