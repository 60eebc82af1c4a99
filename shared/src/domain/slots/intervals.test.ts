import fc from 'fast-check';
import {
  ceilToStep,
  containsRange,
  fitsOnGrid,
  intersectIntervals,
  mergeIntervals,
  overlapsAny,
  subtractIntervals,
  type Interval,
} from './intervals.js';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('interval arithmetic', () => {
  it.each([
    ['nothing', [], []],
    ['drops empty ones', [iv(3, 3), iv(5, 4)], []],
    ['sorts', [iv(5, 6), iv(1, 2)], [iv(1, 2), iv(5, 6)]],
    ['joins overlapping', [iv(1, 4), iv(3, 6)], [iv(1, 6)]],
    ['joins touching', [iv(1, 3), iv(3, 6)], [iv(1, 6)]],
    ['swallows nested', [iv(1, 10), iv(3, 4)], [iv(1, 10)]],
  ])('merge: %s', (_case, input, expected) => {
    expect(mergeIntervals(input)).toEqual(expected);
  });

  it.each([
    ['disjoint', [iv(0, 2)], [iv(3, 5)], []],
    ['touching is empty', [iv(0, 3)], [iv(3, 5)], []],
    ['partial', [iv(0, 4), iv(6, 10)], [iv(3, 7)], [iv(3, 4), iv(6, 7)]],
  ])('intersect: %s', (_case, a, b, expected) => {
    expect(intersectIntervals(a, b)).toEqual(expected);
  });

  it.each([
    ['a hole in the middle', [iv(0, 10)], [iv(3, 5)], [iv(0, 3), iv(5, 10)]],
    [
      'unsorted, overlapping holes',
      [iv(0, 10)],
      [iv(6, 8), iv(2, 4), iv(3, 7)],
      [iv(0, 2), iv(8, 10)],
    ],
    ['all of it', [iv(2, 4)], [iv(0, 10)], []],
    ['holes at the edges', [iv(0, 10)], [iv(-1, 1), iv(9, 11)], [iv(1, 9)]],
  ])('subtract: %s', (_case, from, remove, expected) => {
    expect(subtractIntervals(from, remove)).toEqual(expected);
  });

  it.each([
    [iv(1, 3), true, true],
    [iv(2, 4), false, true],
    [iv(0, 3), true, true],
    [iv(4, 6), false, true],
    [iv(3, 5), false, false],
    [iv(5, 8), true, true],
    [iv(-2, 0), false, false],
  ])('contains / overlaps %j in [0,3) and [5,9)', (range, contained, overlapping) => {
    const intervals = [iv(0, 3), iv(5, 9)];
    expect(containsRange(intervals, range)).toBe(contained);
    expect(overlapsAny(intervals, range)).toBe(overlapping);
  });

  it.each([
    [[iv(0, 60)], 60, 15, true],
    [[iv(5, 65)], 60, 15, false],
    [[iv(5, 80)], 60, 15, true],
    [[], 1, 1, false],
  ])('fitsOnGrid(%j, %i, %i) is %s', (intervals, duration, step, expected) => {
    expect(fitsOnGrid(intervals, duration, step)).toBe(expected);
    expect(ceilToStep(5, 15)).toBe(15);
  });
});

/** Brute force: intervals on 0..59 as sets of integer points. */
const points = (intervals: readonly Interval[]): number[] =>
  [...Array(60).keys()].filter((p) => intervals.some((i) => i.start <= p && p < i.end));
const intervalArb = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 }))
  .map(([start, length]) => iv(start, start + length));
const listArb = fc.array(intervalArb, { maxLength: 6 });

describe('interval arithmetic against point sets', () => {
  it('merges, intersects and subtracts like sets do, and keeps lists merged', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const [ma, mb] = [mergeIntervals(a), mergeIntervals(b)];
        const inA = new Set(points(a));
        const inB = new Set(points(b));
        expect(points(ma)).toEqual([...inA].sort((x, y) => x - y));
        expect(points(intersectIntervals(ma, mb))).toEqual(points(a).filter((p) => inB.has(p)));
        const difference = subtractIntervals(ma, b);
        expect(points(difference)).toEqual(points(a).filter((p) => !inB.has(p)));
        expect(mergeIntervals(difference)).toEqual(difference);
      }),
    );
  });

  it('answers contains and overlaps like sets do', () => {
    fc.assert(
      fc.property(
        listArb,
        intervalArb.filter((r) => r.end > r.start),
        (list, range) => {
          const merged = mergeIntervals(list);
          const inside = new Set(points(merged));
          const rangePoints = points([range]);
          expect(containsRange(merged, range)).toBe(rangePoints.every((p) => inside.has(p)));
          expect(overlapsAny(merged, range)).toBe(rangePoints.some((p) => inside.has(p)));
        },
      ),
    );
  });
});
