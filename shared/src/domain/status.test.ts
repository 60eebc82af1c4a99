import { GoalStatusSchema, type GoalStatus } from '../contracts/goal.js';
import {
  deriveStatus,
  expectedProgress,
  isStale,
  STATUS_LABELS,
  type StatusInput,
} from './status.js';

// Ten-day goal (1st to 10th August inclusive); "now" is exactly halfway.
const now = new Date('2026-08-06T00:00:00.000Z');
const base: StatusInput = {
  progress: 0.5,
  startDate: '2026-08-01',
  dueDate: '2026-08-10',
  lastCheckInAt: '2026-08-05T00:00:00.000Z',
  createdAt: '2026-07-25T00:00:00.000Z',
  lastConfidence: null,
  state: 'active',
};

describe('deriveStatus (cadence 7 days)', () => {
  it.each<[string, Partial<StatusInput>, GoalStatus]>([
    ['on schedule', {}, 'on_track'],
    ['complete', { progress: 1 }, 'done'],
    ['over-achieved', { progress: 1.2 }, 'done'],
    [
      'done wins over stale and low confidence',
      { progress: 1, lastCheckInAt: '2026-01-01T00:00:00.000Z', lastConfidence: 0 },
      'done',
    ],
    ['checked in 7 days and 1 second ago', { lastCheckInAt: '2026-07-29T23:59:59.000Z' }, 'stale'],
    ['checked in exactly 7 days ago', { lastCheckInAt: '2026-07-30T00:00:00.000Z' }, 'on_track'],
    [
      'never checked in, created 17 days ago',
      { lastCheckInAt: null, createdAt: '2026-07-20T00:00:00.000Z' },
      'stale',
    ],
    [
      'never checked in, created 5 days ago',
      { lastCheckInAt: null, createdAt: '2026-08-01T00:00:00.000Z' },
      'on_track',
    ],
    [
      'stale wins over off track',
      { lastCheckInAt: '2026-07-01T00:00:00.000Z', progress: 0 },
      'stale',
    ],
    [
      'archived goals are never stale',
      { lastCheckInAt: '2026-07-01T00:00:00.000Z', state: 'archived' },
      'on_track',
    ],
    ['gap 0.14', { progress: 0.36 }, 'on_track'],
    ['gap 0.16', { progress: 0.34 }, 'at_risk'],
    ['gap 0.29', { progress: 0.21 }, 'at_risk'],
    ['gap exactly 0.3 is not over it', { progress: 0.2 }, 'at_risk'],
    ['gap 0.31', { progress: 0.19 }, 'off_track'],
    ['ahead of schedule', { progress: 0.9, lastConfidence: 9 }, 'on_track'],
    ['confidence 0', { lastConfidence: 0 }, 'off_track'],
    ['confidence 3', { lastConfidence: 3 }, 'off_track'],
    ['confidence 4', { lastConfidence: 4 }, 'at_risk'],
    ['confidence 6', { lastConfidence: 6 }, 'at_risk'],
    ['confidence 7', { lastConfidence: 7 }, 'on_track'],
    ['low confidence beats a good gap', { progress: 0.9, lastConfidence: 2 }, 'off_track'],
    ['a big gap beats high confidence', { progress: 0.1, lastConfidence: 10 }, 'off_track'],
    [
      'past due counts as all time gone, 0.9 done',
      { dueDate: '2026-08-01', startDate: '2026-07-01', progress: 0.9 },
      'on_track',
    ],
    [
      'past due counts as all time gone, 0.8 done',
      { dueDate: '2026-08-01', startDate: '2026-07-01', progress: 0.8 },
      'at_risk',
    ],
    [
      'not started yet',
      { startDate: '2026-09-01', dueDate: '2026-09-30', progress: 0 },
      'on_track',
    ],
  ])('%s -> %s', (_name, change, expected) => {
    expect(deriveStatus({ ...base, ...change }, now, 7)).toBe(expected);
  });

  it.each([
    [1, 'stale'],
    [2, 'on_track'],
  ])('a cadence of %d days with a check-in 1.5 days ago -> %s', (cadence, expected) => {
    const input = { ...base, lastCheckInAt: '2026-08-04T12:00:00.000Z' };
    expect(deriveStatus(input, now, cadence)).toBe(expected);
  });
});

describe('expectedProgress', () => {
  it.each([
    ['2026-08-01', '2026-08-10', '2026-08-01T00:00:00.000Z', 0],
    ['2026-08-01', '2026-08-10', '2026-08-06T00:00:00.000Z', 0.5],
    ['2026-08-01', '2026-08-10', '2026-08-10T12:00:00.000Z', 0.95],
    ['2026-08-01', '2026-08-10', '2026-08-11T00:00:00.000Z', 1],
    ['2026-08-01', '2026-08-10', '2026-12-01T00:00:00.000Z', 1],
    ['2026-08-01', '2026-08-10', '2026-07-01T00:00:00.000Z', 0],
    ['2026-08-06', '2026-08-06', '2026-08-06T06:00:00.000Z', 0.25],
    ['2026-08-06', '2026-08-01', '2026-07-01T00:00:00.000Z', 1],
  ])('%s..%s at %s -> %d', (start, due, at, expected) => {
    expect(expectedProgress(start, due, new Date(at))).toBeCloseTo(expected, 10);
  });
});

describe('isStale', () => {
  it.each([
    [null, '2026-08-01T00:00:00.000Z', 3, true],
    [null, '2026-08-03T00:00:00.000Z', 3, false],
    ['2026-08-02T23:00:00.000Z', '2026-01-01T00:00:00.000Z', 3, true],
    ['2026-08-03T01:00:00.000Z', '2026-01-01T00:00:00.000Z', 3, false],
    ['2026-08-10T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 3, false],
  ])(
    'last check-in %s, created %s, cadence %d -> %s',
    (lastCheckInAt, createdAt, cadence, expected) => {
      expect(isStale({ lastCheckInAt, createdAt }, now, cadence)).toBe(expected);
    },
  );
});

describe('STATUS_LABELS', () => {
  it.each(GoalStatusSchema.options)('%s has a plain-words label', (status) => {
    expect(STATUS_LABELS[status]).toMatch(/^[A-Z][a-z -]+$/);
  });

  it('gives every status its own label', () => {
    expect(new Set(Object.values(STATUS_LABELS)).size).toBe(GoalStatusSchema.options.length);
  });
});
