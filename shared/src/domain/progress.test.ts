import type { Metric } from '../contracts/goal.js';
import { clamp01, ownProgress } from './progress.js';

const up: Metric = { unit: 'deals', start: 10, target: 30 };
const down: Metric = { unit: 'ms', start: 800, target: 200 };
const flat: Metric = { unit: 'incidents', start: 0, target: 0 };
const negative: Metric = { unit: 'EUR', start: -100, target: 100 };

describe('ownProgress', () => {
  it.each<[string, Metric | null, number | null, number | null]>([
    ['increase, not checked in', up, null, 0],
    ['increase, at start', up, 10, 0],
    ['increase, halfway', up, 20, 0.5],
    ['increase, at target', up, 30, 1],
    ['increase, past target is clamped', up, 45, 1],
    ['increase, below start is clamped', up, 4, 0],
    ['decrease, halfway', down, 500, 0.5],
    ['decrease, at target', down, 200, 1],
    ['decrease, overshoot is clamped', down, 100, 1],
    ['decrease, went up instead', down, 900, 0],
    ['decrease, not checked in', down, null, 0],
    ['target equals start, reached', flat, 0, 1],
    ['target equals start, missed', flat, 2, 0],
    ['target equals start, not checked in', flat, null, 0],
    ['negative start, a quarter', negative, -50, 0.25],
    ['no metric, percent', null, 40, 0.4],
    ['no metric, 100 percent', null, 100, 1],
    ['no metric, over 100 is clamped', null, 130, 1],
    ['no metric, negative is clamped', null, -5, 0],
    ['no metric, not checked in', null, null, null],
  ])('%s', (_name, metric, current, expected) => {
    const progress = ownProgress({ metric, current });
    if (expected === null) expect(progress).toBeNull();
    else expect(progress).toBeCloseTo(expected, 10);
  });
});

describe('clamp01', () => {
  it.each([
    [-1, 0],
    [0, 0],
    [0.3, 0.3],
    [1, 1],
    [7, 1],
  ])('%d -> %d', (value, expected) => {
    expect(clamp01(value)).toBe(expected);
  });
});
